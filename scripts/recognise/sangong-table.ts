// The 三公 决算表 read from the cell stream whatever its flattening: the items are columns
// (合计 | 因公出国(境)费 | 公务用车购置及运行维护费: 小计, 购置费, 运行费 | 公务接待费), once under
// 预算数 and once under 决算数, and the figures come as one run under the header (after the 栏次
// numbers 1 … n, when the form prints them). The header's own order of items and figures says which
// figure is which; a run that does not add up (合计 = 出国 + 用车 + 接待) is left to other readers.

import Decimal from 'decimal.js';
import type { SourceRef } from '../model/record';
import { cellFigure, isValueCell, type StreamCell } from './cells';
import { SANGONG_COLUMNS, SANGONG_FIGURE_WORDS, rowYear, sangongKey } from './forms-data';
import { columnNumbersAtStart, normalizeText } from './normalize';
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
  const n = columnNumbersAtStart(run.map((c) => c.label));
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
    const named = SANGONG_FIGURE_WORDS.filter((f) => header.some((c) => f.words.test(c.label))).sort(
      (a, b) =>
        header.findIndex((c) => a.words.test(c.label)) - header.findIndex((c) => b.words.test(c.label)),
    );
    // A table with one row of figures and no 预算数/决算数 over them: its caption says which
    // ("…“三公”经费预算表", "…支出决算表").
    const caption = cells
      .slice(Math.max(0, i - 12), from + 1)
      .map((c) => c.label)
      .join('');
    const figures = named.length
      ? named
      : /预算/.test(caption) && !/决算/.test(caption)
        ? SANGONG_FIGURE_WORDS.filter((f) => f.figure === 'budget')
        : /决算/.test(caption)
          ? SANGONG_FIGURE_WORDS.filter((f) => f.figure === 'actual')
          : [];
    const leaves = leafColumns(header);
    if (leaves.length < 4 || !figures.length) continue;
    const unit: AmountUnit = header.map((c) => declaredUnit(c.text)).find((u) => u) ?? r.docUnit ?? '万元';
    const pairs = pairedRow(cells, i, j, header, leaves);
    if (pairs) {
      for (const figure of ['budget', 'actual'] as const) {
        const values = pairs.filter((p) => p.figure === figure).map((p) => p.cell);
        if (values.length === leaves.length) addRun(r, leaves, figure, values, unit);
      }
      i = j;
      continue;
    }
    // Skip the 栏次 row (1 2 3 … n).
    let run = figureRun(cells, j);
    const numbers = columnNumbers(run);
    if (numbers) run = run.length > numbers ? run.slice(numbers) : figureRun(cells, j + numbers);
    if (run.length < leaves.length || run.length % leaves.length !== 0) {
      i = j;
      continue;
    }
    const sets = run.length / leaves.length;
    // Rows labelled by their figure ("预算数 | 9.00 | … " then "决算数 | 7.45 | …"): each run is the
    // figure its label names.
    const labelled = rowRuns(cells, j - 1, leaves.length);
    if (labelled.length) {
      for (const { figure, values } of labelled) addRun(r, leaves, figure, values, unit);
      i = j + labelled.length * (leaves.length + 1);
      continue;
    }
    if (sets !== figures.length) {
      i = j;
      continue;
    }
    figures.forEach((f, s) =>
      addRun(r, leaves, f.figure, run.slice(s * leaves.length, (s + 1) * leaves.length), unit),
    );
    i = j + numbers + run.length;
  }
}

/**
 * The row of a header that sets 预算数 and 决算数 side by side under each item ("合计: 预算数 决算数 |
 * 因公出国(境)费: 预算数 决算数 …"): the row's cells two by two, each with the figure its header word
 * names. A cell left empty (the page left it blank) stays in its place, so the rest keep theirs.
 */
