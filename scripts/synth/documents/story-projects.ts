// One project of a unit in one year of the demo story: its share of the department budget, how
// much of it was spent, and the five indicators of its 项目支出绩效自评表 with their scores.

import Decimal from 'decimal.js';
import type { ProjectKind } from './catalog';
import type { Random } from './random';
import { D, money, pct, type ProjectIndicatorFacts, type ProjectYear } from './story-facts';

/** Project `k` of a unit in one year, spent at about the unit's rate. */
export function projectYear(
  kind: ProjectKind,
  k: number,
  deptBudget: Decimal,
  unitRate: number,
  y: Random,
): ProjectYear {
  const share = (kind.share[0] + y.next() * (kind.share[1] - kind.share[0])) / 1000;
  const budget = money(deptBudget.mul(share));
  const budgetInitial = y.chance(0.7) ? budget : money(budget.mul(0.8 + y.next() * 0.15));
  const rate = Math.min(1, Math.max(0.45, unitRate + (y.next() - 0.4) * 0.1));
  const executed = rate >= 0.995 ? budget : money(budget.mul(rate));
  const statedRate = pct(executed, budget);
  const fundingScore = statedRate.div(10).toDecimalPlaces(1, Decimal.ROUND_DOWN);
  const q = kind.quantity;
  const qActual = Math.round(q.target * (0.9 + y.next() * 0.2));
  const quantityScore = D(qActual >= q.target ? 30 : Math.floor((qActual / q.target) * 30 * 2) / 2);
  const quality = y.int(95, 100);
  const qualityScore = D(quality >= 98 ? 20 : 18);
  const timely = y.chance(0.85);
  const effect = y.int(88, 99);
  const effectScore = D(effect >= 90 ? 20 : 18.5);
  const satisfaction = y.int(86, 99);
  const satisfactionScore = D(satisfaction >= 90 ? 10 : 9);
  const qualityName = kind.quality;
  const qualitative = !/\(%\)$/.test(qualityName);
  const indicators: ProjectIndicatorFacts[] = [
    {
      path: ['产出指标', '数量指标', q.name],
      target: `≥${q.target}${q.unit}`,
      actual: `${qActual}${q.unit}`,
      weight: D(30),
      score: quantityScore,
    },
    {
      path: ['产出指标', '质量指标', qualityName],
      target: qualitative ? '达标' : '≥98',
      actual: qualitative ? (quality >= 98 ? '达标' : '基本达标') : String(quality),
      weight: D(20),
      score: qualityScore,
    },
    {
      path: ['产出指标', '时效指标', '资金拨付及时性'],
      target: '及时',
      actual: timely ? '及时' : '基本及时',
      weight: D(10),
      score: D(timely ? 10 : 8),
    },
    {
      path: ['效益指标', '社会效益指标', kind.effect],
      target: /\(%\)$/.test(kind.effect) ? '≥90' : '明显提升',
      actual: /\(%\)$/.test(kind.effect) ? String(effect) : effect >= 90 ? '明显提升' : '有所提升',
      weight: D(20),
      score: effectScore,
    },
    {
      path: ['满意度指标', '服务对象满意度指标', '服务对象满意度(%)'],
      target: '≥90',
      actual: String(satisfaction),
      weight: D(10),
      score: satisfactionScore,
    },
  ];
  const score = indicators.reduce((s, i) => s.plus(i.score), fundingScore);
  return {
    name: kind.name,
    category: k === 0 && y.chance(0.5) ? '财政专项' : '部门预算项目',
    budgetInitial,
    budget,
    executed,
    rate: statedRate,
    fundingScore,
    score,
    indicators,
  };
}
