// The members compiler: the distinct values of one dimension (with labels), cut like an aggregate,
// optionally searched, paged. Used for filter lists and the region cascade.

import { findDimension } from '../catalog';
import { factSource } from './compile';
import { invalid } from '../errors';
import { checkDimensionsApply, parseCuts, withDemoDefault, type Cut } from './normalise';
import { cutCondition, Params, type Statement } from './sql';

export interface NormalMembersQuery {
  dimension: string;
  cuts: Cut[];
  q: string | null;
  page: number;
  pagesize: number;
}

export function normaliseMembers(
  dimension: string,
  input: { cut?: string | undefined; q?: string | undefined; page: number; pagesize: number },
): NormalMembersQuery {
  const d = findDimension(dimension);
  if (!d) throw invalid('unknown_dimension', `unknown dimension "${dimension}"`, { dimension });
  const cuts = withDemoDefault(parseCuts(input.cut));
  checkDimensionsApply(
    [d.membersFact],
    cuts.map((c) => c.dimension),
  );
  if (d.membersNeedCut && !cuts.some((c) => c.dimension === d.membersNeedCut)) {
    throw invalid('cut_required', `members of ${d.id} need a cut on ${d.membersNeedCut}`, {
      dimension: d.id,
      cut: d.membersNeedCut,
    });
  }
  const q = input.q?.trim() ? input.q.trim().normalize('NFC') : null;
  return { dimension: d.id, cuts, q, page: input.page, pagesize: input.pagesize };
}

export function compileMembers(m: NormalMembersQuery): Statement {
  const d = findDimension(m.dimension)!;
  const fact = d.membersFact;
  const binding = d.facts[fact]!;
  const params = new Params();
  const where = m.cuts.map((c) => cutCondition(findDimension(c.dimension)!.facts[fact]!.key, c, params));
  if (m.q !== null) {
    const like = params.bind(`%${m.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    where.push(
      `(CAST(${binding.key} AS VARCHAR) ILIKE ${like} ESCAPE '\\'` +
        (binding.label ? ` OR ${binding.label} ILIKE ${like} ESCAPE '\\')` : ')'),
    );
  }
  const label = binding.label ?? 'NULL::VARCHAR';
  const sql =
    `SELECT key, label, count(*) OVER () AS "__total" FROM (` +
    `SELECT DISTINCT ${binding.key} AS key, ${label} AS label FROM ${factSource(fact, m.cuts)}` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    `) m WHERE key IS NOT NULL ORDER BY key LIMIT ${params.named('limit', m.pagesize)} OFFSET ${params.named('offset', (m.page - 1) * m.pagesize)}`;
  return { sql, params: params.values };
}
