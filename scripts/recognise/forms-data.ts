// The national self-evaluation forms and their provincial variants, as data. The form reader
// (forms.ts) finds these header words and row labels wherever their cells appear in the cell
// stream; adding a variant is an alias here plus a fixture, not new code.
//
// 部门整体支出绩效自评表 and 项目支出绩效自评表 share the funding block (年度预算资金 / 项目资金)
// and the closing score row. A 项目支出绩效自评表 is headed by 项目名称 / 主管部门 / 实施单位.

/** What a column of the funding block holds. */
export type FundingColumn =
  | 'budget_initial'
  | 'budget'
  | 'received'
  | 'executed'
  /** The carry-over brought into the year (福建 资金结构: 历年结余结转). */
  | 'carryover'
  | 'balance'
  | 'weight'
  | 'rate'
  | 'score'
  | 'reason'
  /** A column whose figures no record key takes (统筹整合资金数, 预算到位率). */
  | 'note';

/** The funding block's column headers, in the order forms print them; aliases are normalised labels. */
export const FUNDING_COLUMNS: { column: FundingColumn; aliases: string[] }[] = [
  {
    column: 'budget_initial',
    aliases: [
      '年初预算数',
      '年初预算',
      '年初预算金额',
      '年初批复预算数',
      '年初批复数',
      // 福建 部门整体支出绩效自评表: 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ |
      // 年度拨付金额⑤ | 支出实现率⑥=⑤/④ | 本年度结余金额⑦ | 资金结余率⑧.
      '年初部门预算安排金额',
    ],
  },
  {
    column: 'budget',
    aliases: [
      '全年预算数',
      '调整后预算数',
      '调整后预算',
      '全年预算',
      '预算调整数',
      '全年预算金额',
      '调整预算数',
      '预算数',
      '预算金额',
      '年度预算数',
      '批复预算数',
      '全年(调整)预算数',
      '调整后全年预算数',
      // 江苏 省级财政支出项目绩效报告表: 资金来源 | 计划投入 | 实际到位 | 实际支出.
      '计划投入',
      '计划投入数',
      '预算安排',
      '预算安排数',
      // The 福建 form's budget, the sum of the columns before it (小计④ = ①+②+③).
      '小计',
    ],
  },
  {
    column: 'received',
    aliases: [
      '实际到位数',
      '到位数',
      '实际到位资金',
      '资金到位数',
      '到位资金',
      '实际到位',
      '全年到位资金',
      '实际到位金额',
    ],
  },
  {
    column: 'executed',
    aliases: [
      '全年执行数',
      '预算执行数',
      '全年实际执行数',
      '执行数',
      '实际执行数',
      '全年实际支出',
      '实际支出数',
      '实际支出',
      '实际支出金额',
      '支出数',
      '决算数',
      '全年执行资金',
      '年度拨付金额',
    ],
  },
  { column: 'carryover', aliases: ['历年结余结转'] },
  { column: 'balance', aliases: ['结余', '结余资金', '结余数', '本年度结余金额', '结余金额'] },
  { column: 'weight', aliases: ['分值', '权重', '分值权重', '执行率权重', '执行率分值'] },
  {
    column: 'rate',
    aliases: ['执行率', '预算执行率', '全年执行率', '资金支出率', '资金使用率', '预算执行', '支出实现率'],
  },
  // 四川 区域绩效评价表: 全年预算数(A) | 统筹整合资金数(B) | 扣除统筹整合资金后预算金额(C) | 全年到位资金(D) |
  // 预算到位(D/C) | 全年执行资金(E) | 预算执行(E/C).
  // 资金情况 | 预算安排数 | 实际到位数 | 实际支出数 | 结余数 | 资金到位率 | 预算执行率: the arrival rate is no execution rate.
  {
    column: 'note',
    aliases: [
      '统筹整合资金数',
      '扣除统筹整合资金后预算金额',
      '预算到位',
      '资金到位率',
      '到位率',
      '年中调整金额',
      '资金结余率',
    ],
  },
  { column: 'score', aliases: ['得分', '执行率得分'] },
  { column: 'reason', aliases: ['原因', '偏差原因', '偏差原因分析', '未完成原因'] },
];

