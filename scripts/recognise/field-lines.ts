// A project's self-evaluation form written out as lines ("项目名称：X", "全年预算数：200万元",
// "执行率：90%"): read as the two-column table it flattens, so that its figures are the project's
// and not the department's. Only a run that starts with 项目名称 is turned into a table; other
// "label：value" lines stay paragraphs and are read as sentences.

import type { Block, Cell, Location, TableRow } from '../model/document';
import { normalizeText } from './normalize';
import { declaredUnitIn } from './numbers';
import { ruleFor } from './fields';
import { topicOf } from './topics';
import { bareLabel, fundingRowOf } from './forms-data';
import { COLUMN_OF } from './funding-header';

/** A form field's label at the start of a line, with its colon ("自评等级：", "在职人数："). */
export const FIELD_LABEL = /^([\u4e00-\u9fa5A-Za-z()（）"]{2,24})[:：]\s*/;
const FIELD = new RegExp(`${FIELD_LABEL.source}(\\S.{0,80})$`);
const PROJECT_NAME = /^项目名称$/;

/**
 * The label–value pairs of one line ("全年预算数：200万元  执行率：90%", "项目名称：X；预算金额：…元；执行率：…",
 * "全年预算数：312万元 全年执行数：305万元": one space after a figure's unit before the next label), or null
 * when it is not a field line.
 */
function fieldsOf(text: string): [string, string][] | null {
  // Split before normalising: normalisation drops the spaces between Chinese words.
  // An item's number may open the line ("1.项目名称:X;预算金额:…元;…").
  const parts = text
    .replace(/^\s*\d{1,2}[.、．]\s*(?=[\u4e00-\u9fa5])/, '')
    .split(
      /\s{2,}|\u3000+|\t+|[;；](?=\s*[\u4e00-\u9fa5A-Za-z()（）"]{2,24}[:：])|(?<=[\d%元分人个])\s(?=[\u4e00-\u9fa5]{2,24}[:：])/,
    )
    .map((p) => normalizeText(p).trim())
    .filter((p) => p !== '');
  const pairs: [string, string][] = [];
  for (const part of parts) {
    const m = part.match(FIELD);
    if (!m) return null;
    pairs.push([m[1]!, m[2]!.trim()]);
  }
  return pairs.length ? pairs : null;
}

export function projectFieldTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const first = b.kind === 'paragraph' ? fieldsOf(b.text) : null;
    if (b.kind !== 'paragraph' || !first || !PROJECT_NAME.test(first[0]![0])) {
      out.push(b);
      continue;
    }
    const rows: TableRow[] = [];
    let j = i;
    for (; j < blocks.length; j++) {
      const p = blocks[j]!;
      if (p.kind !== 'paragraph') break;
      const pairs = fieldsOf(p.text);
      if (!pairs || (j > i && PROJECT_NAME.test(pairs[0]![0]))) break;
      // One row a field: the two-column table the lines flatten.
      for (const [label, value] of pairs) {
        const cells: Cell[] = [
          { ...p.loc, text: label },
          { ...p.loc, text: value.replace(/[;；。]$/, '') },
        ];
        rows.push({ ...p.loc, cells });
      }
    }
    if (rows.length < 3) {
      out.push(b);
      continue;
    }
    out.push({ kind: 'table', table: { ...b.loc, rows } });
    i = j - 1;
  }
  return out;
}

/** "其中:基本支出:521.77": a field line whose figure has no unit. */
const BARE_FIELD =
  /^(?:其中[:：]\s*)?([\u4e00-\u9fa5()（）]{2,20})[:：]\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;
/** How many blocks after a caption its unit still holds for bare field lines. */
const CAPTION_REACH = 20;

/**
 * Field lines of a form whose figures lost their unit ("按支出性质分:648.09" / "其中:基本支出:521.77"
 * under "年度预算申请(万元)"): each takes the unit the nearest caption above declares, so that they are
 * read as amounts like any stated figure. Only labels of known amount fields; without a caption
 * nearby, nothing changes.
 */
export function unitFieldLines(blocks: Block[]): Block[] {
  let unit: { unit: string; at: number } | undefined;
  return blocks.map((b, i) => {
    const texts = b.kind === 'paragraph' ? [b.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text));
    for (const t of texts) {
      const declared = t.length <= 40 ? declaredUnitIn(t) : undefined;
      if (declared) unit = { unit: declared, at: i };
    }
    if (b.kind !== 'paragraph' || !unit || i - unit.at > CAPTION_REACH) return b;
    const m = normalizeText(b.text).trim().match(BARE_FIELD);
    if (!m) return b;
    const label = m[1]!;
    if (!ruleFor(label, topicOf(label) ?? 'general', 'amount')) return b;
    return { ...b, text: `${b.text.trim()}${unit.unit}` };
  });
}

/**
 * A form's funding rows written out as labelled pairs ("年度资金总额：年初预算数452.80　　全年预算数486.72
 * 全年执行数479.30　　执行率98.48%", then "其中：财政拨款：年初预算数398.80　　…"): the table they flatten, a
 * header of the pairs' labels over a row each, so that the form reader reads them as any funding block.
 */
export function fundingPairTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const first = b.kind === 'paragraph' ? fundingPairsOf(b.text) : undefined;
    if (b.kind !== 'paragraph' || !first) {
      out.push(b);
      continue;
    }
    const row = (loc: Location, texts: string[]): TableRow => ({
      ...loc,
      cells: texts.map((text) => ({ ...loc, text })),
    });
    const rows = [row(b.loc, ['资金情况', ...first.labels])];
    let j = i;
    for (; j < blocks.length; j++) {
      const p = blocks[j]!;
      const pairs = p.kind === 'paragraph' ? fundingPairsOf(p.text) : undefined;
      if (p.kind !== 'paragraph' || !pairs) break;
      // A row under the first names its figures by the same labels: each goes under its column.
      rows.push(
        row(p.loc, [pairs.row, ...first.labels.map((l) => pairs.values[pairs.labels.indexOf(l)] ?? '')]),
      );
    }
    out.push({ kind: 'table', table: { ...b.loc, rows } });
    i = j - 1;
  }
  return out;
}

const PAIR = /^([\u4e00-\u9fa5()（）]{2,12}?)(\d[\d,]*(?:\.\d+)?%?)$/;

function fundingPairsOf(text: string): { row: string; labels: string[]; values: string[] } | undefined {
  if (!/[:：]/.test(text)) return undefined;
  const parts = text
    .split(/\s{2,}|\u3000+|\t+/)
    .map((p) => normalizeText(p).trim())
    .filter((p) => p !== '');
  const colon = Math.max(parts[0]?.lastIndexOf(':') ?? -1, parts[0]?.lastIndexOf('：') ?? -1);
  if (parts.length < 2 || colon < 2) return undefined;
  const row = parts[0]!.slice(0, colon);
  if (!fundingRowOf(row)) return undefined;
  const pairs = [parts[0]!.slice(colon + 1), ...parts.slice(1)].map((p) => p.match(PAIR));
  if (!pairs.every((m) => m && COLUMN_OF.has(bareLabel(m[1]!)))) return undefined;
  return { row, labels: pairs.map((m) => m![1]!), values: pairs.map((m) => m![2]!) };
}
