// Turns a validated aggregate request into its one canonical shape: measures and dimensions looked
// up in the catalog, cuts parsed, sorted and deduplicated, order resolved, the demo filter made
// explicit. Everything after this step (compiler, cache key, response echo) sees only this shape.

import {
  DIMENSIONS,
  FACTS,
  findDimension,
  findMeasure,
  type Dimension,
  type FactId,
  type Measure,
} from '../catalog';
import { invalid } from '../errors';
import type { z } from 'zod';
import type { AggregateQuery } from './schema';

export type CutValue = string | number | boolean;

/** A filter on one dimension: a list of values, or (integer dimensions) a closed or open range. */
export type Cut =
  | { dimension: string; op: 'in'; values: CutValue[] }
  | { dimension: string; op: 'range'; from: number | null; to: number | null };

export interface Order {
  key: string;
  direction: 'asc' | 'desc';
}

export interface NormalQuery {
  measures: string[];
  drilldown: string[];
  cuts: Cut[];
  order: Order[];
  page: number;
  pagesize: number;
  threshold: number;
}

const dimensionRank = new Map<string, number>(DIMENSIONS.map((d, i) => [d.id, i]));

function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[|,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function lookupDimension(id: string, where: string): Dimension {
  const d = findDimension(id);
  if (!d)
    throw invalid('unknown_dimension', `unknown dimension "${id}" in ${where}`, { dimension: id, where });
  return d;
}

function parseValue(d: Dimension, raw: string): CutValue {
  const text = raw.trim();
  if (d.type === 'integer') {
    if (!/^-?\d{1,9}$/.test(text)) {
      throw invalid('bad_cut_value', `"${raw}" is not an integer value of ${d.id}`, {
        dimension: d.id,
        value: raw,
      });
    }
    return Number(text);
  }
  if (d.type === 'boolean') {
    if (/^(true|1)$/i.test(text)) return true;
    if (/^(false|0)$/i.test(text)) return false;
    throw invalid('bad_cut_value', `"${raw}" is not true or false (${d.id})`, {
      dimension: d.id,
      value: raw,
    });
  }
  if (text === '' || text.length > 200) {
    throw invalid('bad_cut_value', `empty or over-long value for ${d.id}`, { dimension: d.id });
  }
  return text.normalize('NFC');
}

function compareValues(a: CutValue, b: CutValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Parses `year:2020..2021|province:湖南省;江西省` into sorted, deduplicated cuts. */
export function parseCuts(text: string | undefined): Cut[] {
  const cuts: Cut[] = [];
  const seen = new Set<string>();
  for (const part of (text ?? '').split('|')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    if (colon < 1) throw invalid('bad_cut', `cut "${part}" is not dimension:value`, { cut: part });
    const d = lookupDimension(part.slice(0, colon).trim(), 'cut');
    if (seen.has(d.id)) throw invalid('bad_cut', `dimension ${d.id} is cut twice`, { dimension: d.id });
    seen.add(d.id);
    const body = part.slice(colon + 1);
    const range = d.type === 'integer' ? /^\s*(-?\d{1,9})?\s*\.\.\s*(-?\d{1,9})?\s*$/.exec(body) : null;
    if (range) {
      const from = range[1] !== undefined ? Number(range[1]) : null;
      const to = range[2] !== undefined ? Number(range[2]) : null;
      if (from === null && to === null)
        throw invalid('bad_cut', `range of ${d.id} has no bounds`, { dimension: d.id });
      if (from !== null && to !== null && from > to) {
        throw invalid('bad_cut', `range ${from}..${to} of ${d.id} is empty`, { dimension: d.id });
      }
      cuts.push(
        from !== null && from === to
          ? { dimension: d.id, op: 'in', values: [from] }
          : { dimension: d.id, op: 'range', from, to },
      );
      continue;
    }
    const values = [
      ...new Map(
        body
          .split(';')
          .map((v) => parseValue(d, v))
          .map((v) => [String(v), v]),
      ).values(),
    ];
    if (values.length > 500)
      throw invalid('bad_cut', `too many values for ${d.id} (at most 500)`, { dimension: d.id });
    values.sort(compareValues);
    cuts.push({ dimension: d.id, op: 'in', values });
  }
  return cuts.sort((a, b) => dimensionRank.get(a.dimension)! - dimensionRank.get(b.dimension)!);
}

/** Adds the default demo:false cut unless the request cuts on demo itself (demo data is never mixed in silently). */
export function withDemoDefault(cuts: Cut[]): Cut[] {
  if (cuts.some((c) => c.dimension === 'demo')) return cuts;
  return [...cuts, { dimension: 'demo', op: 'in' as const, values: [false] }].sort(
    (a, b) => dimensionRank.get(a.dimension)! - dimensionRank.get(b.dimension)!,
  );
}

/** Every dimension must be readable from every fact the measures aggregate. */
export function checkDimensionsApply(facts: FactId[], dimensions: string[]): void {
  for (const id of dimensions) {
    const d = findDimension(id)!;
    const missing = facts.filter((f) => !d.facts[f]);
    if (missing.length) {
      throw invalid(
        'dimension_not_applicable',
        `dimension ${id} does not apply to ${missing.map((f) => FACTS[f].label.en).join(', ')}`,
        { dimension: id, facts: missing },
      );
    }
  }
}

/** Peer percentiles are per unit-year, among the rows the cuts keep: by unit and year, never cut by unit. */
function checkPeerQuery(measures: string[], drilldown: string[], cuts: Cut[]): void {
  const peer = measures.find((id) => findMeasure(id)!.peer);
  if (!peer) return;
  const oneYear = cuts.some((c) => c.dimension === 'year' && c.op === 'in' && c.values.length === 1);
  if (!drilldown.includes('unit') || !(drilldown.includes('year') || oneYear))
    throw invalid('peer_needs_unit_year', `${peer} is a per unit-year measure: drill down by unit and year`, {
      measure: peer,
    });
  if (cuts.some((c) => c.dimension === 'unit'))
    throw invalid(
      'peer_unit_cut',
      `${peer} compares a unit with its peers: cut by region or department type, not by unit`,
      {
        measure: peer,
      },
    );
}

export function measuresOf(ids: string[]): Measure[] {
  return ids.map((id) => findMeasure(id)!);
}

export function factsOf(measures: Measure[]): FactId[] {
  return [...new Set(measures.map((x) => x.fact))];
}

export function normaliseAggregate(input: z.output<typeof AggregateQuery>): NormalQuery {
  const measures = [...new Set(splitList(input.measures))];
  if (measures.length === 0)
    throw invalid('no_measures', 'name at least one measure', { parameter: 'measures' });
  if (measures.length > 40)
    throw invalid('too_many_measures', 'at most 40 measures', { parameter: 'measures' });
  for (const id of measures) {
    if (!findMeasure(id)) throw invalid('unknown_measure', `unknown measure "${id}"`, { measure: id });
  }
  const drilldown = [...new Set(splitList(input.drilldown))].map((id) => lookupDimension(id, 'drilldown').id);
  if (drilldown.length > 6) throw invalid('too_many_dimensions', 'at most 6 drilldown dimensions', {});
  const cuts = withDemoDefault(parseCuts(input.cut));
  const facts = factsOf(measuresOf(measures));
  checkDimensionsApply(facts, [...drilldown, ...cuts.map((c) => c.dimension)]);
  checkPeerQuery(measures, drilldown, cuts);

  const order: Order[] = [];
  for (const part of splitList(input.order)) {
    const [key = '', dir = 'asc', ...rest] = part.split(':').map((s) => s.trim());
    if (rest.length || !/^(asc|desc)$/i.test(dir)) {
      throw invalid('bad_order', `order "${part}" is not key:asc or key:desc`, { order: part });
    }
    if (!measures.includes(key) && !drilldown.includes(key)) {
      throw invalid('bad_order', `order key "${key}" is neither a requested measure nor a drilldown`, {
        key,
      });
    }
    if (!order.some((o) => o.key === key))
      order.push({ key, direction: dir.toLowerCase() as 'asc' | 'desc' });
  }
  for (const d of drilldown) if (!order.some((o) => o.key === d)) order.push({ key: d, direction: 'asc' });

  return {
    measures,
    drilldown,
    cuts,
    order,
    page: input.page,
    pagesize: input.pagesize,
    threshold: input.threshold,
  };
}

function formatCut(c: Cut): string {
  if (c.op === 'range') return `${c.dimension}:${c.from ?? ''}..${c.to ?? ''}`;
  return `${c.dimension}:${c.values.join(';')}`;
}

export function cutString(cuts: Cut[]): string {
  return cuts.map(formatCut).join('|');
}

/** The canonical query string: equal requests give equal strings (the cache key). */
export function queryString(q: NormalQuery): string {
  const parts = [
    `measures=${q.measures.join('|')}`,
    q.drilldown.length ? `drilldown=${q.drilldown.join('|')}` : '',
    `cut=${cutString(q.cuts)}`,
    `order=${q.order.map((o) => `${o.key}:${o.direction}`).join('|')}`,
    `page=${q.page}`,
    `pagesize=${q.pagesize}`,
    q.measures.some((id) => findMeasure(id)!.sql.includes('{threshold}')) ? `threshold=${q.threshold}` : '',
  ];
  return parts.filter((p) => p !== '').join('&');
}
