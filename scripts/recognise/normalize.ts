// Text normalisation for recognition: NFKC (full-width digits and punctuation to ASCII), the
// traditional characters that web pages sometimes carry for this vocabulary, and removal of the
// spaces that PDF and Word exports scatter through Chinese text ("2021 年度", "投  入").

import * as OpenCC from 'opencc-js';
import type { DocumentModel } from '../model/document';

// Traditional characters of this vocabulary → simplified (web pages sometimes carry them). 於 is
// left out: simplified place names keep it (於潜镇); a document in traditional script is converted whole.
const TRADITIONAL = new Map<string, string>(
  [
    ...'預執經費萬決項績實際單區縣財務總評價額數計劃資產構門辦員編製職離將與為這個會對開關發進達標結餘轉庫購採車運護維國業應當億級導設備質滿優較條歸層廳衛體農監獲專節約報據圍廣東稅險規範況狀籌類間師場紀幣讓醫學園環勞錄處號權準舉讀認識議輛營儀電賬帳貸銀錢鄉鎮藥療檢驗測養隊協術創審調態勢蓋絡統黨團聯網響戶書記檔機組織館藝罰轄屬儲貨賦徵繳還補貼獎勵擴築線軍灣時們來過後現濟長韓鐵輸續傳歲圓確齊證擔雜陽陰雲龍興寧華義習鳳橋慶蘇貴遼廈臺邊嶺潔',
  ].map((ch, i) => [
    ch,
    '预执经费万决项绩实际单区县财务总评价额数计划资产构门办员编制职离将与为这个会对开关发进达标结余转库购采车运护维国业应当亿级导设备质满优较条归层厅卫体农监获专节约报据围广东税险规范况状筹类间师场纪币让医学园环劳录处号权准举读认识议辆营仪电账帐贷银钱乡镇药疗检验测养队协术创审调态势盖络统党团联网响户书记档机组织馆艺罚辖属储货赋征缴还补贴奖励扩筑线军湾时们来过后现济长韩铁输续传岁圆确齐证担杂阳阴云龙兴宁华义习凤桥庆苏贵辽厦台边岭洁'[
      i
    ]!,
  ]),
);
const TRADITIONAL_RE = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`, 'g');
// The same characters as a table by code: scanning with it is several times faster than with the
// class above, and most texts hold none of them.
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of TRADITIONAL.keys()) IS_TRADITIONAL[ch.charCodeAt(0)] = 1;

/** How many of the table's traditional characters `s` holds, counted up to `limit`. */
function traditionalCount(s: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < limit; i++) n += IS_TRADITIONAL[s.charCodeAt(i)]!;
  return n;
}

/** `s` with the table's traditional characters made simplified. */
function simplifiedChars(s: string): string {
  return traditionalCount(s, 1) ? s.replace(TRADITIONAL_RE, (ch) => TRADITIONAL.get(ch) ?? ch) : s;
}

/**
 * The same cell or line is normalised by several recognisers; a bounded memo keeps that cheap
 * (normalisation was a third of the extraction time).
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** NFKC, traditional → simplified for the report vocabulary, spaces next to CJK removed. */
export function normalizeText(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(s);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, out);
  return out;
}

/**
 * Damage that converters and OCR leave in report text, repaired before anything is read: pinyin a
 * converter inserted after a character ("政務(wù)"), and OCR misreadings of the report vocabulary.
 */
const PINYIN_AFTER_HANZI = /(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;
const OCR_WORDS = new Map([
  ['万兀', '万元'],
  ['万尤', '万元'],
  ['总頟', '总额'],
  ['预匏', '预算'],
  ['预箅', '预算'],
  ['执仃', '执行'],
  // 行 read as two characters.
  ['彳亍', '行'],
  ['决箅', '决算'],
]);
const OCR_WORD_RE = new RegExp([...OCR_WORDS.keys()].join('|'), 'g');
/** A form's column mark whose closing bracket OCR read as 1 or l: "执行率(B/A1得分" is "(B/A)". */
const OCR_COLUMN_MARK = /\(([A-Z](?:\/[A-Z])?)[1l](?=[\u4e00-\u9fa5])/g;
/** A figure OCR read with letters for digits ("IO万元", "l2.5%"): O/o for 0, I/l for 1. */
// Or a score's maximum after 总分 ("总分 IOO 9l.6"), or in a cell of its own, letters only.
const OCR_FIGURE =
  /(?<=(?:总分|得分|分值)\s{0,2})[Il1][Oo0]{2}(?![A-Za-z])|^[Il][Oo]{2}$|(?<![A-Za-z])(?=[\dOoIl.]*\d|[OoIl]+(?=\s?(?:万元|元|%)))[\dOoIl][\dOoIl.,]*(?![A-Za-z])/g;

/**
 * A figure a PDF wrote with thin spaces between its thousands ("1 046.18 万元", "3 860 人次", "3 726
 * 415.80 元", "4,986 215.09元" with a comma among them), before its unit or its line's end; not a
 * percentage, where "100 96.5%" is two cells.
 */
const GROUPS = String.raw`\d{1,3}(?:[ \u2009\u00a0,]\d{3})*[ \u2009\u00a0]\d{3}(?:[ \u2009\u00a0,]\d{3})*`;
const SPACE_GROUPED = new RegExp(
  String.raw`(?<![\d.,])${GROUPS}(?:\.\d+)?(?=\s*(?:万元|元|亿元|人|名|个|次|亩|户|平方米|公里))|(?<![\d.,])${GROUPS}\.\d+$`,
  'g',
);

/**
 * Thousands separators in the wrong place: inside a percentage ("1,00.00%", "9,6.5%") or before four
 * or more digits ("1,2345.67万元"). A well-placed one ("1,234.56") stays.
 */
const MISPLACED_SEPARATOR = /(\d)[,，](?=\d{1,2}(?:\.\d+)?%|\d{4,}(?:\.\d+)?(?:万元|元|%))/g;

/**
 * A full stop a PDF or converter wrote as "." after a word ("支出情况. 2018年…", "万元.2017年…"): a
 * decimal point has a digit before it, "一." numbers a heading and ".pdf" ends a file name.
 */
const HALF_WIDTH_STOP = /(?<=[\u4e00-\u9fa5])(?<![一二三四五六七八九十])\.(?![.A-Za-z])/g;

/**
 * "2015-总收入", "本-决算数": a mirror site's converter wrote 年 as a dash. A date's dash has digits
 * after it, and no dash stands between these words and the next in plain text.
 */
const YEAR_DASH = /((?:19|20)\d{2}|本|上|当|全|今|去)-(?=[\u4e00-\u9fa5])/g;

/** A figure a PDF wrapped after its decimal point ("140. 4万元", "使用率93. 5%"). */
const WRAPPED_DECIMAL = /(\d)\.\s+(\d+)(?=\s*(?:亿元|万元|元|万|%|分))/g;
/** A decimal point a converter typed as 、 ("86、50萬元", "96、69%"); not a list of figures ("1、2、3万元"). */
const ENUMERATION_DECIMAL = /(?<![\d、])(\d+)、(\d{1,2})(?![\d、])(?=\s*(?:亿元|万元|元|万|%))/g;
/** An amount of funds written "126万", 元 left out ("项目批复资金126万已全部到位"); not "3.2万人次". */
const BARE_WAN =
  /(?<=(?:资金|经费|预算|支出|拨付|下达|到位|安排)[^,，。;；\d]{0,6}\d[\d,]*(?:\.\d+)?)万(?=[已全均,，。;；、)）]|$)/g;
/** A full stop after a percentage that OCR read as a letter ("使用率100%o主要用于…"). */
const PERCENT_STOP = /(?<=\d%)o(?=[\u4e00-\u9fa5]|\s|$)/g;

/** A document viewer's page marker dropped into the text ("118.32万 第15页,共42页 元"). */
const PAGE_MARKER = /\s*第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页\s*/g;

/** A PDF's page number between dashes ("— 8 —"), left wherever the page broke, even mid-sentence. */
// Or between hyphens set apart by spaces (" - 2 - "), as a PDF archive writes it.
const DASHED_PAGE_NUMBER = /(?:\s*[—–]\s*\d{1,3}\s*[—–]\s*|\s+-\s*\d{1,3}\s*-(?:\s+|$))/g;

/**
 * Page numbers dropped from a text that runs over pages, with the running header each page repeats
 * after its number ("…项目支出 — 8 — 黑龙江省 2021 年度部门决算公开说明 352.56 万元"): the words that
 * follow every page number alike, where there are two or more.
 */
function withoutPageBreaks(s: string): string {
  const marks = [...s.matchAll(DASHED_PAGE_NUMBER)];
  if (!marks.length) return s;
  const afters = marks
    .map((m) => s.slice(m.index + m[0].length, m.index + m[0].length + 40))
    .filter((a) => a.length >= 6);
  let header = afters.length >= 2 ? afters.reduce(commonPrefix) : '';
  // Up to the last word break, where it has one: pages that all open on 第 keep it.
  if (/\s/.test(header)) header = header.replace(/\S+$/, '');
  if (header.replace(/\s/g, '').length < 6) header = '';
  const marker = new RegExp(`${DASHED_PAGE_NUMBER.source}(?:${escapeRegExp(header)})?`, 'g');
  return s.replace(marker, ' ');
}

function commonPrefix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return a.slice(0, k);
}

function repairDamage(s: string): string {
  return withoutPageBreaks(s)
    .replace(PAGE_MARKER, '')
    .replace(YEAR_DASH, '$1年')
    .replace(MISPLACED_SEPARATOR, '$1')
    .replace(WRAPPED_DECIMAL, '$1.$2')
    .replace(BARE_WAN, '万元')
    .replace(ENUMERATION_DECIMAL, '$1.$2')
    .replace(PERCENT_STOP, '。')
    .replace(HALF_WIDTH_STOP, '。')
    .replace(SPACE_GROUPED, (m) => m.replace(/[ \u2009\u00a0,]/g, ''))
    .replace(PINYIN_AFTER_HANZI, '')
    .replace(OCR_WORD_RE, (w) => OCR_WORDS.get(w) ?? w)
    .replace(OCR_COLUMN_MARK, '($1)')
    .replace(OCR_FIGURE, (f) => (/[OoIl]/.test(f) ? f.replace(/[Oo]/g, '0').replace(/[Il]/g, '1') : f));
}

/** A circled number ("①社区办公经费,预算…") numbers an item as "(1)" does; NFKC would leave a bare "1". */
const CIRCLED_NUMBER = /[\u2460-\u2473]/g;

function normalizeUncached(s: string): string {
  const circled = s.replace(CIRCLED_NUMBER, (ch) => `(${ch.codePointAt(0)! - 0x245f})`);
  return (
    repairDamage(simplifiedChars(circled.normalize('NFKC')))
      .replace(/[\u3000\u00a0]/g, ' ')
      .replace(/[“”„‟]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, '')
      // "执行率98.01 %": a percentage set apart from its sign, as PDFs and Word write it.
      .replace(/(?<=\d)[ \t]+(?=%)/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

/** A label for comparison: normalised, without spaces, line breaks or trailing colons. */
export function normalizeLabel(s: string): string {
  const hit = labelMemo.get(s);
  if (hit !== undefined) return hit;
  const out = normalizeText(s)
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '');
  if (labelMemo.size >= MEMO_LIMIT) labelMemo.clear();
  labelMemo.set(s, out);
  return out;
}

/** Labels are asked for as often as texts (every cell, by every table reader): memoised the same way. */
const labelMemo = new Map<string, string>();

/** A display name as a reader would write it: no internal spaces or line breaks (“投  入” → “投入”). */
export function cleanName(s: string): string {
  return simplifiedChars(s.normalize('NFKC'))
    .replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let toSimplified: ((s: string) => string) | undefined;

/**
 * A document with a converter's pinyin after its characters ("政務(wù)") loses it; one in traditional
 * characters (a mirror site's converted copy) is turned into simplified script as a whole with OpenCC, so that names and labels read as the original's. Documents with
 * no more than a few traditional characters are left to the character table above (OpenCC costs
 * about 0.4 ms per thousand characters).
 */
export function simplifyDocument(doc: DocumentModel): DocumentModel {
  const pinyin = new RegExp(PINYIN_AFTER_HANZI.source);
  const hasPinyin = doc.blocks.some((b) =>
    b.kind === 'paragraph'
      ? pinyin.test(b.text)
      : b.table.rows.some((r) => r.cells.some((c) => pinyin.test(c.text))),
  );
  const tracked = doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes(DELETED_MARK));
  const accepted = tracked ? mapText(doc, withoutDeletions) : doc;
  const repaired = hasPinyin ? mapText(accepted, (t) => t.replace(PINYIN_AFTER_HANZI, '')) : accepted;
  let hits = 0;
  for (const b of doc.blocks) {
    const texts = b.kind === 'paragraph' ? [b.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text));
    for (const t of texts) hits += traditionalCount(t, 20 - hits);
    if (hits >= 20) break;
  }
  if (hits < 20) return repaired;
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return mapText(repaired, toSimplified);
}

const DELETED_MARK = 'Deleted:';

/**
 * A Word file's tracked changes flattened into its text: "Deleted: <old> <new>". The old run is
 * dropped: one word ("Deleted: 5,021,640.18 5,126,840.18 元", "Deleted: ××部门 2016 年度…"), or,
 * where the new text opens as the old did, all up to that repeat ("Deleted: 2016 年度…为 14.82 万元
 * 2016 年度…为 12.46 万元").
 */
export function withoutDeletions(text: string): string {
  return text.replace(/Deleted:\s*(\S+)((?:\s+\S+){0,24})/g, (_, first: string, rest: string) => {
    const words = rest.trim() === '' ? [] : rest.trim().split(/\s+/);
    const repeat = words.indexOf(first);
    return repeat >= 0 ? words.slice(repeat).join(' ') : words.join(' ');
  });
}

/** The same document with every paragraph's and cell's text passed through `f`. */
export function mapText(doc: DocumentModel, f: (s: string) => string): DocumentModel {
  return {
    ...doc,
    blocks: doc.blocks.map((b) =>
      b.kind === 'paragraph'
        ? { ...b, text: f(b.text) }
        : {
            kind: 'table',
            table: {
              ...b.table,
              rows: b.table.rows.map((r) => ({
                ...r,
                cells: r.cells.map((c) => ({ ...c, text: f(c.text) })),
              })),
            },
          },
    ),
  };
}

/** A title line as its words: spaces dropped, and a document site's file name without its extension. */
export function titleText(line: string): string {
  // A document site lists a file's pages by its name: "….doc_第1页".
  return (
    line
      .replace(/\s+/g, '')
      // A portal's disclosure field naming it ("名  称: …自评报告").
      .replace(/^(?:名称|标题|题名)[:：]/, '')
      .replace(/_第\d+页$/, '')
      .replace(/\.(pdf|docx?|xlsx?|wps|txt)$/i, '')
      // An essay site's count of its copies ("…自评报告(精选8篇)", "…自评报告1", "…自评报告 第2篇").
      .replace(/(报告|表|结果)(?:[(（](?:精选|通用|优选)?\d+篇[)）]|第?\d{1,2}篇?)$/, '$1')
  );
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Is `short` a name cut short from `long` (林草局 of 林业和草原局, a project named without its place): its
 * characters in order, the same end?
 */
export function abbreviates(short: string, long: string): boolean {
  // A federation, association or committee is called by its kind's first character: 妇联 (妇女联合会),
  // 科协 (科学技术协会), 编委 (机构编制委员会).
  const called = long
    .replace(/联合会$/, '联')
    .replace(/协会$/, '协')
    .replace(/委员会$/, '委');
  if (called !== long && called.at(-1) === short.at(-1) && abbreviatesWord(short, called)) return true;
  return abbreviatesWord(short, long);
}

function abbreviatesWord(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** How many labels at the start are the 栏次 numbers 1, 2, 3 … that number a table's columns. */
export function columnNumbersAtStart(labels: string[]): number {
  let n = 0;
  while (n < labels.length && labels[n] === String(n + 1)) n++;
  return n;
}
