// Small pieces every compiler shares: a statement with named parameters, a parameter collector,
// quoting of catalog identifiers, and cuts turned into WHERE conditions with bound values.

import type { Cut, CutValue } from './normalise';

export type SqlValue = string | number | boolean;

export interface Statement {
  sql: string;
  params: Record<string, SqlValue>;
}

/** Collects bound values and hands out their placeholders ($p1, $p2, …). */
export class Params {
  readonly values: Record<string, SqlValue> = {};
  private next = 1;

  bind(value: SqlValue): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  named(name: string, value: SqlValue): string {
    this.values[name] = value;
    return `$${name}`;
  }
}

/** Quotes an output column name. Names come from the catalog only; the check guards against slips. */
export function ident(name: string): string {
  if (!/^[a-z][a-z0-9_.]*$/.test(name)) throw new Error(`not a catalog identifier: ${name}`);
  return `"${name}"`;
}

/** One cut as a condition over `key`, its values bound. */
export function cutCondition(key: string, cut: Cut, params: Params): string {
  if (cut.op === 'range') {
    const parts: string[] = [];
    if (cut.from !== null) parts.push(`${key} >= ${params.bind(cut.from)}`);
    if (cut.to !== null) parts.push(`${key} <= ${params.bind(cut.to)}`);
    return parts.join(' AND ');
  }
  const values = cut.values as CutValue[];
  if (values.length === 1) return `${key} = ${params.bind(values[0]!)}`;
  return `${key} IN (${values.map((v) => params.bind(v)).join(', ')})`;
}

/** Replaces `{threshold}` in a catalog expression by its bound parameter. */
export function withThreshold(sql: string, threshold: number, params: Params): string {
  return sql.includes('{threshold}')
    ? sql.replaceAll('{threshold}', params.named('threshold', threshold))
    : sql;
}
