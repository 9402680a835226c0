// The budget year a report evaluates — not the year it was written, published or saved. A year
// written as "2020年度" or in a title counts most; a full date (the signature "2021年5月20日") and a
// comparison with an earlier year ("比2019年", "较2019年") do not count.

/** A year a sentence opens with ("我站2021年“三公”经费…"); not an end of year or a comparison. */
export function openingYear(text: string): string | undefined {
  // "2022年同期实际支出…" opening a sentence states that year's figure; "较2022年同期" compares with it.
  return (
    text.match(/^\s*(20\d\d)年度?同期/)?.[1] ??
    // "按2016年同口径数据对比，2017年…" compares with that year.
    text.slice(0, 16).match(/(?<![\d按与较比同])(20\d\d)年度?(?!\d|底|末|相比|同期|同口径)/)?.[1]
  );
}

export interface YearText {
  lines: { text: string; strong: boolean }[];
}

const CHINESE_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  // Titles mix forms: "二○二一年" (a circle for zero), "二0二一年".
  '○': '0',
  '0': '0',
};

/** "二〇二一年" → "2021年": titles sometimes write the year in Chinese numerals. */
function arabicYears(text: string): string {
  return text.replace(/[〇○0零一二三四五六七八九]{4}(?=年)/g, (y) =>
    [...y].map((c) => CHINESE_DIGIT[c]).join(''),
  );
}

const MASKED_YEAR = /(?:20|19)[xX×]{2}\s*年|[xX×]{4}\s*年/;
const DATES = [/(20\d\d)\s*年\s*\d{1,2}\s*月/, /(20\d\d)[-/.]\d{1,2}[-/.]\d{1,2}/];

/** A report's title on a period of years: "2020-2022年度…报告". */
const PERIOD_TITLE = /(19|20)\d\d\s*[-—–~～至]\s*(19|20)\d\d\s*年度?[^。，,；;]{2,60}(报告|评价|自评)/;

export function recogniseYear(doc: YearText): number | undefined {
  // A year inside a cited document's title ("《…关于开展2023年度重点绩效评价的通知》") is that
  // document's, not the year evaluated; where only citations name a year, they name the document's.
  // A title over a period of years ("衡南县2020-2022年度…资金绩效评价报告") evaluates no one year.
  const period = doc.lines.some((l) => l.strong && PERIOD_TITLE.test(arabicYears(l.text)));
  let score = statedYears(doc, true);
  if (score.size === 0 && !period) score = statedYears(doc, false);
  // Nothing names the budget year: a self-evaluation or a set of accounts is written in the year
  // after the one it reports on, so a date the document carries (its signature or publication) says it.
  // A template whose years are masked ("20xx年") states none, and the date is the copying site's.
  const masked = doc.lines.some((l) => MASKED_YEAR.test(l.text));
  if (score.size === 0 && !masked && !period) {
    // A date written out (年月) is the document's own; a numeric one is as often the saving site's.
    for (const date of DATES) {
      for (const line of doc.lines) {
        const m = line.text.match(date);
        if (m) return Number(m[1]) - 1;
      }
    }
  }
  let best: number | undefined;
  let bestScore = 0;
  for (const [y, s] of score) {
    if (s > bestScore || (s === bestScore && best !== undefined && y > best)) {
      best = y;
      bestScore = s;
    }
  }
  return best;
}

/** The years a document's lines state, weighted: a title's and 年度 more than others. */
function statedYears(doc: YearText, skipCited: boolean): Map<number, number> {
  const score = new Map<number, number>();
  const add = (y: number, w: number): void => {
    score.set(y, (score.get(y) ?? 0) + w);
  };
  for (const line of doc.lines) {
    const { strong } = line;
    const written = arabicYears(line.text);
    const text = skipCited ? written.replace(/《[^《》]{0,80}》/g, (c) => ' '.repeat(c.length)) : written;
    for (const m of text.matchAll(/(19[89]\d|20\d\d)\s*(年度|年|-|—|至)?/g)) {
      const y = Number(m[1]);
      const at = m.index;
      const after = text.slice(at + m[0].length, at + m[0].length + 8);
      const before = text.slice(Math.max(0, at - 3), at);
      // A converter's copy may write "2015-" for "2015年" ("2015-部门决算"); otherwise a dash
      // opens a range of years, a plan period.
      const dashForYear =
        m[2] === '-' && /^[\u4e00-\u9fa5]/.test(after) && !/^[\u4e00-\u9fa5]{0,2}\d/.test(after);
      if ((m[2] === '-' && !dashForYear) || m[2] === '—' || m[2] === '至') continue;
      if (!m[2]) continue;
      // "关于2021年度…资金绩效的自评报告" names the year evaluated; "关于2024年…评价结果" when it was done.
      const about = /关于$/.test(before) && m[2] === '年度';
      if ((/(比|较|与|于|从)$/.test(before) && !about) || /^(相比|同期)/.test(after)) continue;
      if (/[-—~～至]$/.test(before)) continue; // the end of a period "2021-2023年"
      const tight = after.replace(/\s+/g, '');
      // A date, to the day or the month ("报告时间：2018年7月"): the year's end supports it, any other
      // date (a signature, a publication) does not. "2021年1-12月" is a period of the year, not a date.
      if (/^\d{1,2}月/.test(tight) && !/^\d{1,2}月?[-—~～至]/.test(tight)) {
        if (/^12月(31|30)日|^12月(?!\d)/.test(tight)) add(y, 1);
        continue;
      }
      if (/^(底|末|年末|年底)/.test(after)) {
        add(y, 1);
        continue;
      }
      const w = m[2] === '年度' ? 3 : 1;
      add(y, strong ? w * 3 : w);
    }
  }
  return score;
}
