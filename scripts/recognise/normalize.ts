// Text normalisation for recognition: NFKC (full-width digits and punctuation to ASCII), the
// traditional characters that web pages sometimes carry for this vocabulary, and removal of the
// spaces that PDF and Word exports scatter through Chinese text ("2021 年度", "投  入").

// Traditional characters of this vocabulary → simplified (web pages sometimes carry them).
const TRADITIONAL = new Map<string, string>(
  [
    ...'預執經費萬決項績實際單區縣財務總評價額數計劃資產構門辦員編製職離將與為於這個會對開關發進達標結餘轉庫購採車運護維國業應當億級導設備質滿優較條歸層廳衛體農監獲專節約報據圍廣東稅險規範況狀籌類間師場紀幣讓醫學園環勞錄處號',
  ].map((ch, i) => [
    ch,
    '预执经费万决项绩实际单区县财务总评价额数计划资产构门办员编制职离将与为于这个会对开关发进达标结余转库购采车运护维国业应当亿级导设备质满优较条归层厅卫体农监获专节约报据围广东税险规范况状筹类间师场纪币让医学园环劳录处号'[
      i
    ]!,
  ]),
);
const TRADITIONAL_RE = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`, 'g');

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

function normalizeUncached(s: string): string {
  return s
    .normalize('NFKC')
    .replace(TRADITIONAL_RE, (ch) => TRADITIONAL.get(ch) ?? ch)
    .replace(/[\u3000\u00a0]/g, ' ')
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A label for comparison: normalised, without spaces, line breaks or trailing colons. */
export function normalizeLabel(s: string): string {
  return normalizeText(s)
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '');
}

/** A display name as a reader would write it: no internal spaces or line breaks (“投  入” → “投入”). */
export function cleanName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(TRADITIONAL_RE, (ch) => TRADITIONAL.get(ch) ?? ch)
    .replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
