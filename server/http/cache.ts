// The response cache: encoded bodies keyed by the normalised query and format, valid for one
// warehouse generation. A new generation (a swapped-in warehouse) drops every entry. ETags are
// derived from the generation and the key, so a client revalidates without the query running.

import { createHash } from 'node:crypto';
import type { Variants } from './compress';

export interface CachedResponse {
  body: Buffer;
  contentType: string;
  etag: string;
  /** File name stem for downloads. */
  name: string;
  /** Compressed copies of the body, made when first asked for (see compress.ts). */
  variants?: Variants;
}

export function etagOf(generation: string, key: string): string {
  return `W/"${createHash('sha1').update(generation).update('\0').update(key).digest('base64url')}"`;
}

export class ResponseCache {
  private generation: string | null = null;
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(generation: string, key: string): CachedResponse | undefined {
    if (generation !== this.generation) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(generation: string, key: string, value: CachedResponse): void {
    if (generation !== this.generation) this.clear(generation);
    if (value.body.length > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.set(key, value);
    this.bytes += value.body.length;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldest, entry] = this.entries.entries().next().value as [string, CachedResponse];
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  clear(generation: string | null = null): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation = generation;
  }

  get size(): number {
    return this.entries.size;
  }
}
