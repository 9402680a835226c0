// Peer percentiles: where a unit-year's figure stands among the units of the same department type in
// the same year, within whatever region the query cuts to (the window sees the cut's rows only).
// Per unit-year only: a query must drill down by unit and by year (or cut one year), and not cut by
// unit (a unit alone has no peers); normalise.ts answers other queries with a 400.

import { field } from '../../scripts/model/fields';
import { SCORE } from './measure-kit';
import type { Measure, Text } from './types';

const PEERS = 'PARTITION BY f.year, f.dept_type';

/** Share of the other peers with a lower value, in % (0 = lowest, 100 = highest); NULL without peers. */
function peerPercentile(expr: string): string {
  return (
    `CASE WHEN ${expr} IS NOT NULL THEN CAST(100.0 * (rank() OVER (${PEERS} ORDER BY ${expr} ASC NULLS LAST) - 1) / ` +
    `nullif(count(${expr}) OVER (${PEERS}) - 1, 0) AS DECIMAL(9,2)) END`
  );
}

function peer<const I extends string>(id: I, expr: string, { zh, en }: Text): Measure<I> {
  return {
    id,
    fact: 'unit_year',
    format: 'percent',
    unit: '%',
    type: 'decimal',
    label: { zh: `${zh}同类百分位`, en: `${en} peer percentile` },
    // Only the row form is meaningful; a summary over many unit-years has no percentile.
    sql: 'CAST(NULL AS DECIMAL(9,2))',
    rowSql: peerPercentile(expr),
    peer: true,
    description: {
      zh: `${zh}在同年度、同部门类型单位（所选地区内）中的百分位：低于它的同类单位所占比例`,
      en: `Where the unit-year's ${en.toLowerCase()} stands among units of the same department type in the same year, within the region cut: the share of peers below it`,
    },
    formula: `100 × (rank of ${expr.replace(/f\./g, '')} among peers − 1) / (peers − 1)`,
  };
}

export const PEER_MEASURES = [
  peer('budget_peer_pct', 'f.budget', field('overall.budget').label),
  peer('executed_peer_pct', 'f.executed', field('overall.executed').label),
  peer('execution_rate_peer_pct', 'f.execution_rate', field('overall.execution_rate').label),
  peer('score_peer_pct', SCORE, { zh: '自评分', en: 'Self-score' }),
];
