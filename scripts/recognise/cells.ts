// The document as one stream of cells, whatever the format flattened its tables into. Readers keep
// real tables where the format has them; a text or web excerpt often carries a form as lines instead:
// one cell per line ending in " |" (with filler lines of "|" for empty cells), cells separated by
// blank lines or no-break-space lines, a row on one line split by single spaces or pipes, rows
// padded with "||||". The form reader (forms.ts) fits this stream to the forms it knows, so a new
// flattening style needs a change here only.

import type { Block, Location } from '../model/document';
import { normalizeLabel, normalizeText } from './normalize';
import { FORM_FIELDS, FORM_LABEL_WORDS, KNOWN_LABELS, labelWord } from './forms-data';
import {
  FIGURE_GAP,
  joinWrappedLabels,
  gluedFormHead,
  labelAcross,
  opensWithRow,
  splitGlued,
  splitGluedEnds,
} from './glued';
import { parseCellNumber } from './numbers';
import { joinSplitColumnWords, pairLabelRuns, rowsFromColumns } from './label-runs';

export const FORM_FIELD_LABELS = new Set(FORM_FIELDS.flatMap((f) => f.aliases).map(labelWord));
const FIELD_ENDS = new Set(FORM_LABEL_WORDS.map(labelWord));

export interface StreamCell {
  /** The cell as written (for provenance). */
  raw: string;
  /** Normalised text. */
  text: string;
  /** Normalised label: no white space, no trailing colon. */
  label: string;
  loc: Location;
}

/** A figure cell: a number, maybe with a unit or % sign. */
export function cellFigure(c: StreamCell | undefined) {
  return c ? parseCellNumber(c.text) : undefined;
}

/** A cell that holds a value slot of a form row: a figure, an empty cell, a dash / slash placeholder or a mask. */
export function isValueCell(c: StreamCell | undefined): boolean {
  if (!c) return false;
  // A site's mask ("***") hides a value: an empty cell.
  return c.label === '' || /^[-—–/\\／无*＊]+$/.test(c.label) || cellFigure(c) !== undefined;
}

function cell(raw: string, loc: Location): StreamCell {
  return { raw, text: normalizeText(raw), label: normalizeLabel(raw), loc };
}

const PIPE_ONLY = /^[\s|｜\u00a0]*$/;
const NUMBERISH = /^[-+]?\d[\d,.]*%?$/;

/**
 * Split one line of text into cells: pipes and tabs always separate; single spaces separate only
 * in a line that looks like a table row (several space-separated pieces, figures among them).
 */
export function lineCells(line: string): string[] {
  const cells = cellsAsWritten(line);
  return cells.length >= 4 ? joinSplitColumnWords(cells) : cells;
}

function cellsAsWritten(line: string): string[] {
  // A bracket's words stay together: "(20 分)" is one note, not two cells.
  const t = line.replace(/\u00a0/g, ' ').replace(/[(（][^()（）|]{0,16}[)）]/g, (m) => m.replace(/\s+/g, ''));
  if (/[|｜\t]/.test(t)) {
    const parts = t.split(/[|｜\t]/).map((p) => p.trim());
    // "a |" → ["a", ""]: the trailing separator closes the cell, it does not open an empty one.
    while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    while (parts.length > 1 && parts[0] === '') parts.shift();
    return parts.flatMap((p) => (p === '' ? [''] : spaced(p)));
  }
  // Columns aligned with runs of spaces ("政府采购支出总额          36.90"): the runs part the cells.
  const aligned = t.trim().split(/\s{2,}/);
  if (aligned.length >= 2 && aligned.some((p) => /^-?[\d,]+\.\d+%?$/.test(p))) return aligned;
  // A form's fields set apart the same way ("专项(项目)名称  X项目 负责人及电话  谭明远"): a field's
  // label after a single space starts a cell of its own too.
  if (aligned.length >= 2 && FORM_FIELD_LABELS.has(labelWord(aligned[0]!)))
    return aligned.flatMap(labelAfterSpace);
  return titledField(spaced(t.trim()));
}

/** "…绩效目标表项目名称": a form's title run into its first field's label, cut apart. */
function titledField(cells: string[]): string[] {
  if (cells.length !== 1) return cells;
  const m = cells[0]!.match(/^(.{4,}表)([\u4e00-\u9fa5()（）]{4,12})$/);
  return m && FORM_FIELD_LABELS.has(labelWord(m[2]!)) ? [m[1]!, m[2]!] : cells;
}

/** "X项目 负责人及电话": a value and, after one space, the next field's label, as two cells. */
function labelAfterSpace(part: string): string[] {
  const at = part.lastIndexOf(' ');
  const label = at > 0 ? part.slice(at + 1) : '';
  return label && FIELD_ENDS.has(labelWord(label)) ? [part.slice(0, at), label] : [part];
}

