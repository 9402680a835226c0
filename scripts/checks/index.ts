// Checks: recompute what can be recomputed and report what disagrees; a stated value is never
// changed here. Each check is a small function of the record (and, when the record was just
// recognised, of every statement behind it), returning findings with the figures involved.

import Decimal from 'decimal.js';
import { keyLabel, type EvaluationRecord, type Finding, type SourceRef } from '../model/record';
import type { RecordReading } from '../recognise/index';
import type { Candidate } from '../recognise/facts';
import { AMOUNT_TOLERANCE, GRADES, HIGH_SCORE_LOW_EXECUTION } from '../model/rules';
import { SANGONG_PARTS } from '../model/fields';

type Check = (rec: EvaluationRecord, reading: RecordReading | undefined) => Finding[];

const d = (s: string | undefined): Decimal | undefined => (s === undefined ? undefined : new Decimal(s));
const fmt = (x: Decimal): string => x.toDecimalPlaces(4).toFixed();

/** Decimal places a figure was stated with ("69" → 0, "95.74" → 2). */
function places(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Does a stated rate agree with the recomputed one, to the precision it was stated with? */
function rateAgrees(stated: string, computed: Decimal): boolean {
  const tolerance = new Decimal(0.5).mul(new Decimal(10).pow(-places(stated))).plus(0.005);
  return computed.minus(stated).abs().lte(tolerance);
}

const rateMismatch: Check = (rec) => {
  const out: Finding[] = [];
  const one = (
    label: string,
    keyPrefix: string,
    budget?: string,
    executed?: string,
    rate?: string,
    source?: SourceRef,
  ): void => {
    const b = d(budget);
    const e = d(executed);
    if (!b || !e || !rate || b.isZero()) return;
    const computed = e.div(b).mul(100);
    if (rateAgrees(rate, computed)) return;
    out.push({
      code: 'rate_mismatch',
      severity: 'warning',
      message: `${label}：执行率填报为${rate}%，按执行数${fmt(e)} ÷ 预算数${fmt(b)}计算为${fmt(computed.toDecimalPlaces(2))}%`,
      keys: [`${keyPrefix}.execution_rate`],
      values: { stated: rate, computed: fmt(computed.toDecimalPlaces(4)), budget: fmt(b), executed: fmt(e) },
      ...(source ? { source: [source] } : {}),
    });
  };
  one(
    '部门整体',
    'overall',
    rec.overall.budget,
    rec.overall.executed,
    rec.overall.execution_rate,
    rec.source['overall.execution_rate'],
  );
  for (const p of rec.projects)
    one(`项目「${p.name}」`, 'project', p.budget, p.executed, p.execution_rate, p.source?.execution_rate);
  return out;
};

/** carry-over at the start + income − expenditure = balance at the end. */
const balance: Check = (rec) => {
  const f = rec.finance;
  const begin = d(f.carryover_begin);
  const income = d(f.income_total);
  const spent = d(f.expenditure_total);
  const end = d(f.carryover_end);
  if (!begin || !income || !spent || !end) return [];
  const computed = begin.plus(income).minus(spent);
  if (computed.minus(end).abs().lte(AMOUNT_TOLERANCE)) return [];
  return [
    {
      code: 'balance_mismatch',
      severity: 'warning',
      message: `年初结转结余${fmt(begin)} + 收入${fmt(income)} − 支出${fmt(spent)} = ${fmt(computed)}万元，但年末结转结余填报为${fmt(end)}万元`,
      keys: [
        'finance.carryover_begin',
        'finance.income_total',
        'finance.expenditure_total',
        'finance.carryover_end',
      ],
      values: { computed: fmt(computed), stated: fmt(end) },
      source: ['finance.carryover_end', 'finance.income_total']
        .map((k) => rec.source[k])
        .filter((s): s is SourceRef => !!s),
    },
  ];
};

/** Parts against their total: 基本支出 + 项目支出 = 支出合计, 人员 + 公用 = 基本, the parts of 三公经费. */
const partsAgainstTotal: Check = (rec) => {
  const out: Finding[] = [];
  const groups: [string, Record<string, string>, string, string[]][] = [
    ['支出合计', rec.finance, 'expenditure_total', ['basic', 'project']],
    ['基本支出', rec.finance, 'basic', ['personnel', 'public']],
    ['三公经费', rec.sangong, 'total', [...SANGONG_PARTS]],
    // Where only the combined 公务用车购置及运行维护费 is stated, it stands for both vehicle parts.
    ['三公经费', rec.sangong, 'total', ['abroad', 'vehicle_total', 'reception']],
  ];
  for (const [label, section, totalKey, partKeys] of groups) {
    const total = d(section[totalKey]);
    const parts = partKeys.map((k) => d(section[k]));
    if (!total || parts.some((p) => p === undefined)) continue;
    const sum = parts.reduce((s, p) => s!.plus(p!), new Decimal(0))!;
    if (sum.minus(total).abs().lte(AMOUNT_TOLERANCE)) continue;
    out.push({
      code: 'parts_exceed_total',
      severity: 'warning',
      message: `${label}：各分项合计${fmt(sum)}万元，与填报的总额${fmt(total)}万元不符`,
      keys: partKeys.map((k) => `${label === '三公经费' ? 'sangong' : 'finance'}.${k}`),
      values: { parts: fmt(sum), total: fmt(total) },
    });
  }
  return out;
};

/** The scoring table against the stated total: rows without a score, or scores that do not add up. */
const scoreSum: Check = (rec) => {
  const rows = rec.indicators;
  if (!rows.length) return [];
  const scored = rows.filter((r) => r.score !== undefined);
  // A weight without a score, followed by rows with scores and no weights, is one merged weight
  // cell over several rows (效益 15 over 社会效益 9 and 生态效益 6): nothing is missing there.
  const missing = rows.filter((r, i) => {
    if (r.score !== undefined || r.weight === undefined) return false;
    const next = rows[i + 1];
    return !(next && next.weight === undefined && next.score !== undefined);
  });
  const sum = scored.reduce((s, r) => s.plus(r.score!), new Decimal(0));
  const stated = d(rec.overall.score);
  if (missing.length && scored.length) {
    return [
      {
        code: 'score_missing',
        severity: 'warning',
        message: `评分表有${missing.length}项未填得分（${missing.map((m) => m.name).join('、')}）；已填得分合计${fmt(sum)}分${stated ? `，总分填报为${fmt(stated)}分` : ''}`,
        keys: missing.map((m) => `indicators.${m.name}`),
        values: { sum: fmt(sum), ...(stated ? { stated: fmt(stated) } : {}) },
        source: missing.map((m) => m.source).filter((s): s is SourceRef => !!s),
      },
    ];
  }
  if (!scored.length) return [];
  if (stated === undefined) {
    return [
      {
        code: 'score_derived',
        severity: 'info',
        message: `未填报总分；评分表各项自评得分合计为${fmt(sum)}分`,
        keys: ['overall.derived_score'],
        values: { derived: fmt(sum) },
      },
    ];
  }
  if (sum.minus(stated).abs().lte(0.05)) return [];
  return [
    {
      code: 'score_sum_mismatch',
      severity: 'warning',
      message: `评分表各项自评得分合计${fmt(sum)}分，与填报的总分${fmt(stated)}分不符`,
      keys: ['overall.score'],
      values: { sum: fmt(sum), stated: fmt(stated) },
      ...(rec.source['overall.score'] ? { source: [rec.source['overall.score']] } : {}),
    },
  ];
};

/** A high self-score next to a low execution rate: the self-evaluation may be too kind. */
const highScoreLowExecution: Check = (rec) => {
  const score = d(rec.overall.score ?? rec.overall.derived_score);
  const rate = d(rec.overall.execution_rate ?? rec.overall.execution_rate_derived);
  if (!score || !rate) return [];
  if (
    !HIGH_SCORE_LOW_EXECUTION.test({
      score: score.toNumber(),
      rate: rate.toNumber(),
      grade: rec.overall.grade,
    })
  )
    return [];
  return [
    {
      code: 'high_score_low_execution',
      severity: 'warning',
      message: `自评得分${fmt(score)}分${rec.overall.grade ? `（${rec.overall.grade}）` : ''}，而预算执行率仅${fmt(rate)}%`,
      keys: ['overall.score', 'overall.execution_rate'],
      values: { score: fmt(score), execution_rate: fmt(rate) },
    },
  ];
};

/** A grade that its score cannot have: bands differ by province, so only clear contradictions. */
const gradeBand: Check = (rec) => {
  const score = d(rec.overall.score);
  const grade = rec.overall.grade;
  if (!score || !grade) return [];
  const band = GRADES.find((g) => g.grade === grade)?.band;
  if (!band) return [];
  const [lo, hi] = band;
  if (score.gte(lo) && score.lte(hi)) return [];
  return [
    {
      code: 'grade_mismatch',
      severity: 'warning',
      message: `评价等级「${grade}」与得分${fmt(score)}分不相符`,
      keys: ['overall.grade', 'overall.score'],
      values: { grade, score: fmt(score) },
    },
  ];
};

/** One fact stated twice with different values; a factor of 10,000 between them is a 元/万元 slip. */
function conflictsOf(label: string, key: string, statements: Candidate[]): Finding[] {
  const distinct = new Map<string, Candidate>();
  for (const c of statements) if (!distinct.has(c.value.toFixed())) distinct.set(c.value.toFixed(), c);
  if (distinct.size < 2) return [];
  const values = [...distinct.values()];
  const tenThousand = values.some((a) =>
    values.some((b) => !b.value.isZero() && a.value.div(b.value).eq(10000)),
  );
  const code = tenThousand ? 'unit_suspect' : 'value_conflict';
  return [
    {
      code,
      severity: 'warning',
      message: tenThousand
        ? `${label}：${values.map((v) => `${fmt(v.value)}万元（原文单位${v.source.unit ?? '未知'}）`).join('与')}相差一万倍，疑为元与万元混用`
        : `${label}在文中有不同数值：${values.map((v) => fmt(v.value)).join('、')}`,
      keys: [key],
      values: Object.fromEntries(values.map((v, i) => [`value${i + 1}`, fmt(v.value)])),
      source: values.map((v) => v.source),
    },
  ];
}

const statedTwice: Check = (rec, reading) => {
  if (!reading) return [];
  const out: Finding[] = [];
  for (const key of reading.bag.keys()) {
    if (!/^(overall|finance|sangong|staff|assets)\./.test(key)) continue;
    out.push(...conflictsOf(keyLabel(key), key, reading.bag.all(key)));
  }
  for (const p of reading.projects.all()) {
    for (const key of p.facts.keys())
      out.push(
        ...conflictsOf(`项目「${p.name}」${keyLabel(`project.${key}`)}`, `project.${key}`, p.facts.all(key)),
      );
  }
  // The year's execution rate is the fourth quarter's cumulative progress.
  const q4 = rec.quarterly.find((q) => q.quarter === 4);
  const rate = rec.overall.execution_rate;
  if (q4 && rate && !new Decimal(q4.progress).eq(rate)) {
    out.push({
      code: 'value_conflict',
      severity: 'warning',
      message: `全年预算执行进度填报为${rate}%，第四季度累计进度填报为${q4.progress}%，两者不一致`,
      keys: ['overall.execution_rate', 'quarterly.4'],
      values: { year: rate, quarter4: q4.progress },
      source: [rec.source['overall.execution_rate'], q4.source].filter((s): s is SourceRef => !!s),
    });
  }
  return out;
};

const CHECKS: Check[] = [
  rateMismatch,
  balance,
  partsAgainstTotal,
  scoreSum,
  highScoreLowExecution,
  gradeBand,
  statedTwice,
];

/**
 * The findings about one record. `reading` is the statements the record was built from (from
 * recogniseReadings): without it, the checks that compare statements (stated twice) have nothing.
 */
export function checkRecord(rec: EvaluationRecord, reading?: RecordReading): Finding[] {
  return CHECKS.flatMap((check) => check(rec, reading));
}