/** What a row of the funding block is. */
export type FundingRow = 'total' | 'fiscal' | 'carryover' | 'other' | 'basic' | 'project';

export const FUNDING_ROWS: { row: FundingRow; aliases: string[] }[] = [
  {
    row: 'total',
    aliases: [
      '年度资金总额',
      '年度总金额',
      '资金总额',
      '总额',
      '年度资金合计',
      '预算资金总额',
      '年度财政资金总额',
      '项目资金总额',
      '部门整体支出总额',
      '整体支出总额',
      '合计',
    ],
  },
  {
    row: 'fiscal',
    aliases: [
      '其中:当年财政拨款',
      '当年财政拨款',
      '其中:财政资金',
      '财政资金',
      '财政拨款',
      '其中:财政拨款',
      '省级财政资金',
      '市县财政资金',
      '财政资金小计',
    ],
  },
  { row: 'carryover', aliases: ['上年结转资金', '上年结转', '其中:上年结转资金'] },
  { row: 'other', aliases: ['其他资金', '单位资金', '财政专户管理资金', '其他', '其他资金小计'] },
  // 资金结构 rows of some provinces' department form.
  { row: 'basic', aliases: ['基本支出', '(1)基本支出', '基本支出总额'] },
  { row: 'project', aliases: ['项目支出', '(2)项目支出', '项目支出总额'] },
];

const ROW_OF = new Map(FUNDING_ROWS.flatMap((r) => r.aliases.map((a) => [a, r.row] as const)));

/** Asked for as often as label words (by every funding-row and column test), remembered the same way. */
const BARE_LABELS = new Map<string, string>();

/** A label as a form's word without its numbering ("(1)财政拨款" → "财政拨款"). */
export function bareLabel(label: string): string {
  let bare = BARE_LABELS.get(label);
  if (bare === undefined) {
    if (BARE_LABELS.size > 50_000) BARE_LABELS.clear();
    bare = labelWord(label).replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.]/, '');
    BARE_LABELS.set(label, bare);
  }
  return bare;
}

/** The funding row a label names, also after the block's own label ("资金结构:(1)基本支出"). */
export function fundingRowOf(label: string): FundingRow | undefined {
  const row = ROW_OF.get(bareLabel(label));
  if (row || !/[:：]/.test(label)) return row;
  return ROW_OF.get(bareLabel(label.replace(/^.*[:：]/, '')));
}

/** The record keys the cells of a department form's part rows fill (a project form's rows fill none). */
export const PART_ROW_KEYS: Partial<Record<FundingRow, Partial<Record<FundingColumn, string>>>> = {
  basic: { budget: 'finance.budget_basic', executed: 'finance.basic' },
  project: { budget: 'finance.budget_project', executed: 'finance.project' },
};

/** Which record key each cell of the funding block's total row fills (the others are not record keys). */
export const TOTAL_ROW_KEYS: Partial<Record<FundingColumn, string>> = {
  budget: 'overall.budget',
  executed: 'overall.executed',
  rate: 'overall.execution_rate',
  budget_initial: 'finance.budget_initial',
  carryover: 'finance.carryover_begin',
};

/** The same cells when the form is a project's. */
export const PROJECT_ROW_KEYS: Partial<Record<FundingColumn, string>> = {
  budget: 'budget',
  executed: 'executed',
  rate: 'execution_rate',
  budget_initial: 'budget_initial',
};

/**
 * The closing score row: the maximum (100) comes first, then the score, then maybe the grade.
 * 合计 closes a 绩效指标 table too; it counts only after a form's funding block or indicator header.
 */
export const SCORE_ROW_LABELS = [
  '总分',
  '自评总分',
  '综合评分',
  '自评得分',
  '评价得分',
  '总得分',
  '综合得分',
  // 总分 with its two characters swapped, as a page's flattened table writes it ("分总 100 97.5").
  '分总',
];
export const SCORE_ROW_AFTER_TABLE = ['合计', '总计'];