const FIELD_PIECE = /^[\u4e00-\u9fa5()（）]{2,12}[:：]/;

/** Pieces of a fields line: each "label:value" piece with the pieces after it up to the next label. */
function fieldPieces(pieces: string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    if (FIELD_PIECE.test(p) || !out.length) out.push(p);
    else out[out.length - 1] += p;
  }
  return out;
}

/** A unit written after a figure ("441.07 万元", "2016 年"): prose with spaces, not a row of cells. */
export const UNIT_WORD =
  /^(万元|元|亿元|千元|年|年度|月|日|个|人|次|分|%|％|项|家|名|户|亩|公里)([,，。;；、:：)）].*)?$/;
const PROSE_MARK = /[。，；：,;:、]/;

function spaced(t: string): string[] {
  // A bracket on its own belongs to the word before it: "实施单位 (盖章)", "年度预算数 (万元)".
  const pieces = t
    // A year or a date written apart ("2020 年市级…", "2021 年 4 月 16 日") is one word.
    .replace(
      /(?<![\d.,])(\d{4}) +年(?!度)(?: *(\d{1,2}) +月(?: *(\d{1,2}) +日)?)?/g,
      (_, y, m, d) => `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`,
    )
    .split(/\s+/)
    .filter((p) => p !== '')
    .reduce<string[]>((acc, p) => {
      if (acc.length && /^[(（][^()（）]{1,10}[)）]$/.test(p) && !/\d$/.test(acc[acc.length - 1]!))
        acc[acc.length - 1] += p;
      // So does a percentage's sign set apart from its figure ("97.09 %"): one cell, not two.
      else if (acc.length && /^[%％]$/.test(p) && /\d$/.test(acc[acc.length - 1]!)) acc[acc.length - 1] += p;
      else acc.push(p);
      return acc;
    }, []);
  if (pieces.length < 2) return [t];
  // A page written on one line (a PDF's text layer): its tables and its prose are told apart run by
  // run (lineRuns), not for the line as a whole.
  if (pieces.length >= 40 && pieces.filter(isFigurePiece).length >= 8) return pagePieces(pieces);
  // "项目名称:X 主管部门:Y 实施单位:Z": form fields side by side.
  if (pieces.filter((p) => FIELD_PIECE.test(p)).length >= 2 && FIELD_PIECE.test(pieces[0]!))
    return fieldPieces(pieces);
  // A line of the forms' own words ("预算数（A） 执行数（B） 执行率", "项目名称 X 主管部门 Y"): a
  // whole form on one line holds many; a sentence of a PDF's prose may hold two.
  const known = pieces.filter((p) => KNOWN_LABELS.has(labelWord(p))).length;
  if (known >= 3) return yearsJoined(pieces);
  if (pieces.some((p, i) => i > 0 && UNIT_WORD.test(p) && /\d$/.test(pieces[i - 1]!))) return [t];
  // "XX单位 2021 年度整体支出绩效自评报告": a year written apart from its 年 is a title's, not a cell.
  if (pieces.some((p, i) => i > 0 && /^年/.test(p) && /(^|[^\d.,])(19|20)\d{2}$/.test(pieces[i - 1]!)))
    return [t];
  if (pieces.some((p) => prose(p) || /[。]$/.test(p))) return [t];
  if (known >= 2) return pieces;
  // "项目名称 X": a form's field and its value.
  if (pieces.length === 2 && FORM_FIELD_LABELS.has(labelWord(pieces[0]!))) return pieces;
  const figures = pieces.filter(isFigurePiece).length;
  // Prose with a stray space, or a PDF's letter-spaced words ("投 入"), is not a row.
  const longWords = pieces.filter((p) => p.length >= 2).length;
  if (figures >= 2 || (figures >= 1 && longWords >= 2 && pieces.length >= 3)) return spacedLabel(pieces);
  return [t];
}

/** A piece opening with 年度 after one ending in a year ("2016" / "年度城区…"): one word written apart. */
const goesOnYear = (before: string, p: string): boolean =>
  /^年度/.test(p) && /(^|[^\d.,])(19|20)\d{2}$/.test(before);

/** A year written apart from its 年度 ("项目名称 2016 年度城区河道管护经费") is one word with it. */
function yearsJoined(pieces: string[]): string[] {
  return pieces.reduce<string[]>((out, p) => {
    if (goesOnYear(out[out.length - 1] ?? '', p)) out[out.length - 1] += p;
    else out.push(p);
    return out;
  }, []);
}

