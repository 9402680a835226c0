// The server as `npm start` / `npm run serve` starts it: on 127.0.0.1 unless --host says otherwise;
// beyond loopback a generated upload token, printed once and kept for the next start; UPLOAD_TOKEN
// and --read-only as documented in the README.

import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { isLoopback, parseConfig } from '../../server/config';
import { serve } from '../../server/main';
import { tempDir } from './helpers/warehouse';

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) await new Promise((done) => s.close(done));
});

async function start(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const server = await serve(['--port', '0', ...argv], env, { log: (l) => lines.push(l) });
  servers.push(server);
  return { server, lines, address: server.address() as AddressInfo };
}

describe('configuration', () => {
  it('listens on loopback by default, elsewhere only when asked', () => {
    expect(parseConfig([], {}).host).toBe('127.0.0.1');
    expect(parseConfig(['--host', '0.0.0.0'], {}).host).toBe('0.0.0.0');
    expect(parseConfig([], { HOST: '::' }).host).toBe('::');
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('localhost')).toBe(true);
    expect(isLoopback('0.0.0.0') || isLoopback('192.168.1.5') || isLoopback('::')).toBe(false);
  });

  it('reads --read-only and READ_ONLY, and keeps uploads beside the warehouse', () => {
    expect(parseConfig(['--read-only'], {}).readOnly).toBe(true);
    expect(parseConfig([], { READ_ONLY: '1' }).readOnly).toBe(true);
    expect(parseConfig([], {}).readOnly).toBe(false);
    expect(parseConfig(['--db', '/srv/jx/w.duckdb'], {}).uploadDir).toBe('/srv/jx/uploads');
  });

  it('refuses a short UPLOAD_TOKEN', () => {
    expect(() => parseConfig([], { UPLOAD_TOKEN: 'short' })).toThrow(/16 characters/);
  });
});

describe('serve', () => {
  it('listens on 127.0.0.1 without --host and needs no token there', async () => {
    const dir = tempDir('jx-serve-');
    const { address, lines } = await start(['--db', join(dir, 'w.duckdb')]);
    expect(address.address).toBe('127.0.0.1');
    expect(lines.join('\n')).not.toMatch(/token/);
    expect(existsSync(join(dir, 'upload-token'))).toBe(false);
  });

  it('beyond loopback generates a token once, prints it once, and requires it', async () => {
    const dir = tempDir('jx-serve-');
    const db = join(dir, 'w.duckdb');
    const first = await start(['--db', db, '--host', '0.0.0.0']);
    expect(first.address.address).toBe('0.0.0.0');
    const file = join(dir, 'upload-token');
    const token = readFileSync(file, 'utf8').trim();
    expect(token.length).toBeGreaterThanOrEqual(16);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(first.lines.filter((l) => l.includes(token))).toHaveLength(1);
    const url = `http://127.0.0.1:${first.address.port}`;
    const refused = await request(url).post('/api/uploads').attach('files', Buffer.from('x'), 'a.txt');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('token_required');
    expect(existsSync(join(dir, 'uploads'))).toBe(false);

    const second = await start(['--db', db, '--host', '0.0.0.0']);
    expect(second.lines.join('\n')).not.toContain(token);
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    const health = await request(`http://127.0.0.1:${second.address.port}`).get('/api/health').expect(200);
    expect(health.body.uploads).toEqual({ enabled: true, token_required: true });
  });

  it('uses UPLOAD_TOKEN when given, and turns uploads off with --read-only', async () => {
    const dir = tempDir('jx-serve-');
    const chosen = 'a-token-the-operator-chose';
    const s = await start(['--db', join(dir, 'w.duckdb'), '--host', '0.0.0.0'], { UPLOAD_TOKEN: chosen });
    expect(s.lines.join('\n')).not.toContain(chosen);
    expect(existsSync(join(dir, 'upload-token'))).toBe(false);
    const wrong = await request(`http://127.0.0.1:${s.address.port}`)
      .post('/api/uploads')
      .set('X-Upload-Token', 'not-the-chosen-token')
      .attach('files', Buffer.from('x'), 'a.txt');
    expect(wrong.status).toBe(401);

    const ro = await start(['--db', join(dir, 'w.duckdb'), '--read-only']);
    expect(ro.lines.join('\n')).toMatch(/read-only/);
    const res = await request(`http://127.0.0.1:${ro.address.port}`)
      .post('/api/uploads')
      .attach('files', Buffer.from('x'), 'a.txt');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('read_only');
  });
});

describe('slow senders', () => {
  /** Opens a socket, sends `bytes`, and resolves with the milliseconds until the server closes it. */
  function heldFor(port: number, bytes: string, giveUpMs: number): Promise<{ ms: number; reply: string }> {
    return new Promise((resolve) => {
      const started = Date.now();
      const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
      let reply = '';
      socket.on('data', (d) => (reply += d));
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ ms: Infinity, reply });
      }, giveUpMs);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve({ ms: Date.now() - started, reply });
      });
      socket.on('error', () => undefined);
    });
  }

  it('cuts off a half-sent body and half-sent headers', async () => {
    const dir = tempDir('jx-serve-');
    const { address } = await start(['--db', join(dir, 'w.duckdb')], {
      REQUEST_TIMEOUT_MS: '1500',
      HEADERS_TIMEOUT_MS: '1000',
    });
    const body = await heldFor(
      address.port,
      'POST /api/uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n',
      8000,
    );
    expect(body.ms).toBeLessThan(5000);
    const headers = await heldFor(address.port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n', 8000);
    expect(headers.ms).toBeLessThan(4000);
  });

  it('defaults to 60 s for a request and 10 s for its headers', () => {
    const config = parseConfig([], {});
    expect(config.requestTimeoutMs).toBe(60_000);
    expect(config.headersTimeoutMs).toBe(10_000);
  });
});
