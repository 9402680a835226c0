// `npm run serve -- [--db FILE] [--port N]`: parse the configuration, open the warehouse, listen.

import { pathToFileURL } from 'node:url';
import { parseConfig } from './config';
import { Warehouse } from './db/warehouse';
import { createApp } from './http/app';
import { loadIntoWarehouse } from '../scripts/load/index';

export async function serve(argv: string[], env: NodeJS.ProcessEnv) {
  const config = parseConfig(argv, env);
  const warehouse = new Warehouse(config.db, config.poolSize);
  const app = createApp({
    warehouse,
    webDist: config.webDist,
    uploadDir: config.uploadDir,
    load: (inputs, opts) => loadIntoWarehouse(inputs, opts),
  });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`绩效分析台 on http://localhost:${port} (warehouse ${config.db})`);
  });
  const stop = () => {
    server.close();
    warehouse.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  serve(process.argv.slice(2), process.env).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
