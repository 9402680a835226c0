// Start-up configuration, parsed once with zod from the command line (--db FILE, --port N,
// --host ADDR, --read-only) and the environment (WAREHOUSE_DB, PORT, HOST, READ_ONLY, UPLOAD_TOKEN,
// UPLOAD_DIR, UPLOAD_QUARANTINE_MB, UPLOAD_QUARANTINE_DAYS, REQUEST_TIMEOUT_MS, HEADERS_TIMEOUT_MS,
// DUCKDB_POOL). A bad value stops the server with a message naming it. The server listens on the
// loopback interface unless told otherwise; uploads go to `uploads/` beside the warehouse.

import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const Config = z.object({
  db: z.string().min(1).default('data/warehouse.duckdb'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  webDist: z.string().default('web/dist'),
  uploadDir: z.string().min(1).optional(),
  poolSize: z.coerce.number().int().min(1).max(64).default(4),
  readOnly: z.boolean().default(false),
  /** Quarantined uploads kept: at most this many MB, none older than this many days. */
  quarantineMb: z.coerce.number().min(0).default(200),
  quarantineDays: z.coerce.number().min(0).default(30),
  /** A request (headers and body) must arrive within this time; its headers within the other. */
  requestTimeoutMs: z.coerce.number().int().min(100).default(60_000),
  headersTimeoutMs: z.coerce.number().int().min(100).default(10_000),
  /** A token chosen by the operator; at least 16 characters so that it cannot be guessed. */
  uploadToken: z.string().min(16, 'UPLOAD_TOKEN must be at least 16 characters').optional(),
});
export type Config = z.output<typeof Config> & { uploadDir: string };

const TRUE = new Set(['1', 'true', 'yes', 'on']);

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'read-only': { type: 'boolean' },
    },
    strict: true,
  });
  const result = Config.safeParse({
    db: values.db ?? env.WAREHOUSE_DB,
    port: values.port ?? env.PORT,
    host: values.host ?? env.HOST,
    poolSize: env.DUCKDB_POOL,
    uploadDir: env.UPLOAD_DIR,
    readOnly: values['read-only'] ?? TRUE.has(String(env.READ_ONLY ?? '').toLowerCase()),
    uploadToken: env.UPLOAD_TOKEN || undefined,
    quarantineMb: env.UPLOAD_QUARANTINE_MB || undefined,
    quarantineDays: env.UPLOAD_QUARANTINE_DAYS || undefined,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS || undefined,
    headersTimeoutMs: env.HEADERS_TIMEOUT_MS || undefined,
  });
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`bad configuration: ${issues}`);
  }
  const config = result.data;
  return { ...config, uploadDir: config.uploadDir ?? join(dirname(config.db), 'uploads') };
}

/** Whether an address only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}
