// Reading one table cell as a figure: which field its label names, in which unit it is stated
// (the cell, its row, its column header, the table's caption, else the document's usual unit).

import Decimal from 'decimal.js';
import { type SourceRef } from '../model/record';
import { ruleFor, type FieldKind } from './fields';
import { narrowTopic, topicOf, type Topic } from './topics';
import { declaredUnit, parseCellNumber, toWan, type AmountUnit } from './numbers';
import { cellSource, type GridCell } from './grid';
import type { Reading, TableContext } from './reading';
import type { Block } from '../model/document';
import { normalizeText } from './normalize';

export function amountUnitFor(
  cells: (GridCell | undefined)[],
  t: TableContext,
  r: Reading,
): { unit?: AmountUnit; stated: boolean } {
  for (const c of cells) {
    if (!c) continue;
    const u = declaredUnit(c.text);
    if (u) return { unit: u, stated: true };
  }
  const fromContext = t.context
    .split('\n')
    .reverse()
    .map((p) => declaredUnit(p))
    .find((u) => u);
  if (fromContext) return { unit: fromContext, stated: true };
  // "…支出预算为9.80万元，支出决算为7.46万元。具体情况如下表：": a table the prose before it introduces
  // is in the unit that prose states its figures in, where it states them in one unit only.
  const lead =
    t.context
      .split('\n')
      .reverse()
      .find((p) => p.trim() !== '') ?? '';
  if (r.docUnit === undefined && /(如|见)下表|下表(所示|列示)/.test(lead)) {
    const units = new Set([...lead.matchAll(/\d\s*(亿元|万元|元)/g)].map((m) => m[1] as AmountUnit));
    if (units.size === 1) return { unit: [...units][0]!, stated: false };
  }
  return { unit: r.docUnit ?? echoedUnit(t, r), stated: false };
}

/**
 * A table that states no unit, in a document that states none, whose amounts the prose states with
 * one ("批复下达预算资金12万元" above "资金计划 | 12"): the unit the prose gives them.
 */
function echoedUnit(t: TableContext, r: Reading): AmountUnit | undefined {
  const units = new Set<AmountUnit>();
  for (const row of t.table.rows)
    for (const c of row.cells) {
      const n = parseCellNumber(c.text);
      if (!n || n.suffix !== '' || n.value.lte(0)) continue;
      for (const u of r.proseAmounts?.().get(n.value.toFixed()) ?? []) units.add(u);
    }
  return units.size === 1 ? [...units][0] : undefined;
}

export function valueOf(cell: GridCell, kind: FieldKind, unit: AmountUnit | undefined): Decimal | undefined {
  const n = parseCellNumber(cell.text);
  if (!n) return undefined;
  if (kind === 'rate') return n.suffix === '%' || n.suffix === '' ? n.value : undefined;
  if (kind === 'score') return n.suffix === '' || n.suffix === '分' ? n.value : undefined;
  if (kind === 'count')
    return n.suffix === '' || n.suffix === '人' || n.suffix === '名' || n.suffix === '个'
      ? n.value
      : undefined;
  if (n.suffix === '%' || n.suffix === '分' || n.suffix === '人' || n.suffix === '名') return undefined;
  // "1026.5万" is 万元 written short.
  const suffix = n.suffix === '万' ? '万元' : n.suffix;
  const u = (['元', '千元', '万元', '亿元'].includes(suffix) ? suffix : unit) as AmountUnit | undefined;
  return u ? toWan(n.value, u) : undefined;
}

const KINDS: FieldKind[] = ['amount', 'rate', 'score', 'count'];

/** Match a table label to a field under the table's topic; try the label's own topic first. */
export function fieldOf(
  label: string,
  tableTopic: Topic,
  kindHint?: FieldKind,
): { key: string; kind: FieldKind } | undefined {
  // A statement's line number ("一、财政拨款收入") is no part of its label.
  label = label.replace(/^[一二三四五六七八九十]{1,3}、/, '').replace(/^其中[:：]?/, '');
  const topic = topicOf(label) ?? narrowTopic(tableTopic, label);
  for (const kind of kindHint ? [kindHint] : KINDS) {
    const rule = ruleFor(label, topic, kind);
    if (rule) return { key: rule.key, kind };
  }
  return undefined;
}

export function kindOfCell(c: GridCell): FieldKind | undefined {
  const n = parseCellNumber(c.text);
  if (!n) return undefined;
  if (n.suffix === '%') return 'rate';
  if (n.suffix === '分') return 'score';
  if (n.suffix === '人' || n.suffix === '名') return 'count';
  return undefined;
}

export function cellSourceWithColumn(cell: GridCell, column: string, unit?: string): SourceRef {
  const ref = cellSource(cell, unit);
  ref.text = `${column}: ${cell.raw.text}`;
  return ref;
}

/** Each amount the paragraphs state, with the units they state it in. */
export function proseAmounts(blocks: Block[]): Map<string, Set<AmountUnit>> {
  const out = new Map<string, Set<AmountUnit>>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const m of normalizeText(b.text).matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/g)) {
      const value = new Decimal(m[1]!.replace(/,/g, '')).toFixed();
      out.set(value, (out.get(value) ?? new Set()).add(m[2] as AmountUnit));
    }
  }
  return out;
}
