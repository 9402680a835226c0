// The 三公 决算表 read from the cell stream whatever its flattening: the items are columns
// (合计 | 因公出国(境)费 | 公务用车购置及运行维护费: 小计, 购置费, 运行费 | 公务接待费), once under
// 预算数 and once under 决算数, and the figures come as one run under the header (after the 栏次
// numbers 1 … n, when the form prints them). The header's own order of items and figures says which
// figure is which; a run that does not add up (合计 = 出国 + 用车 + 接待) is left to other readers.

import Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import { cellFigure, type StreamCell } from './cells';
import { SANGONG_COLUMNS, SANGONG_FIGURE_WORDS, sangongKey } from './forms-data';
import { declaredUnit, toWan, type AmountUnit } from './numbers';
import type { Reading } from './reading';

const ITEM = /因公出国|公务用车|公务接待/;

/**
 * The leaf columns a header names, in its order. The items come first, once (the header repeats
 * them under each figure); the vehicle item stands for its 小计 and its two parts where the header
 * names them on the line below.
 */
function leafColumns(header: StreamCell[]): string[] {
  const words = header.map((c) => c.label.replace(/[(（][^)）]*[)）]$/, ''));
  const hasParts = words.some((w) => /购置费?$/.test(w)) && words.some((w) => /运行(维护)?费?$/.test(w));
  const out: string[] = [];
  for (const w of words) {
    const col = SANGONG_COLUMNS.find((x) => x.words.test(w))?.key;
    if (!col || col === 'vehicle_purchase' || col === 'vehicle_operation') continue;
    if (out.includes(col)) break;
    if (col === 'vehicle_total' && w === '小计') continue;
    out.push(col);
    if (col === 'vehicle_total' && hasParts) out.push('vehicle_purchase', 'vehicle_operation');
  }
  return out;
}

/** How many cells at the start of a run are the 栏次 numbers 1, 2, 3 …. */
function columnNumbers(run: StreamCell[]): number {
  let n = 0;
  while (n < run.length && run[n]!.label === String(n + 1)) n++;
  return n >= 4 ? n : 0;
}

export function readSangongTable(cells: StreamCell[], r: Reading): void {
  for (let i = 0; i < cells.length; i++) {
    if (!ITEM.test(cells[i]!.label)) continue;
    // The header: from a little before the first item word to the first figure run.
    const from = Math.max(0, i - 8);
    let j = i;
    while (j < cells.length && j - i < 40 && cellFigure(cells[j]) === undefined) j++;
    const header = cells.slice(from, j);
    const figures = SANGONG_FIGURE_WORDS.filter((f) => header.some((c) => f.words.test(c.label))).sort(
      (a, b) =>
        header.findIndex((c) => a.words.test(c.label)) - header.findIndex((c) => b.words.test(c.label)),
    );
    const leaves = leafColumns(header);
    if (leaves.length < 4 || !figures.length) continue;
    // Skip the 栏次 row (1 2 3 … n).
    let run = figureRun(cells, j);
    const numbers = columnNumbers(run);
    if (numbers) run = run.length > numbers ? run.slice(numbers) : figureRun(cells, j + numbers);
    if (run.length < leaves.length || run.length % leaves.length !== 0) {
      i = j;
      continue;
    }
    const sets = run.length / leaves.length;
    if (sets !== figures.length) {
      i = j;
      continue;
    }
    const unit: AmountUnit = header.map((c) => declaredUnit(c.text)).find((u) => u) ?? r.docUnit ?? '万元';
    figures.forEach((f, s) => {
      const values = run.slice(s * leaves.length, (s + 1) * leaves.length);
      const byKey = new Map(leaves.map((k, n) => [k, cellFigure(values[n])!.value] as const));
      if (!addsUp(byKey)) return;
      for (const [k, v] of byKey) {
        const source: SourceRef = {
          line: values[0]!.loc.line,
          text: values.map((c) => c.raw).join(' | '),
          unit,
          rule: `form:三公经费表/${f.figure === 'budget' ? '预算数' : '决算数'}/${k}`,
        };
        if (values[0]!.loc.page !== undefined) source.page = values[0]!.loc.page;
        r.bag.add(sangongKey(k, f.figure), toWan(v, unit), source, 'form');
      }
    });
    i = j + numbers + run.length;
  }
}

function figureRun(cells: StreamCell[], from: number): StreamCell[] {
  const out: StreamCell[] = [];
  for (let k = from; k < cells.length && cellFigure(cells[k]) !== undefined; k++) out.push(cells[k]!);
  return out;
}

/** 合计 = 出国 + 用车 + 接待, and 用车 = 购置 + 运行 where the parts are there. */
function addsUp(v: Map<string, Decimal>): boolean {
  const total = v.get('total');
  const vehicle = v.get('vehicle_total') ?? v.get('vehicle_purchase')?.plus(v.get('vehicle_operation') ?? 0);
  const parts = [v.get('abroad'), vehicle, v.get('reception')];
  if (total && parts.every((p) => p !== undefined)) {
    const sum = parts.reduce((a, p) => a.plus(p!), new Decimal(0));
    if (sum.minus(total).abs().gt(0.011)) return false;
  }
  const vp = v.get('vehicle_purchase');
  const vo = v.get('vehicle_operation');
  const vt = v.get('vehicle_total');
  if (vt && vp && vo && vp.plus(vo).minus(vt).abs().gt(0.011)) return false;
  return true;
}
