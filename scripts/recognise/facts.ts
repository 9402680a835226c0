// Candidate facts as the recognisers find them. A key may be stated several times (a table and a
// sentence, two tables); every statement is kept with its provenance and a weight (a labelled table
// cell outweighs a sentence), the heaviest and earliest is the stated value, and statements that
// disagree are reported by the checks.

import type Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';

/** form: a cell of a known form read by its header words (forms.ts); table: any other table cell. */
export type Origin = 'form' | 'table' | 'pair' | 'sentence';

export const ORIGIN_WEIGHT: Record<Origin, number> = { form: 4, table: 3, pair: 3, sentence: 2 };

export interface Candidate {
  key: string;
  value: Decimal;
  source: SourceRef;
  origin: Origin;
  /** Order of discovery, for ties. */
  seq: number;
}

export class FactBag {
  private readonly byKey = new Map<string, Candidate[]>();
  private seq = 0;

  add(key: string, value: Decimal, source: SourceRef, origin: Origin): void {
    const list = this.byKey.get(key) ?? [];
    list.push({ key, value, source, origin, seq: this.seq++ });
    this.byKey.set(key, list);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  private readonly preferred = new Map<string, Candidate>();

  /** Make one statement the stated value, after a reconciliation showed it is the consistent one. */
  prefer(key: string, c: Candidate): void {
    this.preferred.set(key, c);
  }

  /** The stated value: a preferred statement, else the heaviest origin, then the earliest. */
  best(key: string): Candidate | undefined {
    const preferred = this.preferred.get(key);
    if (preferred) return preferred;
    const list = this.byKey.get(key);
    if (!list?.length) return undefined;
    return [...list].sort((a, b) => ORIGIN_WEIGHT[b.origin] - ORIGIN_WEIGHT[a.origin] || a.seq - b.seq)[0];
  }

  all(key: string): Candidate[] {
    return this.byKey.get(key) ?? [];
  }

  /** Restate every statement of one key under another (a budget disclosure's figures are budgets). */
  move(from: string, to: string): void {
    const list = this.byKey.get(from);
    if (!list) return;
    this.byKey.delete(from);
    this.preferred.delete(from);
    this.byKey.set(to, [...(this.byKey.get(to) ?? []), ...list.map((c) => ({ ...c, key: to }))]);
  }

  /** Take out the statements of a key that `pick` chooses, and return them. */
  take(key: string, pick: (c: Candidate) => boolean): Candidate[] {
    const list = this.byKey.get(key) ?? [];
    const taken = list.filter(pick);
    if (taken.length) {
      const kept = list.filter((c) => !pick(c));
      if (kept.length) this.byKey.set(key, kept);
      else this.byKey.delete(key);
      this.preferred.delete(key);
    }
    return taken;
  }

  drop(key: string): void {
    this.byKey.delete(key);
    this.preferred.delete(key);
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }
}