/** "合 计 412.36 18.4 …": a row whose label is letter-spaced, its characters one word again. */
function spacedLabel(pieces: string[]): string[] {
  let n = 0;
  while (n < pieces.length && LONE_CHARACTER.test(pieces[n]!)) n++;
  return n >= 2 ? [pieces.slice(0, n).join(''), ...pieces.slice(n)] : pieces;
}

/** A CJK character standing alone: a letter-spaced word's ("合 计", "收 入 总 计"). */
const LONE_CHARACTER = /^[\u4e00-\u9fa5]$/;
/** A statement's subject code (201, 20101, 2010101), which opens its row. */
const SUBJECT_CODE = /^\d{3,7}$/;

/**
 * The pieces of a page written on one line, as the words it was written in: a year and its 年度 are
 * one ("2019 年度决算"), and so are a letter-spaced word's characters ("合 计"); a page's mark
 * ("- 3 -") is no piece. In a statement coded by subject (科目编码), the code that opens a row is
 * left out: it would read as one more figure of the row before it.
 */
function pagePieces(pieces: string[]): string[] {
  const coded = pieces.some((p) => labelWord(p) === '科目编码');
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const last = out[out.length - 1] ?? '';
    if (p === '-' && /^\d{1,3}$/.test(pieces[i + 1] ?? '') && pieces[i + 2] === '-') i += 2;
    else if (goesOnYear(last, p)) out[out.length - 1] += p;
    else if (
      LONE_CHARACTER.test(p) &&
      LONE_CHARACTER.test(pieces[i - 1] ?? '') &&
      LONE_CHARACTER.test(last.slice(-1))
    )
      out[out.length - 1] += p;
    else if (coded && SUBJECT_CODE.test(p) && /\.\d+$/.test(last) && !isFigurePiece(pieces[i + 1] ?? '0'))
      continue;
    else out.push(p);
  }
  return out;
}

function isFigurePiece(p: string): boolean {
  // A figure OCR wrote with letters ("IOO", "9l.6") is one too.
  return NUMBERISH.test(p.replace(/[%％分]$/, '')) || (/[OoIl]/.test(p) && NUMBERISH.test(normalizeText(p)));
}

/**
 * Punctuation inside a piece marks prose, but not a numbering ("一、"), a thousands comma, or the
 * colon of a field ("自评得分:94.5分").
 */
function prose(p: string): boolean {
  return PROSE_MARK.test(
    p
      .replace(FIELD_PIECE, '')
      .replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.]/, '')
      .replace(/(?<=\d),(?=\d{3})/g, '')
      .slice(0, -1),
  );
}

const HEADING =
  /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)/;
const SENTENCE_PIECE = (p: string): boolean =>
  /[\u4e00-\u9fa5\d%][，,。；;][\u4e00-\u9fa5]/.test(p) || (p.length >= 4 && /。$/.test(p));
/** A table's caption opening a table again after prose: "…决算表" followed by its 单位 line. */
const TABLE_CAPTION = /^\S{4,}表$/;
/** What may stand between a statement's caption and its 单位 line: the unit it is the statement of. */
const STATEMENT_OF = /^(?:(?:部门|单位)名称|编制单位|填报单位)[:：]/;

/** Whether a page's cells hold a table's caption with its 单位 line (a statement, not a form's row). */
export function holdsCaptionedTable(cells: string[]): boolean {
  return cells.some((c, i) => TABLE_CAPTION.test(c) && captionsTable(cells, i));
}

function captionsTable(cells: string[], at: number): boolean {
  const next = STATEMENT_OF.test(cells[at + 1] ?? '') ? at + 2 : at + 1;
  return /^单位[:：]/.test(cells[next] ?? '');
}

/**
 * A PDF page written on one line holds tables and prose one after the other. Its pieces are cut
 * into runs: a sentence starts a prose run (from the section heading just before it), and a
 * table's caption with its 单位 line starts a table again. Each run is read as what it is.
 */
export function lineRuns(cells: string[]): { prose: boolean; cells: string[] }[] {
  if (cells.length < 8 || cells.filter(SENTENCE_PIECE).length < 2) return [{ prose: false, cells }];
  const runs: { prose: boolean; cells: string[] }[] = [{ prose: false, cells: [] }];
  for (let i = 0; i < cells.length; i++) {
    const run = runs[runs.length - 1]!;
    const c = cells[i]!;
    if (!run.prose && SENTENCE_PIECE(c)) {
      // The sentence began at the heading before it, or a few pieces back if there is none.
      const back = run.cells.slice(-12);
      const h = back.map((p) => HEADING.test(p)).lastIndexOf(true);
      const from = h >= 0 ? back.length - h : Math.min(back.length, 4);
      runs.push({ prose: true, cells: [...run.cells.splice(run.cells.length - from), c] });
    } else if (run.prose && TABLE_CAPTION.test(c) && captionsTable(cells, i)) {
      runs.push({ prose: false, cells: [c] });
    } else run.cells.push(c);
  }
  return runs.filter((r) => r.cells.length);
}

