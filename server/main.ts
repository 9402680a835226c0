// `npm run serve -- [--db FILE] [--port N] [--host ADDR] [--read-only]`: parse the configuration,
// open the warehouse, listen (on 127.0.0.1 unless --host says otherwise). Beyond loopback, uploads
// need the upload token (server/token.ts), printed once when it is generated.

import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from './config';
import { Warehouse } from './db/warehouse';
import { createApp } from './http/app';
import { resolveUploadToken } from './token';
import { loadIntoWarehouse } from '../scripts/load/index';

export interface ServeOptions {
  /** Where start-up messages go (default console.log). */
  log?: (line: string) => void;
}

export async function serve(argv: string[], env: NodeJS.ProcessEnv, opts: ServeOptions = {}) {
  const log = opts.log ?? ((line: string) => console.log(line));
  const config = parseConfig(argv, env);
  mkdirSync(dirname(config.db), { recursive: true });
  const upload = resolveUploadToken(config);
  const warehouse = new Warehouse(config.db, config.poolSize);
  const app = createApp({
    warehouse,
    webDist: config.webDist,
    uploadDir: config.uploadDir,
    load: (inputs, o) => loadIntoWarehouse(inputs, o),
    access: { readOnly: config.readOnly, token: upload.token },
    quarantine: { maxBytes: config.quarantineMb * 2 ** 20, maxAgeDays: config.quarantineDays },
  });
  // A slow or stalled sender is cut off: headers within headersTimeout, the whole request within
  // requestTimeout (checked every second rather than Node's default 30 s).
  const server = http.createServer(
    {
      headersTimeout: Math.min(config.headersTimeoutMs, config.requestTimeoutMs),
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
    app,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  log(`绩效分析台 on http://${shown}:${port} (warehouse ${config.db})`);
  if (config.readOnly) log('read-only: uploads are turned off');
  else if (upload.generated)
    log(
      `upload token (shown once, kept in ${upload.file}; set UPLOAD_TOKEN to choose your own): ${upload.token}`,
    );
  else if (upload.token) log('uploads need the upload token');
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
