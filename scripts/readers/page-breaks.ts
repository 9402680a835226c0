// Breaks a copy put inside what is one line of the report. A page number left alone between the two
// halves of a sentence that a page break cut ("…具体补" / "1" / "助安排如下：…"), as copies of Word and PDF documents
// carry them: the number is dropped and the sentence joined, so that it is not read as a table of two
// cells, nor its halves as two sentences.

/** A line that is only a page's number: "1", "- 2 -", "第3页", "3/12". */
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,3}\s*(页)?\s*([/／共]\s*\d{1,3}\s*页?)?[-—–－\s]*$/;
/** A sentence cut before its end: prose of some length ending in a character, no stop or colon. */
const CUT_SENTENCE = /[\u4e00-\u9fa5，,、（(]$/;
/** The rest of it: prose going on in characters, not a heading, a number or a table's cell. */
const SENTENCE_GOES_ON = /^[\u4e00-\u9fa5][^\t|]*[，,。；;]/;

export function joinAcrossPageNumbers(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!PAGE_NUMBER.test(lines[i]!) || lines[i]!.trim() === '') {
      out.push(lines[i]!);
      continue;
    }
    // The sentence before (blank lines between) and the line after that goes on with it.
    let before = out.length - 1;
    while (before >= 0 && out[before]!.trim() === '') before--;
    let after = i + 1;
    while (after < lines.length && lines[after]!.trim() === '') after++;
    const head = before >= 0 ? out[before]!.trimEnd() : '';
    const tail = lines[after]?.trim() ?? '';
    if (head.length >= 20 && CUT_SENTENCE.test(head) && SENTENCE_GOES_ON.test(tail)) {
      out.length = before;
      out.push(head + tail);
      i = after;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

/** A row of pipe cells, and one that holds a single figure ("| 5 |", "| 4.5 ||"). */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const LONE_FIGURE_ROW = /^\s*\|\s*-?\d+(?:\.\d+)?%?\s*\|+\s*$/;

/**
 * A table flattened into pipe rows whose rows wrapped before their last cell ("| 部门决策(20分) |
 * 目标任务(10分) | 相关性(5分) |" / "| 5 |"): the lone figure is the end of the row above. Only where the
 * table does it twice or more, so that a one-cell row of its own stays one.
 */
export function joinWrappedPipeRows(lines: string[]): string[] {
  const wraps = lines.filter(
    (l, i) =>
      LONE_FIGURE_ROW.test(l) &&
      i > 0 &&
      PIPE_ROW.test(lines[i - 1]!) &&
      !LONE_FIGURE_ROW.test(lines[i - 1]!),
  ).length;
  // Where empty cells stand as bare "|" lines, rows broke at every cell, and "| 8 |" opens the next
  // row (its label empty, its 行次 8): rebuilt to the header's width later (broken-rows.ts).
  const bare = lines.filter((l) => /^\s*[|｜]\s*$/.test(l)).length;
  if (wraps < 2 || bare >= wraps) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      LONE_FIGURE_ROW.test(line) &&
      PIPE_ROW.test(prev) &&
      !LONE_FIGURE_ROW.test(prev)
    )
      out[out.length - 1] = `${prev.trimEnd().replace(/\|+$/, '|')} ${line
        .trim()
        .replace(/^\|\s*/, '')
        .replace(/\|+$/, '|')}`;
    else out.push(line);
  }
  return out;
}

/** A document site's preview chunk: its number, then text of some length ("2、.50 资金节约率 2.50 …"). */
const PREVIEW_CHUNK = /^(\d{1,3})、(.{150,})$/;
/** A sentence's end: a chunk that ends so was cut at a sentence, nothing to join. */
const SENTENCE_END = /[。；;！!？?…」』”’）)】]$/;

/**
 * A document site shows a file as numbered chunks of its text ("1、…", "2、…", "3、…"), each cut
 * wherever the chunk ran out, inside a word or a figure ("… 2" / "2、.50 …"), with blank lines between
 * them or none. Three chunks or more numbered from 1 on are one text: each one not cut at a sentence's
 * end goes on in the next.
 */
export function joinPreviewChunks(lines: string[]): string[] {
  const chunks: number[] = [];
  lines.forEach((l, i) => {
    const m = l.trim().match(PREVIEW_CHUNK);
    if (m && Number(m[1]) === chunks.length + 1) chunks.push(i);
  });
  if (chunks.length < 3) return lines;
  // Only chunks with nothing but blank lines between them (or none: one chunk a line), the first numbered 1.
  const between = (a: number, b: number) => b > a && lines.slice(a + 1, b).every((l) => l.trim() === '');
  if (!chunks.every((at, k) => k === 0 || between(chunks[k - 1]!, at))) return lines;
  if (chunks.slice(0, -1).every((at) => SENTENCE_END.test(lines[at]!.trim()))) return lines;
  const out = lines.slice(0, chunks[0]);
  let text = lines[chunks[0]!]!.trim().replace(/^1、/, '');
  for (const at of chunks.slice(1)) {
    const next = lines[at]!.trim().replace(/^\d{1,3}、/, '');
    if (SENTENCE_END.test(text)) {
      out.push(text, '');
      text = next;
    } else text += next;
  }
  out.push(text, ...lines.slice(chunks[chunks.length - 1]! + 1));
  return out;
}
