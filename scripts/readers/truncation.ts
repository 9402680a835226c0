// Signs in the document model that a report was cut short or is not laid out as text at all, added
// to the extractor's own (a file ending inside a character, a reader's note, a line ending on a
// comma): the document is then `partial`, with the reason.
// - one giant line: a line of over MAX_LINE_CHARS characters (no report paragraph comes near it;
//   the line breaks were lost, or the bytes are a dump);
// - mid-sentence: the last paragraph runs on (it holds a comma or an enumeration mark, or 40
//   characters) and stops without the punctuation that ends a sentence;
// - mid-table: the document ends in a table whose last row holds fewer than half the cells of the
//   table's widest row (four or more), and it is no closing row (总分, 合计, 等级, 备注, 填报人：…);
// - a numbered section heading (二、… / （2）… / 3. …) as the last paragraph, with nothing under it, or a
//   form's column header (全年预算数 全年执行数 执行率) with no row under it;
// - inside a form: a funds row (年度资金总额) with no total score, grade or sign-off after it, or an
//   indicator table after it with no total score;
// - a preview's cut: the text's last line (before a site's list of other documents) ends in a run of
//   dots ("…预算完成率(5 分)........"), the mark a site leaves where it stopped showing the document,
//   or the site says its preview ended ("预览已结束,剩余1页可下载查看").

import { blockText, SITE_BOILERPLATE, type Block, type DocumentModel } from '../model/document';

export const MAX_LINE_CHARS = 100_000;

const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))\s*\S/;
/** Rows that end a table or form: totals, the grade, notes, the sign-off (填报人：…). */
const CLOSING_ROW =
  /^(总\s*分|合\s*计|总\s*计|小\s*计|(自评|评价)?等级|备\s*注|注[:：]|说明|填报|审核|[^:：]{1,8}[:：])/;
/** The closing fields of a self-evaluation form, after its 总分. */
// Or its closing total itself ("…项目绩效 50 自评得分 94"): a form's last cell; or a closing field's label
// left empty ("…总分 偏差原因分析及 改进措施").
// Both scripts: a traditional-character mirror closes its form with 總分95.
const FORM_CLOSE =
  /(评价)?等级\s*(优秀|良好|合格|优|良|中|差)$|总分\s*\d{2,3}.*(原因分析|改进措施|结果应用|备注)|(自[评評]得分|自[评評][总總]分|[总總]分|[综綜]合得分)\s*(\d{2,3}\s+)?\d{1,3}(\.\d{1,2})?\s*分?$|(原因分析|改进措施|结果应用(方案)?|备注)\s*$/;