/** Labelled fields of a form's head: label → what it names. */
export const FORM_FIELDS: { field: 'project' | 'implementer' | 'department' | 'unit'; aliases: string[] }[] =
  [
    {
      field: 'project',
      aliases: [
        '项目名称',
        '专项名称',
        '专项资金名称',
        '项目(资金)名称',
        '专项(项目)名称',
        '转移(项目)名称',
        '转移支付(项目)名称',
        // 河北's older 部门工作活动(项目)绩效评价自评报告: "工作活动(项目)名称: | X".
        '工作活动(项目)名称',
      ],
    },
    {
      field: 'implementer',
      aliases: [
        '实施单位',
        '实施单位(盖章)',
        '项目实施单位',
        '实施单位名称',
        '资金使用单位',
        '项目单位',
        '项目单位名称',
        '项目承担单位',
        '承担单位',
        '工作活动(项目)承担单位',
      ],
    },
    {
      field: 'department',
      aliases: [
        '主管部门',
        '主管部门名称',
        '项目主管部门',
        '主管部门(盖章)',
        '区级主管部门',
        '县级主管部门',
        '地方主管部门',
        // 安徽 项目支出绩效目标表: "主管部门及代码 | [056]X局".
        '主管部门及代码',
        '工作活动(项目)主管部门',
      ],
    },
    {
      field: 'unit',
      aliases: [
        '预算单位名称',
        '部门(单位)全称',
        '单位全称',
        '部门全称',
        '区级预算单位名称',
        '县级预算单位名称',
        '市级预算单位名称',
        '预算单位',
        '单位名称',
        '部门名称',
        '部门(单位)名称',
        '单位(部门)名称',
        '填报单位',
        '填报单位(盖章)',
        '预算部门',
        '预算部门名称',
        '单位名称(公章)',
        '部门名称(公章)',
        '单位(公章)',
        '评价部门名称',
        // A 决算 table's heading line: "编制单位:X局" (and "部门:X学院", INLINE_FIELD_OF).
        '编制部门',
        '编制单位',
      ],
    },
  ];

/** Labels that end a form's head fields: the next label is never a field's value. */
export const FORM_LABEL_WORDS = [
  ...FORM_FIELDS.flatMap((f) => f.aliases),
  '项目负责人',
  '联系电话',
  '资金情况',
  '项目资金',
  '年度预算资金',
  '年度总体目标',
  '绩效指标',
  '项目基本情况',
  '填报日期',
  '评价年度',
  '主管部门及代码',
  '负责人及电话',
  '项目负责人及电话',
  '项目编号',
  '项目主要内容',
  '报告日期',
  // A transfer payment's form names the ministry and the higher levels over the unit: their names end
  // the field before them ("…名称X资金中央主管部门Y部地方主管部门Z局"), and are never the unit's.
  '中央主管部门',
  '省级主管部门',
  '市级主管部门',
  // A form's closing fields after its score (福建 市级财政项目支出绩效自评表).
  '存在问题',
  '改进措施',
  // The older report's basic-information block (plan-use.ts).
  '计划安排资金',
  '计划投资额',
  '实际使用情况',
  '项目起止时间',
  '项目类别',
  '项目属性',
  '项目类型',
  '预算执行情况',
  '年初设定目标',
  '全年实际完成情况',
  '年度目标完成情况',
  '自评等级',
  '评价等级',
  '绩效等级',
];

/** What a form head's field label names (项目名称 → project, 实施单位 → implementer …). */
/**
 * Labels that name a field only with their colon, in one cell ("部门:X学院 | 金额单位:万元" over a 决算
 * table): alone, the word is any text's ("国务院部门网站").
 */
export const INLINE_FIELD_OF = new Map<string, (typeof FORM_FIELDS)[number]['field']>([['部门', 'unit']]);

export const FORM_FIELD_OF = new Map(FORM_FIELDS.flatMap((f) => f.aliases.map((a) => [a, f.field] as const)));

/** The rows of the 绩效指标 table by their first-level name: known words that end a glued run. */
export const INDICATOR_LEVEL_WORDS = [
  '产出指标',
  '效益指标',
  '效果指标',
  '满意度指标',
  '管理指标',
  '投入指标',
  '过程指标',
];

/** A grade as forms write it, in the four-grade vocabulary. */
export const GRADE_OF: Record<string, string> = {
  优秀: '优秀',
  良好: '良好',
  一般: '一般',
  较差: '较差',
  优: '优秀',
  良: '良好',
  中: '一般',
  差: '较差',
};
export const GRADE_FIELD = /^(自评等级|评价等级|绩效等级|等级|评价结果)$/;