/**
 * Where a form's title and its first field run on from what came before ("…财务负责人:王芳部门预算项目支出
 * 绩效自评表(2021年度)项目名称…", forms glued one after another), each form is a piece of its own. Not
 * after a figure: "总分10092.22项目支出…" is cut by the figures' own reading.
 */
const FORM_RUNS_ON = /(?<=[^\d.%])(?=(?:部门预算)?项目支出绩效自评表[(（]\d{4}年度?[)）]项目名称)/;

/** A form's score or head field glued to its value at a piece's start, after a chunk's number. */
const FIELD_OPENING =
  /^(?:\d{1,2}[、.．])?\s*(?:自评总分|自评得分|项目名称|主管部门|年度资金总额)\s*[:：]?\s*[\d\u4e00-\u9fa5]/;

/** A long piece with several of the forms' words glued in it is cut at them (glued.ts). */
function unglued(piece: string): string[] {
  // Most pieces hold neither a total nor a leading figure: no need to look closer.
  const ends = /合计|总分|^\s*\d/.test(piece)
    ? splitGluedEnds(normalizeText(piece).replace(/\s+/g, ''))
    : undefined;
  if (ends) return ends.flatMap((p) => (p.length >= 16 ? unglued(p) : [p]));
  if (piece.length < 16 && !opensWithRow(piece)) return [piece];
  const forms = piece.split(FORM_RUNS_ON);
  if (forms.length > 1) return forms.flatMap(unglued);
  // Prose, with a sentence mark every few words, is not a form glued together; a piece that opens with a
  // form's field glued to its value ("4、自评总分93自评等级优…存在问题…,…。"), a preview chunk's number
  // before it, is one whose closing fields hold sentences.
  const marks = piece.match(/[，,。；;]/g)?.length ?? 0;
  if (
    marks >= 3 &&
    marks * 40 >= piece.length &&
    !FIELD_OPENING.test(normalizeText(piece)) &&
    !gluedFormHead(normalizeText(piece))
  )
    return [piece];
  // Figures parted by spaces keep a mark between them, so that they come out as cells of their own.
  const text = normalizeText(piece)
    .replace(/(?<=[\d%])\s+(?=[\d/])/g, FIGURE_GAP)
    .replace(/\s+/g, '');
  return splitGlued(text)?.map((p) => p.replaceAll(FIGURE_GAP, ' ')) ?? [piece];
}

/** The cells of every block in reading order. */
export function cellStream(blocks: Block[]): StreamCell[] {
  const out: StreamCell[] = [];
  for (const b of joinWrappedLabels(blocks)) {
    if (b.kind === 'paragraph') {
      const lines = b.text.split('\n');
      lines.forEach((line, i) => {
        const loc = { ...b.loc, line: b.loc.line + i };
        if (line.trim() === '' || /^\u00a0+$/.test(line)) return;
        // A filler line of pipes stands for one empty cell of the row being flattened.
        if (PIPE_ONLY.test(line)) {
          out.push(cell('', loc));
          return;
        }
        for (const piece of lineCells(line)) for (const part of unglued(piece)) out.push(cell(part, loc));
      });
      continue;
    }
    for (const [r, row] of b.table.rows.entries()) {
      let previous: string | undefined;
      const rowStart = out.length;
      let opening = r > 0;
      for (const c of row.cells) {
        const t = c.text.trim();
        // A line of a wrapped form taken for a row: a word of the forms cut at its end ("…得分 | 年" /
        // "度资金总额 | 16.00", with or without empty cells before it) is one cell again.
        const last = out[rowStart - 1];
        if (opening && t !== '' && last && labelAcross(last.raw, t)) {
          out.splice(rowStart - 1, out.length, cell(last.raw + t, last.loc));
          previous = last.raw + t;
          opening = false;
          continue;
        }
        if (t !== '') opening = false;
        // A merged cell repeats its text over the grid positions it covers; the stream wants it once.
        if (t !== '' && t === previous && parseCellNumber(normalizeText(t)) === undefined) continue;
        previous = t;
        const whole = t.includes('\n') ? t.replace(/\s*\n\s*/g, '') : t;
        for (const part of unglued(whole))
          out.push(cell(part, { line: c.line, page: c.page, sheet: c.sheet }));
      }
    }
  }
  return rowsFromColumns(pairLabelRuns(out));
}
