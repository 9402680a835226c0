// Prose as passages and sentences: paragraphs that a line end broke in the middle of a sentence are
// joined first, so that a figure split from its unit by a line break is read whole; every sentence
// keeps where its text came from, for provenance.

import type { Block, Location } from '../model/document';
import type { SourceRef } from '../model/record';
import { FIELD_LABEL } from './field-lines';
import { normalizeText } from './normalize';

export interface Passage {
  text: string;
  /** Where each joined paragraph starts in `text`, and its source location. */
  parts: { offset: number; loc: Location }[];
}

const SENTENCE_END = /[。！？!?:：]$/;
/**
 * A clause ended by a semicolon at a line's end: the sentence goes on when the line is as long as a
 * page's wrapped line ("…执行率100%；" / "光伏电站运维支出30.1万元…"), not a list's short item.
 */
const CLAUSE_END = /[;；]$/;
const WRAPPED_LINE = 24;
/** Prose runs far shorter than this; a longer run (a data dump) is not joined further. */
const MAX_PASSAGE = 4000;
/** A title or heading ends like this (a bundle's part headings: "…自评报告 篇3", "…报告2"); the next line starts something new. */
const TITLE_END = /(报告|表|说明|情况|概况|目录|摘要|综述|[)）]|篇\s*\d{1,2}|报告\d{1,2})$/;
const HEADING_START =
  /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+部分)/;

/** A form's field line, "自评等级：优", "在职人数：25人": a statement of its own, never a wrapped tail. */
const FIELD_LINE = new RegExp(`${FIELD_LABEL.source}\\S`);

/** Join paragraphs that a line end broke in the middle of a sentence. */
export function passages(blocks: Block[]): Passage[] {
  const out: Passage[] = [];
  let current: Passage | undefined;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') {
      current = undefined;
      continue;
    }
    const text = normalizeText(b.text);
    if (!text) continue;
    const prev = current?.text ?? '';
    const join =
      current !== undefined &&
      current.text.length < MAX_PASSAGE &&
      !SENTENCE_END.test(prev) &&
      !(CLAUSE_END.test(prev) && current.text.slice(current.parts.at(-1)!.offset).length < WRAPPED_LINE) &&
      !TITLE_END.test(prev) &&
      // A numbered heading without a sentence mark is a line of its own ("（一）X项目绩效自评综述").
      !(HEADING_START.test(prev) && !/[，,。；;:：]|\d$/.test(prev) && prev.length <= 40) &&
      !HEADING_START.test(text) &&
      !FIELD_LINE.test(text) &&
      (prev.length > 20 || /\d$/.test(prev) || text.length <= 6);
    if (join && current) {
      current.parts.push({ offset: current.text.length, loc: b.loc });
      current.text += text;
    } else {
      current = { text, parts: [{ offset: 0, loc: b.loc }] };
      out.push(current);
    }
  }
  return out.flatMap(splitItems);
}

/**
 * Where a paragraph that holds several numbered items or sections runs them together (a whole report
 * on one line, as document mirrors serve it; "…自评得分97分；2.X项目：…"), the next item starts: after a
 * sentence or clause end, after a section's heading glued to its first item ("三、资金使用情况（一）X："), or,
 * for the first item, after the colon that announces them.
 */
const ITEM_START = new RegExp(
  String.raw`(?<=[。；;])\s*(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[二三四五六七八九十]{1,2}是)` +
    String.raw`|(?<=(?:^|[。；;])\s*[一二三四五六七八九十]{1,3}、[^。，,；;:：()（）]{2,24})(?=[(（]一[)）]|1[、.．](?!\d))` +
    // The first of the items after the colon that announces them ("…开展了绩效自评:1.X:…").
    // Or a list of projects, each named before its budget ("重点项目: 1、X工程,预算860万元,…").
    String.raw`|(?<=[:：])\s*(?=1[.、．](?!\d)[^:：。]{2,30}[:：]|1[.、．](?!\d)[^:：。,，]{2,30}[,，](?:项目)?(?:年初|全年|调整后)?预算|[(（]一[)）][^:：。]{2,30}[。:：]|一是[^:：。,，]{2,30}[,，])`,
  'g',
);

/** What every cut ITEM_START makes stands next to: an item's number after a mark, or a section's numeral. */
const ITEM_MARK = /[。；;:：]\s*(?:[一二三四五六七八九十(（\d])|[一二三四五六七八九十]{1,3}、/;

/** A passage cut where its numbered items start, each piece keeping the locations it came from. */
function splitItems(p: Passage): Passage[] {
  // Most passages hold no item number after a sentence's or a list's opening mark: no need to look closer.
  if (!ITEM_MARK.test(p.text)) return [p];
  const cuts = [...p.text.matchAll(ITEM_START)].map((m) => m.index!).filter((at) => at > 0);
  if (!cuts.length) return [p];
  return [0, ...cuts].map((start, i) => {
    const end = cuts[i] ?? p.text.length;
    const parts = p.parts
      .filter((part, k) => part.offset < end && (p.parts[k + 1]?.offset ?? Infinity) > start)
      .map((part) => ({ offset: Math.max(0, part.offset - start), loc: part.loc }));
    return { text: p.text.slice(start, end), parts };
  });
}

export function locationAt(p: Passage, offset: number): Location {
  let loc = p.parts[0]!.loc;
  for (const part of p.parts) if (part.offset <= offset) loc = part.loc;
  return loc;
}

export interface Sentence {
  text: string;
  passage: Passage;
  offset: number;
}

export function sentencesOf(p: Passage): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?]+[。！？!?]?/g;
  for (const m of p.text.matchAll(re)) {
    if (m[0].trim()) out.push({ text: m[0], passage: p, offset: m.index });
  }
  return out;
}

export function sentenceSource(s: Sentence, at: number, unit?: string): SourceRef {
  const loc = locationAt(s.passage, s.offset + at);
  const ref: SourceRef = { ...loc, text: s.text.trim() };
  if (unit) ref.unit = unit;
  return ref;
}