/**
 * Column words of the other tables reports carry (收入/支出决算, 三公, 指标表): the table rebuilder
 * joins the pieces of a word a line break split ("公共财" / "政拨款") when they make one of these.
 */
export const TABLE_HEADER_WORDS = [
  '行次',
  '栏次',
  '金额',
  '年度预算资金',
  '项目资金',
  '预算数',
  '决算数',
  '执行数',
  '实际支出数',
  '实际执行数',
  '实际到位数',
  '收入合计',
  '支出合计',
  '本年收入合计',
  '本年支出合计',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '上年结转',
  '公共财政拨款',
  '一般公共预算财政拨款',
  '政府基金拨款',
  '政府性基金预算财政拨款',
  '纳入专户管理的非税收入拨款',
  '事业收入',
  '经营收入',
  '其他收入',
  '年初结转和结余',
  '年末结转和结余',
  '机构名称',
  '单位名称',
  '项目名称',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '指标值',
  '完成值',
  '偏差原因分析及改进措施',
  '未完成原因分析',
  '因公出国(境)费',
  '公务用车购置及运行维护费',
  '公务用车购置费',
  '公务用车运行维护费',
  '公务用车运行费',
  '公务用车购置及运行费',
  '小计',
  '购置费',
  '运行费',
  '运行维护费',
  '公务接待费',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
];

/**
 * A budget disclosure (部门预算, "三公"经费预算情况说明) states budgets: its 三公 figures are the
 * budget keys, never spending. A title naming 决算, 执行 or an evaluation is not one.
 */
export const BUDGET_DISCLOSURE_TITLE = /预算/;
export const NOT_BUDGET_DISCLOSURE_TITLE = /决算|执行|自评|评价|绩效|报告|使用情况|支出情况/;
export const SANGONG_BUDGET_KEYS: Record<string, string> = {
  'sangong.total': 'sangong.budget',
  'sangong.abroad': 'sangong.budget_abroad',
  'sangong.vehicle_purchase': 'sangong.budget_vehicle_purchase',
  'sangong.vehicle_operation': 'sangong.budget_vehicle_operation',
  'sangong.vehicle_total': 'sangong.budget_vehicle_total',
  'sangong.reception': 'sangong.budget_reception',
};

/** A budget disclosure's figures are budgets: its 三公 keys, its 机关运行经费 (公用经费), 基本支出 and 项目支出. */
export const BUDGET_DISCLOSURE_KEYS: Record<string, string> = {
  ...SANGONG_BUDGET_KEYS,
  'finance.public': 'finance.public_budget',
  'finance.basic': 'finance.budget_basic',
  'finance.project': 'finance.budget_project',
};

/** A cell's text as a label word: no white space, colon, unit or bracketed letters ("预算数（A）" → "预算数"). */
export function labelWord(text: string): string {
  // The same cells are asked about again and again as a form is read: remember the answers.
  let word = LABEL_WORDS.get(text);
  if (word === undefined) {
    if (LABEL_WORDS.size > 50_000) LABEL_WORDS.clear();
    word = labelWordUncached(text);
    LABEL_WORDS.set(text, word);
  }
  return word;
}
const LABEL_WORDS = new Map<string, string>();

function labelWordUncached(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[:：]+$/, '')
      // A column's formula in its numbers ("支出实现率(%)⑤=④/③", read "(5)=(4)/(3)").
      .replace(/[(（]\d{1,2}[)）]=[()（）\d+\-/×*]+$/, '')
      .replace(/([(（][^()（）]{0,14}[)）])+$/, '')
      // A column's letter whose brackets were lost ("全年预算数A", "执行率B/A").
      .replace(/(?<=[数额率])[A-Z](?:\/[A-Z])?$/, '')
      .replace(/^其中[:：]?/, '')
      .replace(/^(19|20)\d\d年度?/, '')
  );
}

/** Every label the forms and tables above name: what makes a line of words a row of cells. */
export const KNOWN_LABELS = new Set(
  [
    ...FUNDING_COLUMNS.flatMap((c) => c.aliases),
    ...FUNDING_ROWS.flatMap((r) => r.aliases),
    ...FORM_FIELDS.flatMap((f) => f.aliases),
    ...SCORE_ROW_LABELS,
    ...TABLE_HEADER_WORDS,
    ...INDICATOR_LEVEL_WORDS,
  ].map(labelWord),
);