const SIGNED_END =
  // An essay site's template masks its date ("20xx年x月x日", "XXXX年XX月XX日").
  /(\d{4}|\d{2}[xX×]{2}|[xX×]{4}|[〇零○一二]{1}[〇零○一二三四五六七八九十]{3})\s*年\s*([\d一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*月\s*([\d一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*日(\s+\d{1,3}\s+\S.{0,40})?$/;
/** A report signed with its unit's name after its last sentence ("…等级为优。某某街道办事处"). */
// Maybe with the month it was written ("…。某某区农业农村委员会 2021年3月", "…。某某镇中心小学 2016年3月").
const SIGNED_BY_UNIT =
  /。[^。，,；;]{4,30}(办事处|局|政府|委员会|中心|院|学校|小学|中学|幼儿园|站|所|馆)(\s*\d{4}\s*年\s*\d{1,2}\s*月)?$/;
/** A document's title, as a site lists others: it ends with what the document is. */
const OTHER_DOCUMENT = /(决算|预算|报告|自评表|说明|公开)$/;
/** The same, or one page of it ("…部门决算公开说明_第3页"). */
const OTHER_DOCUMENT_PAGE = new RegExp(
  `${OTHER_DOCUMENT.source.slice(0, -1)}([_\\-—\\s]*第\\s*\\d{1,3}\\s*页)?$`,
);
/** A sentence that announces a figure's parts: "…其中:", "…用于:". */
const PARTS_ANNOUNCED = /(其中|用于)[:：]$/;
const SENTENCE_END = /[。．.！!？?；;：:…」』”’）)】\]%％]$/;

/** The text of the document's last blocks: a form's table may have run on over a page mark ("2/2"). */
function tailText(blocks: Block[]): string {
  return blocks
    .slice(-3)
    .map((b) => blockText(b, ' '))
    .join('\n');
}

/** The lines of the document's last blocks, trimmed, blank ones left out. */
function lastLines(blocks: Block[]): string[] {
  return blocks
    .slice(-8)
    .flatMap((b) => blockText(b, ' ').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The last line is a table row written with spaces, cut short: it opens like the rows before it
 * ("指标1 …", "指标2 …") but holds half their cells or fewer, none of them a figure.
 */
function endsOnShortRow(blocks: Block[]): boolean {
  const lines = lastLines(blocks);
  const last = lines.at(-1);
  const lead = last?.match(/^([\u4e00-\u9fa5]{1,4})\d{1,2}\s/)?.[1];
  if (!last || !lead || /\d\s*$/.test(last)) return false;
  const siblings = lines.slice(0, -1).filter((l) => new RegExp(`^${lead}\\d{1,2}\\s`).test(l));
  const cells = (l: string) => l.split(/\s+/).length;
  return siblings.length >= 1 && siblings.every((l) => cells(l) >= 2 * cells(last) && /\d\s*$/.test(l));
}

/** The text's last lines are its list of attachments: "附件：" and the numbered items after it. */
function endsWithAttachments(blocks: Block[]): boolean {
  const lines = lastLines(blocks);
  const at = lines.map((l) => /^附件\s*[:：]/.test(l)).lastIndexOf(true);
  return (
    at >= 0 &&
    lines.length - at <= 10 &&
    lines.slice(at + 1).every((l) => /^\d{1,2}\s*[.、．]/.test(l) && l.length <= 40)
  );
}

function lastParagraph(blocks: Block[]): string | undefined {
  const b = blocks[blocks.length - 1];
  return b?.kind === 'paragraph' ? b.text.trim() : undefined;
}

/** A document site's heading over snippets of other documents, each cut where the site cut it. */
const OTHER_SNIPPETS = /^(Similar documents|Related documents|相似文档)[:：]?$/i;

function withoutSiteFooter(blocks: Block[]): Block[] {
  // A document site's snippets of other documents under its heading ("Similar documents"): the report
  // ended above it.
  const list = blocks.findLastIndex(
    (b, i) => i >= blocks.length - 12 && b.kind === 'paragraph' && OTHER_SNIPPETS.test(b.text.trim()),
  );
  // A site's list of other documents (相关文章 …), headlines only, after a report whose last sentence
  // ended: the report ended there.
  const related = blocks.findLastIndex(
    (b, i) => i >= blocks.length - 10 && b.kind === 'paragraph' && SITE_LIST.test(b.text.trim()),
  );
  const before = blocks[related - 1];
  const headlinesOnly =
    related > 0 &&
    before?.kind === 'paragraph' &&
    SENTENCE_END.test(before.text.trim()) &&
    blocks
      .slice(related + 1)
      .every((b) => b.kind === 'paragraph' && b.text.length <= 60 && !/。/.test(b.text));
  let end = list > 0 ? list : headlinesOnly ? related : blocks.length;
  while (end > 0) {
    const b = blocks[end - 1]!;
    if (
      b.kind !== 'paragraph' ||
      b.text.length > 120 ||
      !SITE_BOILERPLATE.test(b.text) ||
      // (A report's own last sentence may name its site: "…在门户网站公开。")
      /[。！？]\s*$/.test(b.text)
    )
      break;
    end--;
  }
  return blocks.slice(0, end);
}

/** The longest paragraph or table row (a row of a text file was one line), in characters. */
function longestLine(doc: DocumentModel): number {
  let max = 0;
  for (const b of doc.blocks) {
    const lengths =
      b.kind === 'paragraph'
        ? [b.text.length]
        : b.table.rows.map((r) => r.cells.reduce((n, c) => n + c.text.length + 1, 0));
    for (const n of lengths) if (n > max) max = n;
  }
  return max;
}

/** A form's funds row, and the words that close a form after it (its total score, grade or sign-off). */
// The row's label before its cells, not prose ("年度资金总额58.32万元", "资金总额(包括上年结转)").
// Both scripts: a traditional-character mirror writes 年度資金總額, 一級指標, 總分. Some forms say
// 年度财政资金总额.
// Or a cell named short ("\t总额\t88.00", "| 总额 | 88.00") under the funds header. Its label may keep
// a colon ("年度资金总额: | 1900"), its figures may run together ("年度资金总额320.00320.00316.801099.0%9.9").
const FUNDS_ROW =
  /年度(?:财政|財政)?[资資]金[总總][额額](?=[:：]?\s*(?:\||\n|\d[\d.,%]*(?:\s|\||$)))|(?<=(?:^|[\s|])\s*)[总總][额額](?=[\s|]+\d)/gm;
const FORM_CLOSED =
  /指[标標]|[总總]\s*分|自[评評]得分|得分合[计計]|合\s*[计計]|[总總]\s*[计計]|等[级級]|[综綜]合[评評]分|[总總]得分|填[报報]人|[评評][价價][结結][论論]/;
/** The words of a form's funds header, in either script. */
const COLUMN_WORDS =
  /(?:年初|全年)?[预預][算箅][数數]|(?:全年)?[执執]行[数數率]|分值|得分|[资資]金[总總][额額]/g;
/** A form's indicator table, and what closes it: its total score, or the form's closing fields. */
// Or, where a glued form lost its header, the first level's first word (产出指标).
const INDICATOR_HEADER = /一\s*[级級]\s*指\s*[标標]|[产產]\s*出\s*指\s*[标標]/;
const INDICATOR_HEADER_G = new RegExp(INDICATOR_HEADER.source, 'g');
const TRANSFER_FORM = /转移支付|中央主管部门|中央主管部門/;
const TARGET_FORM = /绩效目标(?:申报)?表|目标申报表/;
const INDICATORS_CLOSED = new RegExp(
  `${FORM_CLOSED.source.replace('指[标標]|', '')}|填表人|[联聯]系[电電][话話]|(?:审核|審核)(?:人|意[见見]|单位|[:：])|[备備]\\s*[注註]|[说說]明`,
);

/**
 * A self-evaluation form begun and never closed: after the document's last funds row (年度资金总额)
 * come neither its indicators nor a total score, grade or sign-off (a preview cut inside the form,
 * however its cells were laid out).
 */
function endsInsideForm(blocks: Block[]): string | undefined {
  const text = blocks
    .slice(-60)
    .map((b) => blockText(b, ' '))
    .join('\n');
  const rows = [...text.matchAll(FUNDS_ROW)];
  const after = rows.length ? text.slice(rows[rows.length - 1]!.index!) : undefined;
  // Within a form's reach: prose that mentions a 资金总额 goes on for longer.
  if (after !== undefined && after.length < 400 && !FORM_CLOSED.test(after))
    return 'it ends inside a form: no total score or sign-off after its funds';
  // A target sheet (绩效目标表, 目标申报表) scores nothing: its table ends with a row's value, most often
  // in its last level, 满意度指标. Written a cell a line, its funds row may lie further back than the
  // blocks looked at.
  // (The whole document is read for its title only where an indicator table is there to judge.)
  let target: boolean | undefined;
  const isTarget = () => (target ??= blocks.some((b) => TARGET_FORM.test(blockText(b, ' '))));
  // The form's indicator table begun after its funds and never closed by its 总分.
  const scope = after ?? (INDICATOR_HEADER.test(text) && isTarget() ? text : undefined);
  const table =
    after !== undefined
      ? after.search(INDICATOR_HEADER)
      : ([...(scope ?? '').matchAll(INDICATOR_HEADER_G)].at(-1)?.index ?? -1);
  const rest = table >= 0 ? scope!.slice(table) : undefined;
  if (rest === undefined || rest.length >= 1500 || INDICATORS_CLOSED.test(rest)) return undefined;
  // Before its last level, a table stops on a row's value (≥90%, 12月, ≤0.9); a name with none is cut.
  // A report's prose after the sheet (a numbered part's sentences) closes it.
  if (isTarget())
    return /满意度指标/.test(rest) ||
      /。\s*$/m.test(rest) ||
      /[\d≥≤≧≦><]/.test(lastCell(rest).replace(/^指标\d+[:：]/, ''))
      ? undefined
      : 'it ends inside a form: its indicator table stops on an indicator with no value';
  // A transfer payment's form (转移支付…绩效自评表, its 中央主管部门) scores nothing: its table of
  // indicators is its end.
  if (TRANSFER_FORM.test(text)) return undefined;
  return 'it ends inside a form: its indicator table has no total score';
}

/**
 * A table of a budget and an actual column ("项目 2020年预算数 2020年决算数") whose last row stops after
 * its first figure ("“三公”经费合计 2.50"): the text ends inside it.
 */
function endsInsideRow(last: string): boolean {
  const m = last.slice(-300).match(TWO_FIGURE_HEADER);
  return m?.groups !== undefined && /^\s*[^\d\s][^\d]{1,30}?\s+\d[\d,]*(?:\.\d+)?\s*$/.test(m.groups.rest!);
}
const TWO_FIGURE_HEADER =
  /(?:(?:\d{4}年)?(?:预算数|决算数|执行数|上年数|本年数)\s*){2}(?<rest>(?:(?!预算数|决算数|执行数).)*)$/;

/** The last cell a text holds, whatever parts its cells (pipes, line breaks). */
function lastCell(text: string): string {
  return (
    text
      .split(/[|｜\n]/)
      .map((c) => c.trim())
      .filter(Boolean)
      .at(-1) ?? ''
  );
}

/** A bracket opened and never closed ("其中:基本支出118.75万元(人员经费"): no field's value ends so. */
function unclosed(text: string): boolean {
  return (text.match(/[(（]/g)?.length ?? 0) > (text.match(/[)）]/g)?.length ?? 0);
}

/**
 * After a colon, what no field's value is: a bracket never closed, or a list of items parted by
 * semicolons ("其中:因公出国(境)费支出决算为0万元;公务用车…支出决算为").
 */
function listOrUnclosed(text: string): boolean {
  return unclosed(text) || /[;；]/.test(text);
}

/** A site's heading over its list of other documents. */
// (A mirror in traditional characters writes "相關文章".)
const SITE_LIST =
  /^(相[关關](?:文章|推荐|推薦|阅读|閱讀|文档|文檔|新闻|新聞)|猜你喜欢|热门文章|推荐阅读)[:：]?$/;
/** A document site's own lines under the text it shows ("文档评论(0)", "1亿VIP精品文档"). */
const SITE_FOOTER = /^(文档评论|评论)\s*[(（]\d+[)）]$|VIP精品文档$/;
/**
 * Dots a preview leaves where it stopped ("........"); not a contents line's leader, which a page
 * number ends, nor a writer's ellipsis (……).
 */
const ELIDED = /(\.|·){4,}$/;

/** A document site's notice that its preview ended ("预览已结束,剩余1页可下载查看"). */
const PREVIEW_ENDED = /(?<!全文)(预览|试读|阅读)已?结束|剩余\s*\d+\s*页(未读|可下载|可阅读)/;

function endsWhereElided(blocks: Block[]): string | undefined {
  const lines = lastLines(blocks);
  let footer = false;
  while (
    lines.length &&
    (SITE_LIST.test(lines.at(-1)!) ||
      SITE_FOOTER.test(lines.at(-1)!) ||
      (lines.at(-1)!.length <= 60 && OTHER_DOCUMENT_PAGE.test(lines.at(-1)!)))
  )
    footer = SITE_FOOTER.test(lines.pop()!) || footer;
  const notice = lines.slice(-4).find((l) => PREVIEW_ENDED.test(l));
  if (notice) return `it ends where a preview cut it: “${notice.slice(0, 20)}”`;
  const last = lines.at(-1);
  // Or, above the site's own footer, a sentence stopping on its comma: where the preview stopped.
  return last && (ELIDED.test(last) || (footer && /[，,、；;]$/.test(last)))
    ? `it ends where a preview cut it: “…${last.slice(-20)}”`
    : undefined;
}

/** A spreadsheet viewer's own rows under a sheet: its tabs (◀ ▶ Sheet2 +) and status bar (就绪 100%). */
const VIEWER_ROW = /^(?:就绪|就緒|Ready)$|[◀▶]/;

function endsMidTable(blocks: Block[]): string | undefined {
  const shown = blocks[blocks.length - 1];
  if (shown?.kind !== 'table') return undefined;
  let n = shown.table.rows.length;
  while (n > 0 && shown.table.rows[n - 1]!.cells.some((c) => VIEWER_ROW.test(c.text.trim()))) n--;
  const b = { ...shown, table: { ...shown.table, rows: shown.table.rows.slice(0, n) } };
  if (b.table.rows.length < 2) return undefined;
  const filled = (cells: { text: string }[]) => cells.filter((c) => c.text.trim() !== '').length;
  const widths = b.table.rows.map((r) => filled(r.cells));
  const width = Math.max(...widths.slice(0, -1));
  const last = widths[widths.length - 1]!;
  // A closing row (总分 / 合计) and a row of a ragged table are fine; a last row holding a single cell of
  // a table whose rows hold four or more is where the text stopped.
  const lastRow = b.table.rows[b.table.rows.length - 1]!;
  const closing = lastRow.cells.some((c) => CLOSING_ROW.test(c.text.trim()));
  if (!closing && b.table.rows.length >= 3 && width >= 4 && last < width / 2)
    return `it ends inside a table: its last row has ${last} of ${width} cells`;
  const head = b.table.rows.find((r) => filled(r.cells) === width);
  const written = (cells: { text: string }[]) => cells.map((c) => c.text.trim()).filter((t) => t !== '');
  if (head && totalRowCut(written(head.cells), written(lastRow.cells)))
    return `it ends inside a table: its total row has ${last} of ${width} cells`;
  return undefined;
}

/** A column of amounts in an accounts table's header. */
const AMOUNT_COLUMN =
  /(收入|支出|合[计計]|[拨撥]款|[补補]助|[结結][转轉]|[结結]余|[经經][费費]|[决決]算[数數]|[预預][算箅][数數])/;

/**
 * A 合计 row short of the amounts its header names (收入合计 | 财政拨款收入 | …): a total fills every one
 * of them, so one that stops short was cut. `header` and `row` are their written cells.
 */
function totalRowCut(header: string[], row: string[]): boolean {
  return (
    /^[合总總]\s*[计計]/.test(row[0] ?? '') &&
    header.length >= 6 &&
    header.slice(1).every((c) => AMOUNT_COLUMN.test(c)) &&
    row.length < header.length - 1
  );
}

/** Why the document looks cut short or not laid out as text; undefined when it does not. */
export function modelTruncationSign(doc: DocumentModel): string | undefined {
  // A reader that saw the cut says so (a page's markup that stops before its </html>).
  const noted = doc.notes.find((n) => /truncat|截断|incomplete/i.test(n));
  if (noted) return noted;
  const longest = longestLine(doc);
  // A page's own footer after the report ("网站标识码… 津ICP备…号") is no part of it.
  const blocks = withoutSiteFooter(doc.blocks);
  if (longest > MAX_LINE_CHARS)
    return `one line of ${longest.toLocaleString('en')} characters: the line breaks are lost or this is not a report's text`;
  // A PDF's page number after the last sentence ("…工程支出。— 9 —", "…进度。-12-") is no part of it.
  // Nor is a page footer, "第 1 页，共 1 页".
  const last = lastParagraph(blocks)
    ?.replace(/\s*[—–]\s*\d{1,3}\s*[—–]\s*$|(?:\s+|(?<=[。！？]))-\s*\d{1,3}\s*-\s*$/, '')
    .replace(/\s*第\s*\d{1,3}\s*页\s*[，,/]?\s*共\s*\d{1,3}\s*页\s*$/, '')
    // A converter's pinyin after the last character ("…根據(jù)") closes no sentence.
    .replace(/(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]$/, '');
  // A report that ends with its list of attachments ("附件:1.预算执行情况表 2.工作方案", one to a line
  // or on one line) ends there.
  if (endsWithAttachments(blocks)) return undefined;
  // A site's list of other documents after the report ("相关推荐" / "【江西,抚州市】…2023年度部门决算"):
  // titles, not a sentence cut short.
  // A title holds no sentence's commas ("…占0%;公务用车购置及运行维护费支出决算" was cut), but for its
  // site's 【省,市】 before it.
  const otherTitle =
    last !== undefined &&
    last.length <= 60 &&
    OTHER_DOCUMENT.test(last) &&
    !/[，,；;。]/.test(last.replace(/【[^】]*】/g, ''));
  // The tail after the last comma: a "label: value" field (联系电话：…) ends a form, not a sentence.
  const tail = last?.split(/[，,]/).at(-1) ?? '';
  const heading = last !== undefined && last.length <= 40 && HEADING.test(last);
  // A PDF's text line broken inside a word ("…0.64万元，其中公" / "务接待费"): the sentence open on the line
  // before goes on in the last one.
  const prior = blocks.at(-2);
  const broken =
    last !== undefined &&
    last.length < 20 &&
    !heading &&
    !SENTENCE_END.test(last) &&
    prior?.kind === 'paragraph' &&
    // (A wrapped line of prose is a long one; a site's short notice is not.)
    prior.text.trim().length >= 20 &&
    /[，,][^。]*[\u4e00-\u9fa5]$/.test(prior.text.trim());
  const runsOn =
    last !== undefined &&
    !heading &&
    ((last.length >= 8 && /[，,、；;]/.test(last)) || last.length >= 40 || broken);
  // A form run together on one line (a document site's copy) ends on its last cell: the total
  // score and the closing fields (原因分析, 改进措施, 备注) stand just before it.
  // Or on the last cell of its indicator table (run on, maybe, over a page mark): a figure, with its unit.
  const formEnd =
    last !== undefined &&
    (FORM_CLOSE.test(last.slice(-80)) ||
      // A transfer form's closing 说明 row, its instruction and then its answer ("说明  请在此处…  无").
      (/^说明\s/.test(last) && /\s{2,}\S{1,12}$/.test(last)) ||
      (/一级指标/.test(tailText(blocks)) &&
        /\d(?:\.\d+)?\s*(?:万元|元|%|％|个|人|座|公里|次|分|天|月)?$/.test(last)));
  // A spreadsheet's row ends in its empty cells (",,,"): one comma ends a cut sentence.
  const emptyCells = last !== undefined && /[,，]{2}$/.test(last);
  // A report signed with its date, perhaps followed by the running page header ("…二〇二一年十二月
  // 二十八日 2 某某县2021年度项目绩效评价汇编"), ends there.
  const signed = last !== undefined && (SIGNED_END.test(last) || SIGNED_BY_UNIT.test(last));
  // A form run together on one line (项目名称 … 主管部门 … 自评得分 …) ends on its last cell, whatever it says.
  // (Its closing cells near the end: a whole document on one line that holds a form earlier on, then
  // prose, ends inside that prose.)
  // (Not where prose goes on after its score: "…评价等级为“优”。四、绩效评价指标分析…资金按".)
  const closingCell = last
    ?.slice(-400)
    .match(/(?:自评得分|评价等级|总分)(?!.*(?:自评得分|评价等级|总分)).*$/s)?.[0];
  const formLine =
    last !== undefined &&
    /项目名称|主管部门/.test(last) &&
    closingCell !== undefined &&
    !/。/.test(closingCell);
  // A row of pipe cells ("| 说明 | … | 无 | ||||") ends on its last cell, not inside a sentence.
  const pipeRow = last !== undefined && /\|\s*$/.test(last);
  if (
    last &&
    runsOn &&
    !formEnd &&
    !formLine &&
    !emptyCells &&
    !signed &&
    !pipeRow &&
    !otherTitle &&
    !SENTENCE_END.test(last) &&
    (!/[:：][^:：]{0,40}$/.test(tail) ||
      listOrUnclosed(tail.replace(/^.*[:：]/s, '')) ||
      // "其中:" opens a list of parts, no field.
      /其中[:：][^:：]{0,40}$/.test(tail))
  )
    return `the last paragraph stops mid-sentence: “…${last.slice(-20)}”`;
  // A figure's parts announced ("…支出163,260.00元。其中:") with none after them. (A page that ends on
  // "现将有关情况报告如下:" may be a summary's whole excerpt: the suite's pages of that kind are.)
  if (last && PARTS_ANNOUNCED.test(last))
    return `the last sentence announces a figure's parts and none follow: “…${last.slice(-20)}”`;
  // Or the first part's label after them, its figure not yet written ("…其中:" / "因公出国(境)费").
  if (
    last &&
    last.length <= 20 &&
    !/\d/.test(last) &&
    !SENTENCE_END.test(last) &&
    prior?.kind === 'paragraph' &&
    PARTS_ANNOUNCED.test(prior.text.trim())
  )
    return `the parts announced stop at a label with no figure: “${last}”`;
  // A figure cut at its decimal point ("较2017年决算1317.", "结余结转率=(11."): prose in Chinese ends its
  // sentences with 。, never with a number's point. Nor does a table's cell ("| 42 | 684.").
  if (
    last &&
    ((!/[|｜]/.test(last) && /[\u4e00-\u9fa5][^。]*\d\.$/.test(last) && !/\d\.\d+\.$/.test(last)) ||
      /[|｜]\s*\d[\d,]*\.$/.test(last))
  )
    return `the last figure stops at its decimal point: “…${last.slice(-20)}”`;
  // A sentence stopping on the words that announce its figure ("项目2:X项目自评得分"): cut before it.
  if (
    last &&
    /[:：]/.test(last) &&
    /[\u4e00-\u9fa5]{2}(?:自评得分|得分|评分|预算数|执行数|执行率)(?:为|是)?$/.test(last)
  )
    return `the last sentence stops before its figure: “…${last.slice(-20)}”`;
  // Or a sentence opened on its year that stops at its figure's label ("2021年度政府采购支出总额"):
  // a heading names a topic, never a total.
  if (
    last &&
    /^(?:19|20)\d{2}年度?[\u4e00-\u9fa5“”"]{2,24}(?:总额|總額|合计|合計|总计|總計|金额|金額)$/.test(last)
  )
    return `the last sentence stops before its figure: “…${last.slice(-20)}”`;
  // Or on a figure's label and its 为 ("…其中公务接待费为"): no sentence ends on it.
  if (last && /[\u4e00-\u9fa5]{2}(?:费|数|额|资金|经费|支出|收入)(?:为|是|达)$/.test(last))
    return `the last sentence stops before its figure: “…${last.slice(-20)}”`;
  // A table's rows written "a | b | c |": the last one stopping inside a cell, its pipe never closed,
  // where the rows before it close theirs, was cut.
  const before = blocks
    .slice(-6, -1)
    .flatMap((b) => (b.kind === 'paragraph' && /[|｜]/.test(b.text) ? [b.text.trim()] : []));
  if (
    last &&
    // (A row's first cell may open with its pipe: "| 年度资金总".)
    /(?:^|\S)\s*[|｜]\s*\S/.test(last) &&
    !/[|｜]\s*$/.test(last) &&
    // (A cell's figure, "≧85%", ends no sentence.)
    !/[。．.！!？?；;…」』”’）)】\]]$/.test(last) &&
    before.length >= 3 &&
    before.every((t) => /[|｜]\s*$/.test(t))
  )
    return `the last row of a table stops inside a cell: “…${last.slice(-20)}”`;
  // A 合计 row written "a | b |", short of the amounts its header names, was cut like a table's.
  const cellsOf = (t: string) =>
    t
      .split(/[|｜]/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
  const header = before.map(cellsOf).at(-1);
  if (last && /[|｜]/.test(last) && header && totalRowCut(header, cellsOf(last)))
    return `it ends inside a table: its total row has ${cellsOf(last).length} of ${header.length} cells`;
  if (endsOnShortRow(blocks))
    return `the last row of a table stops short of its cells: “${last?.slice(-20)}”`;
  if (last && endsInsideRow(last))
    return `the last row of a table stops after its first figure: “…${last.slice(-20)}”`;
  // A form's column header with no row under it ("全年预算数 全年执行数 执行率") is where the text stopped.
  // (Not a note under the table that names its columns in a sentence.)
  if (last && !/\d/.test(last) && !/[。！？]$/.test(last) && (last.match(COLUMN_WORDS) ?? []).length >= 3)
    return `it ends on a table's header with no row under it: “${last.slice(-20)}”`;
  // A numbered section heading with nothing under it is where the text stopped — unless it names a
  // table (…决算表): disclosures list their tables as headings and publish them as separate files; a
  // self-evaluation form (…自评表) is the report's own, set out under its heading.
  if (
    last &&
    last.length <= 40 &&
    HEADING.test(last) &&
    !/[|｜]/.test(last) &&
    !SENTENCE_END.test(last) &&
    (!/(表|表格|附件)$/.test(last) || /自评表$/.test(last))
  )
    return `it ends on the heading “${last}” with nothing under it`;
  return (
    // (A page's <table> closed in its markup was not cut inside; the reader notes markup that stops.)
    (doc.format === 'html' ? undefined : endsMidTable(blocks)) ??
    // A site's own notice that its preview ended says most plainly why the text stops.
    endsWhereElided(blocks) ??
    endsInsideForm(blocks) ??
    endsBeforeGrandTotal(blocks)
  );
}

/**
 * A 收入支出决算总表 written a cell a line, stopping after its 本年支出合计 row: the statement always
 * closes with its carry-overs and 总计 rows (prose that names 本年支出合计 ends its sentence).
 */
function endsBeforeGrandTotal(blocks: Block[]): string | undefined {
  const text = blocks
    .slice(-12)
    .map((b) => blockText(b, ' '))
    .join('\n');
  const at = text.lastIndexOf('本年支出合计');
  const rest = at >= 0 ? text.slice(at) : undefined;
  return rest !== undefined && rest.length < 60 && !/总\s*计|[。；;]/.test(rest)
    ? 'it ends inside the 收入支出决算总表: no 总计 after its 本年支出合计'
    : undefined;
}