function pairedRow(
  cells: StreamCell[],
  item: number,
  first: number,
  header: StreamCell[],
  leaves: string[],
): { figure: 'budget' | 'actual'; cell: StreamCell }[] | undefined {
  const words = header.flatMap((c) => SANGONG_FIGURE_WORDS.find((f) => f.words.test(c.label))?.figure ?? []);
  const paired =
    words.length === 2 * leaves.length && leaves.every((_, k) => words[2 * k] !== words[2 * k + 1]);
  if (!paired || !cells[first]) return undefined;
  // The row starts where its empty cells before the first figure start.
  const line = cells[first]!.loc.line;
  let start = first;
  while (start - 1 > item && cells[start - 1]!.label === '' && cells[start - 1]!.loc.line === line) start--;
  const row: StreamCell[] = [];
  for (let k = start; k < cells.length && cells[k]!.loc.line === line && isValueCell(cells[k]); k++)
    row.push(cells[k]!);
  if (row.length < words.length) return undefined;
  return words.map((figure, k) => ({ figure, cell: row[k]! }));
}

/**
 * Runs of figures each led by the figure word that names them ("预算数", "决算数", "2015年度决算数"),
 * from `at` on. Of two runs of 决算数, the earlier year's is last year's: only its total is read.
 */
function rowRuns(
  cells: StreamCell[],
  at: number,
  size: number,
): { figure: 'budget' | 'actual' | 'prev'; values: StreamCell[] }[] {
  const out: { figure: 'budget' | 'actual' | 'prev'; values: StreamCell[]; year?: number }[] = [];
  for (let k = at; k >= 0 && k < cells.length; k += size + 1) {
    const { word, year } = rowYear(cells[k]!.label);
    const f = SANGONG_FIGURE_WORDS.find((w) => w.words.test(word));
    const values = figureRun(cells, k + 1);
    if (!f || values.length !== size) break;
    out.push({ figure: f.figure, values, ...(year !== undefined ? { year } : {}) });
  }
  const actual = out.filter((x) => x.figure === 'actual' && x.year !== undefined);
  if (actual.length === 2) {
    const earlier = actual[0]!.year! < actual[1]!.year! ? actual[0]! : actual[1]!;
    earlier.figure = 'prev';
  }
  return out;
}

/** One run of figures under the leaf columns, kept when it adds up. */
function addRun(
  r: Reading,
  leaves: string[],
  figure: 'budget' | 'actual' | 'prev',
  values: StreamCell[],
  unit: AmountUnit,
): void {
  // An empty cell states nothing: its item is left out.
  const byKey = new Map(
    leaves.flatMap((k, n) => {
      const figure = cellFigure(values[n]);
      return figure ? [[k, figure.value] as const] : [];
    }),
  );
  if (!byKey.size) return;
  if (!addsUp(byKey)) return;
  if (figure === 'prev') {
    const total = byKey.get('total');
    const source: SourceRef = {
      line: values[0]!.loc.line,
      text: values.map((c) => c.raw).join(' | '),
      unit,
      rule: 'form:三公经费表/上年决算数/total',
    };
    if (total) r.bag.add('sangong.prev_total', toWan(total, unit), source, 'form');
    return;
  }
  for (const [k, v] of byKey) {
    const source: SourceRef = {
      line: values[0]!.loc.line,
      text: values.map((c) => c.raw).join(' | '),
      unit,
      rule: `form:三公经费表/${figure === 'budget' ? '预算数' : '决算数'}/${k}`,
    };
    if (values[0]!.loc.page !== undefined) source.page = values[0]!.loc.page;
    r.bag.add(sangongKey(k, figure), toWan(v, unit), source, 'form');
  }
}

function figureRun(cells: StreamCell[], from: number): StreamCell[] {
  const out: StreamCell[] = [];
  for (let k = from; k < cells.length && cellFigure(cells[k]) !== undefined; k++) out.push(cells[k]!);
  return out;
}

