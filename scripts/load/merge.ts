// Merging what several documents state about one thing (a unit-year, its 三公经费, a quarter, a
// project): candidates are offered in document priority order, the first stated value of each
// field is kept, and a later different value is a conflict. The losing fact stays in `facts`
// (marked not chosen), so both values remain visible.

import { sameValue } from './decimal';
import type { WarehouseDocument } from './types';

export interface Candidate {
  value: unknown;
  doc: WarehouseDocument;
  /** The fact row that states the value; its `chosen` flag is cleared when the value loses. */
  fact?: Record<string, unknown>;
}

export interface Conflict {
  group: string;
  field: string;
  kept: Candidate;
  other: Candidate;
  /** Context of the group for the finding (unit and year). */
  unitId?: string;
  year?: number;
}

export class FieldMerge {
  private readonly groups = new Map<string, Map<string, Candidate>>();
  private readonly context = new Map<string, { unitId?: string; year?: number }>();
  readonly conflicts: Conflict[] = [];

  /** Offer a stated value; undefined values are ignored. Returns true when it is the kept value. */
  offer(
    group: string,
    field: string,
    candidate: Candidate,
    context: { unitId?: string; year?: number } = {},
  ): boolean {
    if (candidate.value === undefined || candidate.value === null || candidate.value === '') return false;
    let fields = this.groups.get(group);
    if (!fields) {
      fields = new Map();
      this.groups.set(group, fields);
      this.context.set(group, context);
    }
    const kept = fields.get(field);
    if (!kept) {
      fields.set(field, candidate);
      return true;
    }
    if (candidate.fact) candidate.fact.chosen = false;
    if (!sameValue(kept.value, candidate.value)) {
      this.conflicts.push({ group, field, kept, other: candidate, ...this.context.get(group) });
    }
    return false;
  }

  /** Make sure a group exists even when none of its fields is stated (e.g. a unit-year with only a kind). */
  touch(group: string, context: { unitId?: string; year?: number } = {}): void {
    if (!this.groups.has(group)) {
      this.groups.set(group, new Map());
      this.context.set(group, context);
    }
  }

  /** The kept value of each field of a group. */
  values(group: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [field, c] of this.groups.get(group) ?? []) out[field] = c.value;
    return out;
  }

  keptDoc(group: string, field: string): WarehouseDocument | undefined {
    return this.groups.get(group)?.get(field)?.doc;
  }

  groupKeys(): string[] {
    return [...this.groups.keys()];
  }
}
