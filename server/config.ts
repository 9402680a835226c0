// Start-up configuration, parsed once with zod from the command line (--db FILE, --port N) and the
// environment (PORT). A bad value stops the server with a message naming it.

import { parseArgs } from 'node:util';
import { z } from 'zod';

export const Config = z.object({
  db: z.string().min(1).default('data/warehouse.duckdb'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  webDist: z.string().default('web/dist'),
  uploadDir: z.string().default('data/uploads'),
  poolSize: z.coerce.number().int().min(1).max(64).default(4),
});
export type Config = z.output<typeof Config>;

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const result = Config.safeParse({
    db: values.db ?? env.WAREHOUSE_DB,
    port: values.port ?? env.PORT,
    host: values.host ?? env.HOST,
    poolSize: env.DUCKDB_POOL,
  });
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`bad configuration: ${issues}`);
  }
  return result.data;
}