/**
 * The 财政拨款"三公"经费支出决算表 (and its budget twin): items as columns, each under 预算数 and/or
 * 决算数. Its leaf columns, matched by these words, in the order the header names them; the
 * vehicle item's 小计 is the combined figure.
 */
export const SANGONG_COLUMNS: { key: string; words: RegExp }[] = [
  { key: 'total', words: /^合计$|^总计$/ },
  { key: 'abroad', words: /因公出国/ },
  { key: 'vehicle_total', words: /公务用车购置及运行|^小计$/ },
  { key: 'vehicle_purchase', words: /购置费?$|购置$/ },
  { key: 'vehicle_operation', words: /运行(维护)?费?$|运行维护费?$/ },
  { key: 'reception', words: /公务接待/ },
];

/** Which figures the columns under these words hold. */
export const SANGONG_FIGURE_WORDS: { figure: 'budget' | 'actual'; words: RegExp }[] = [
  { figure: 'budget', words: /^(全年|年初)?预算数?$/ },
  { figure: 'actual', words: /^(决算数?|实际支出数?|支出决算数?|执行数)$/ },
];

/**
 * A figure row's year before its word ("2015年度决算数", "本年决算数", "上年决算数"): the word without it,
 * and the year as a number that orders this year after last (本年 latest, 上年 earliest).
 */
const ROW_YEAR = /^((?:19|20)\d{2})年度?|^(本|上)年度?/;
export function rowYear(label: string): { word: string; year?: number } {
  const m = label.match(ROW_YEAR);
  const year = m?.[1] ? Number(m[1]) : m?.[2] === '上' ? -1 : m?.[2] === '本' ? 1e4 : undefined;
  return { word: label.replace(ROW_YEAR, ''), ...(year !== undefined ? { year } : {}) };
}

/** The record key of a 三公 column under 预算数 or 决算数. */
export function sangongKey(column: string, figure: 'budget' | 'actual'): string {
  return figure === 'actual'
    ? `sangong.${column}`
    : column === 'total'
      ? 'sangong.budget'
      : `sangong.budget_${column}`;
}

/**
 * The least a department's total score or execution rate can plausibly be when a table states it
 * as a bare label–value pair: a smaller figure beside such a label in a scoring table is the row's
 * weight or the next row's number (预算执行率 | 5, 自评得分 | 1).
 */
export const PAIR_MINIMUM: Record<string, number> = {
  'overall.score': 40,
  'overall.execution_rate': 20,
};

/** Header words over their parts in two-level tables (the parts are columns, the parent is not). */
/**
 * Score sheets that name their indicator levels by what they hold, not 一级/二级/三级指标 (the Hunan
 * 部门整体支出管理及绩效评价评分表: 项目 | 考核内容 | 考核指标 | … | 权数 | 考评得分).
 */
export const SCORE_LEVEL_WORDS: { level: number; words: string[] }[] = [
  { level: 1, words: ['项目', '评价项目', '考核项目'] },
  { level: 2, words: ['考核内容', '评价内容'] },
  { level: 3, words: ['考核指标', '评价指标'] },
];

/** A header naming which figure the columns under it hold: 预算数, 决算数, 全年执行数 … */
export const FIGURE_QUALIFIER = /^(\d{4}年度?)?(本年|上年|全年|年初|调整后)?(预算|决算|执行)(数|金额)?$/;

/**
 * Sub-headers that split a project's funds by where they come from (中央 | 省级 | 市级 | 区级 under
 * 预算数), and the header cell over them: a part of the funds each, never the project's budget.
 */
export const FUND_SOURCE_SUBHEADER =
  /^(中央|省|市|县|区|乡|镇|本|上)级?(财政)?(资金|补助)?$|^(自筹|其他|其它|社会)(资金)?$/;
export const FUND_SOURCE_HEADER = /预算|资金来源|资金安排|安排资金/;

export const HEADER_PARTS: [string, string[]][] = [
  ['基本支出', ['人员经费', '公用经费']],
  ['公务用车购置及运行维护费', ['公务用车购置费', '公务用车运行维护费']],
];
