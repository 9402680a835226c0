// The pieces several layouts of the demo corpus share: how figures are written, the sentences on
// staff, 三公经费 and quarterly progress, the scoring table as rows, and the answer-key entries for
// the scoring table and a project.

import type Decimal from 'decimal.js';
import type { Draft, Section } from './draft';
import type { ProjectYear, YearFacts } from './story-facts';

/** An amount in 万元 as reports write it, with two decimals. */
export const w = (d: Decimal) => d.toFixed(2);
/** A figure as it is, without padding zeros (scores, weights, counts). */
export const t = (d: Decimal) => d.toFixed();
/** An amount in 万元 written in 元 with thousands separators (8,501,800.00). */
/** A figure stated in `section` (the answer key records it), written as `w` writes it: two decimals. */
export function sayW(d: Draft, section: Section, key: string, value: Decimal): string {
  return d.say(section, key, value, w(value));
}

/** Figures stated in one section and written with two decimals, in this order: the cells of a table row. */
export function sayAllW(d: Draft, section: Section, figures: Record<string, Decimal>): string[] {
  return Object.entries(figures).map(([key, value]) => sayW(d, section, key, value));
}

export const inYuan = (d: Decimal) =>
  d
    .mul(10000)
    .toFixed(2)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function sayScoring(d: Draft, f: YearFacts): void {
  for (const item of f.scoring)
    d.record.indicators.push({
      name: item.path[2]!,
      path: item.path,
      weight: t(item.weight),
      score: t(item.score),
    });
}

export function sayProject(d: Draft, p: ProjectYear, withIndicators: boolean): void {
  d.record.projects.push({
    name: p.name,
    budget: t(p.budget),
    executed: t(p.executed),
    execution_rate: t(p.rate),
    score: t(p.score),
    ...(withIndicators
      ? {
          indicators: p.indicators.map((i) => ({
            name: i.path[2],
            path: i.path,
            target: i.target,
            actual: i.actual,
            weight: t(i.weight),
            score: t(i.score),
          })),
        }
      : {}),
  });
}

/** The scoring table as tab rows: the first two levels only on the first row of their group. */
export function scoringRows(f: YearFacts, totalLabel: string): string[][] {
  const rows: string[][] = [['一级指标', '二级指标', '三级指标', '分值', '得分']];
  let prev: string[] = [];
  for (const item of f.scoring) {
    rows.push([
      item.path[0] === prev[0] ? '' : item.path[0]!,
      item.path[1] === prev[1] && item.path[0] === prev[0] ? '' : item.path[1]!,
      item.path[2]!,
      t(item.weight),
      t(item.score),
    ]);
    prev = item.path;
  }
  rows.push([totalLabel, '', '', '100', t(f.score)]);
  return rows;
}

export function staffSentence(d: Draft, f: YearFacts): string {
  return (
    `我单位核定编制${d.say('staff', 'quota', f.staff.quota)}人，${f.year}年末在职实有人数${d.say('staff', 'in_service', f.staff.inService)}人，` +
    `离退休人员${d.say('staff', 'retired', f.staff.retired)}人，编外人员${d.say('staff', 'contract', f.staff.contract)}人。`
  );
}

export function sangongSentence(d: Draft, f: YearFacts): string {
  const s = f.sangong;
  return (
    `${f.year}年“三公”经费预算${sayW(d, 'sangong', 'budget', s.budget)}万元，实际支出${sayW(d, 'sangong', 'total', s.total)}万元，` +
    `“三公”经费控制率为${sayW(d, 'sangong', 'control_rate', s.controlRate)}%。其中：因公出国(境)费${sayW(d, 'sangong', 'abroad', s.abroad)}万元，` +
    `公务用车购置费${sayW(d, 'sangong', 'vehicle_purchase', s.vehiclePurchase)}万元，公务用车运行维护费${sayW(d, 'sangong', 'vehicle_operation', s.vehicleOperation)}万元，` +
    `公务接待费${sayW(d, 'sangong', 'reception', s.reception)}万元。`
  );
}

export function quarterSentence(d: Draft, f: YearFacts): string {
  const names = ['一', '二', '三', '四'];
  f.quarterly.forEach((q, i) => d.record.quarterly.push({ quarter: i + 1, progress: t(q) }));
  return f.quarterly.map((q, i) => `第${names[i]}季度支出进度为${w(q)}%`).join('，') + '。';
}