/** 合计 = 出国 + 用车 + 接待, and 用车 = 购置 + 运行 where the parts are there. */
export function addsUp(v: Map<string, Decimal>): boolean {
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

/** The 三公 table's items as row labels, in the words reports use, and the column each fills. */
const ITEM_ROWS: [RegExp, string][] = [
  [/^(合计|总计)/, 'total'],
  [/^因公出国\(境\)(费用|经费|费)?/, 'abroad'],
  [/^公务用车购置及运行(维护)?(费用|经费|费)?/, 'vehicle_total'],
  [/^(其中:)?公务用车购置(费用|经费|费)?/, 'vehicle_purchase'],
  [/^(其中:)?公务用车运行(维护)?(费用|经费|费)?/, 'vehicle_operation'],
  [/^公务接待(费用|经费|费)?/, 'reception'],
];
const FIGURE = String.raw`-?\d[\d,]*(?:\.\d+)?`;

/** The item a row's whole label names (合计, 公务接待费, 其中:公务用车运行维护费 …). */
export function itemOfRow(label: string): string | undefined {
  return ITEM_ROWS.find(([re]) => label.replace(re, '') === '' && re.test(label))?.[1];
}

/**
 * The same table with its items as rows, run together with the text around it (a PDF flattened
 * to one line): "项目 预算数 决算数 合计 28.00 24.36 因公出国(境)费 0 0 …". The header's order of
 * 预算数 and 决算数 says which figure of each row is which; the rows are kept when they add up.
 */
export function readSangongRowsInText(texts: { text: string; line: number }[], r: Reading): void {
  for (const { text, line } of texts) {
    const t = normalizeText(text);
    const head = t.match(/(预算数?)(决算数?|实际支出数?)|(决算数?|实际支出数?)(预算数?)/);
    if (!head || !/因公出国|公务接待/.test(t)) continue;
    const budgetFirst = head[1] !== undefined;
    const values = new Map<string, { budget: Decimal; actual: Decimal; quote: string }>();
    let rest = t.slice(head.index! + head[0].length);
    const pair = new RegExp(`^\\s*(${FIGURE})\\s+(${FIGURE})`);
    const put = (key: string, label: string, m: RegExpMatchArray) => {
      const [a, b] = [new Decimal(m[1]!.replace(/,/g, '')), new Decimal(m[2]!.replace(/,/g, ''))];
      if (!values.has(key))
        values.set(key, {
          budget: budgetFirst ? a : b,
          actual: budgetFirst ? b : a,
          quote: `${label} ${m[1]} ${m[2]}`,
        });
    };
    // A PDF may set a row's figures apart from its label ("合计 65.00 64.87 0 0 公务接待费 21.00 21.00 …
    // 因公出国(境)费"): the lone pair is the row whose label comes later with no figures of its own.
    let orphan: RegExpMatchArray | undefined;
    for (;;) {
      rest = rest.replace(/^[\s|]+/, '');
      const item = ITEM_ROWS.find(([re]) => re.test(rest));
      const lone = item ? undefined : rest.match(pair);
      if (lone && !orphan) {
        orphan = lone;
        rest = rest.slice(lone[0].length);
        continue;
      }
      if (!item) break;
      const label = rest.match(item[0])![0];
      const m = rest.slice(label.length).match(pair);
      if (!m) {
        if (orphan) put(item[1], label, orphan);
        break;
      }
      put(item[1], label, m);
      rest = rest.slice(label.length + m[0].length);
    }
    if (values.size < 3) continue;
    const unit = declaredUnit(t.slice(Math.max(0, head.index! - 20), head.index!)) ?? r.docUnit ?? '万元';
    for (const figure of ['budget', 'actual'] as const) {
      const byKey = new Map([...values].map(([k, v]) => [k, v[figure]] as const));
      if (!addsUp(byKey)) continue;
      for (const [k, v] of values) {
        const source: SourceRef = {
          line,
          text: v.quote,
          unit,
          rule: `form:三公经费表/${figure === 'budget' ? '预算数' : '决算数'}/${k}`,
        };
        r.bag.add(sangongKey(k, figure), toWan(v[figure], unit), source, 'form');
      }
    }
  }
}
