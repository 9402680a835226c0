// A hijacked mirror's copy of a report: a spammer put a casino's keywords where the page named its
// place ("金沙娱乐城_金沙官方网站_金沙app下载财政局"), everywhere but a signature or a source line. The
// keywords are found by their vocabulary and bounded where their copies stop agreeing; they are put
// back as the place the page still names its units with, so that the units read as the original's.

import type { DocumentModel } from '../model/document';
import { mapText } from './normalize';
import { COUNTY_NAME_SET, CITY_NAME_SET, PROVINCE_NAME_SET } from './places';
import { orgAt, unitMentions } from './unit';

/** Words of gambling and app-download spam that no report writes. */
const SPAM_WORD =
  /彩票|娱乐城|娱乐平台|娱乐官网|官方网站|官网入口|官方下载|app下载|棋牌|博彩|真人视讯|赌场|百家乐|体育app|威尼斯人|葡京/gi;

/** A character a spam run is made of: no space, punctuation or table rule. */
const RUN_CHAR = /[\u4e00-\u9fa5A-Za-z0-9_]/;

/**
 * The spam runs of a text: each written at least twice, identical in every copy, and standing for a
 * place before an organisation in one of them at least.
 */
export function spamRuns(text: string): string[] {
  const runs = new Set<string>();
  for (const seed of new Set(text.match(SPAM_WORD) ?? [])) {
    const at: number[] = [];
    for (let i = text.indexOf(seed); i >= 0; i = text.indexOf(seed, i + seed.length)) at.push(i);
    if (at.length < 2) continue;
    let left = 0;
    let right = 0;
    const agree = (offset: number) => {
      const ch = text[at[0]! + offset];
      return ch !== undefined && RUN_CHAR.test(ch) && at.every((i) => text[i + offset] === ch);
    };
    while (left < 30 && agree(-left - 1)) left++;
    while (right < 30 && agree(seed.length + right)) right++;
    const run = trimPlaces(trimUnit(text.slice(at[0]! - left, at[0]! + seed.length + right)));
    // A run too short to be more than a word that a report could write ("官方网站") is left alone.
    if (run.length >= 5 && namesUnits(run, text)) runs.add(run);
  }
  return [...runs];
}

/** Is a run followed by an organisation somewhere ("…app下载财政局")? */
function namesUnits(run: string, text: string): boolean {
  for (let i = text.indexOf(run); i >= 0; i = text.indexOf(run, i + run.length))
    if (orgAt(text.slice(i + run.length, i + run.length + 20))) return true;
  return false;
}

/**
 * A run whose copies all go on with the same unit ("…app下载司法局2021年度…") ends with its last spam
 * word; a character or two after it belong to the spam ("大发彩票网").
 */
function trimUnit(run: string): string {
  const words = [...run.matchAll(SPAM_WORD)];
  const last = words[words.length - 1]!;
  const end = last.index + last[0].length;
  return run.length - end > 2 ? run.slice(0, end) : run;
}

/** A run whose copies all keep the place before it ("北京市大发彩票网") loses that place. */
function trimPlaces(run: string): string {
  for (let len = Math.min(12, run.length - 1); len >= 2; len--) {
    const head = run.slice(0, len);
    if (PROVINCE_NAME_SET.has(head) || CITY_NAME_SET.has(head) || COUNTY_NAME_SET.has(head))
      return trimPlaces(run.slice(len));
  }
  return run;
}

/**
 * The place a spam run stands for: the place of a unit the page still names whose organisation
 * follows the run ("湖州市财政局" for "…下载财政局"), else the place the page names its units with most.
 */
function placeOf(run: string, text: string): string | undefined {
  const mentions = unitMentions(text);
  if (mentions.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (let i = text.indexOf(run); i >= 0; i = text.indexOf(run, i + run.length)) {
    const after = text.slice(i + run.length, i + run.length + 16);
    for (const m of mentions)
      if (after.startsWith(m.org)) counts.set(m.place, (counts.get(m.place) ?? 0) + 10);
  }
  for (const m of mentions) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The document with each spam run replaced by the place it stands for, where the page names one. */
export function withoutSpamPlaces(doc: DocumentModel): DocumentModel {
  const text = doc.blocks
    .flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text)),
    )
    .join('\n');
  const runs = spamRuns(text);
  if (runs.length === 0) return doc;
  const places = runs.flatMap((run) => {
    const place = placeOf(run, text);
    return place ? [[run, place] as const] : [];
  });
  if (places.length === 0) return doc;
  return mapText(doc, (t) => places.reduce((s, [run, place]) => s.split(run).join(place), t));
}
