// The field vocabulary: for every record key, the labels under which reports state it, whether
// as a table label or as the words right before a figure in a sentence. A label is read together
// with its topic (topics.ts: 三公经费, 公用经费, 固定资产 …), which a sentence sets once for the clauses after
// it ("三公经费调整预算数12.4万元，实际支出8.7万元"). Labels are matched at their end, after
// normalisation, so "县财政批复我单位年初预算资金" is a 年初预算 label.

import type { FieldKey } from '../model/fields';
import type { Topic } from './topics';

export type FieldKind = 'amount' | 'rate' | 'count' | 'score';

export interface FieldRule {
  key: FieldKey;
  kind: FieldKind;
  label: RegExp;
  topics: Topic[];
}

const GENERAL: Topic[] = ['general', 'budget'];

// ("决算总数1286.47万元"; not what was saved: "公车节约最多,节约金额107.15万元".)
const SANGONG_SPEND =
  /^(?!.*(?:节约|节省))(?:.*(?:费|费用|经费|支出|决算(?:总数|数)?|合计|总额|金额|支出数|共计|汇总数|购置|运行维护)|公务接待)$/;
const SANGONG_BUDGET = /(年初|全年|调整后)?预算(数|安排数?|金额|拨入|下达数?)?(合计|总额|共计|总计)?$/;

/** Spending named by its funds ("财政拨款支出合计"): the amount executed only where the execution rate follows it. */
export const SPENT_BEFORE_RATE: FieldRule = {
  key: 'overall.executed',
  kind: 'amount',
  // "项目资金支出45万元,预算执行率100%": a project's funds spent, its rate after.
  // "2024年度衔接资金累计支出2361.7万元,支出进度95%": a fund's spending so far, its progress after.
  // "累计发放补助资金372.3万元,资金支出率96.33%": a subsidy paid out, its rate after.
  // "已完成拨付318.24万元,执行率97.5%": what was paid out so far.
  // "截至12月31日,上述资金已支出1234.56万元,支出进度96%": what was spent so far.
  // "全年支出补助资金468800元,执行率100%": what the year spent of a subsidy.
  label:
    /(财政拨款|财政资金)支出(合计|总额)$|^(项目)?资金支出$|^(\d{4}年度?)?[\u4e00-\u9fa5]{1,8}?资金累计支出$|^(累计)?发放(补助|补贴)?资金$|^(已|累计)(完成)?(拨付|支付)(资金)?$|^(上述资金)?(已|累计)支出(资金)?$|全年(实际)?支出[\u4e00-\u9fa5]{0,8}?资金$/,
  topics: GENERAL,
};

export const FIELD_RULES: FieldRule[] = [
  // Department-wide execution.
  {
    key: 'overall.executed',
    kind: 'amount',
    label: /一般公共预算(财政拨款)?支出决算(数|总额)?$/,
    topics: GENERAL,
  },
  {
    key: 'overall.budget',
    kind: 'amount',
    label:
      /^(\d{4}年度?)?(部门整体支出(总额)?|整体支出(总额)?|部门预算|部门|整体|本年|本年度|财政拨款|财政补助)?(经(追加)?|全年|年中)?(调整后)?(全年预算(数|资金|收入)?(合计|总额)?|调整后预算数?|调整预算数?|预算调整后(数|总额)?|预算调整数|年度预算数|预算数|预算安排(财政拨款)?(资金|金额|数|经费)?(共计?|合计|总额)?|预算总额|全年预算总额)(\(A\)|A)?$|^(\d{4}年度?)?部门预算$|^(\d{4}年度?)?[\u4e00-\u9fa5]{0,12}?(部门|单位)整体支出(全年|年度)?预算(数|资金|总额)?$|^(\d{4}年度?)?(项目)?批复(资金|金额|预算资金)(总额|共计)?$|^\d{4}年度?(共|累计)?(安排|下达)[\u4e00-\u9fa5]{0,10}?资金(总额|共计|合计)?$|^(\d{4}年度?)?(我[市县区旗])?(统筹整合|申报安排)[\u4e00-\u9fa5]{0,10}?资金(总额|共计|合计)?$/,
    // "项目批复资金126万元已全部到位": the funds approved for it.
    // "2024年度安排财政衔接资金2486万元": what the year arranged for a fund (not "…预算安排的…资金", a share).
    // "2021年我市统筹整合省级涉农资金2148.6万元", "申报安排省级涉农资金共1286万元": the funds a region report pooled.
    // "2017年青松乡部门整体支出全年预算数", "单位整体支出预算数": the whole's budget, its unit before it.
    // "部门预算安排财政拨款资金共212.46万元": what the budget arranged.
    // Also after a 年初预算 clause: "年初预算5000万元，年中追加1200万元，全年预算6200万元".
    topics: GENERAL,
  },
  {
    key: 'overall.executed',
    kind: 'amount',
    label:
      /^(\d{4}年度?)?(部门|整体|本年|本年度|财政拨款|财政补助)?(全年执行数?|执行数?|预算执行(金额|数)|实际执行(数|金额)?|全年实际支出(数|金额)?|全年支出)(\(B\)|B)?$/,
    // Also after a 年初预算 clause: "年初预算X万元，全年预算数Y万元，全年执行数Z万元".
    topics: GENERAL,
  },
  {
    key: 'overall.execution_rate',
    kind: 'rate',
    label:
      /(^|年度|全年|部门|整体|整体支出|本年|本年度|预算|支出|资金)(预算执行率|执行率|支出进度|执行进度|预算完成率|支出完成率)(情况)?$/,
    // Also after a 预算 clause ("预算收入合计X万元，实际支出Y万元，预算执行率Z%"): a rate is never a budget part.
    topics: GENERAL,
  },
  {
    key: 'overall.execution_rate',
    kind: 'rate',
    label: /(决算数|决算)[^,，]*完成预算(的)?$/,
    topics: GENERAL,
  },
  {
    key: 'overall.score',
    kind: 'score',
    label:
      /(?<!指标)(自评|综合|评价|绩效|量化|总体)(综合)?(得分|评分|分数|自评分|总分|总得分)$|^(自评得分|总得分|得分合计)$|自评分$|^(我[委局院会办])?(本年度|本年|年度)得分$/,
    topics: GENERAL,
  },

  // Finance.
  {
    key: 'finance.budget_initial',
    kind: 'amount',
    label:
      /(年初预算(安排|收入|支出)?|年初批复(部门)?预算|年初批复|部门预算批复|年度预算收入|部门预算收入|(^|年|年度)预算收入|预算资金年初|年初部门预算|(^|年|年度|部门)收入预算|收支预算|收支总预算)(资金|数|总额|合计)?$/,
    topics: GENERAL,
  },
  {
    key: 'finance.income_total',
    kind: 'amount',
    // 收入总计 adds the carry-over from the year before (年初结转和结余): not the year's income.
    label: /(^|年|度|实际|全年|部门|总|决算)收入(合计|总额|决算总额|决算数?|决算合计)?$/,
    topics: GENERAL,
  },
  {
    key: 'finance.fiscal_appropriation',
    kind: 'amount',
    // 财政补助收入: the appropriation under the 事业单位 accounts before 2019.
    // "财政拨款收入决算1,612.40万元": a 决算's own word after the line's.
    label:
      /(^|年|度|当年|一般公共预算|全部为|均为|收入中)(公共)?(财政拨款|财政补助)(收入)?(决算数?)?(合计|总计)?$/,
    topics: GENERAL,
  },
  {
    key: 'finance.fiscal_appropriation',
    kind: 'amount',
    // A statement's line for the same appropriation, 财政 left out: the year's, never a 年初预算's.
    label: /^([一二三四五六七八九十]+、)?一般公共预算拨款收入$/,
    topics: ['general'],
  },
  {
    key: 'finance.carryover_begin',
    kind: 'amount',
    label: /(年初结转和?结余|上年结转(和结余)?(资金)?|年初结余)$/,
    topics: GENERAL,
  },
  {
    key: 'finance.expenditure_total',
    kind: 'amount',
    // 支出总计 adds the year-end carry-over (结余分配, 年末结转和结余): not the year's spending.
    label: /(^|年|度|实际|全年|部门|单位|总|共|决算)支出(数|金额|合计|总额|决算总额|决算数?|决算合计)?$/,
    topics: GENERAL,
  },
  { key: 'finance.budget_basic', kind: 'amount', label: /基本支出(预算)?$/, topics: ['budget'] },
  // "2024年基本支出预算402.60万元": the basic spending's budget, named as such.
  {
    key: 'finance.budget_basic',
    kind: 'amount',
    label: /^(\d{4}年度?)?基本支出预算(数|资金)?$/,
    topics: GENERAL,
  },
  { key: 'finance.budget_project', kind: 'amount', label: /项目支出(预算)?$/, topics: ['budget'] },
  // "项目支出预算24.6万元,1-6月实际支出4.38万元": a monitoring report's budget of the unit's projects.
  {
    key: 'finance.budget_project',
    kind: 'amount',
    label: /^(\d{4}年度?)?项目支出预算(数|金额)?$/,
    topics: GENERAL,
  },
  // A report on all of a unit's projects: "年初项目预算金额…元，年末项目决算金额…元".
  {
    key: 'finance.budget_project',
    kind: 'amount',
    label: /^(\d{4}年度?)?年初项目预算(金额|数|资金)?(合计|总额)?$/,
    topics: GENERAL,
  },
  {
    key: 'finance.project',
    kind: 'amount',
    label: /^(\d{4}年度?)?年末项目(决算|支出)(金额|数)?(合计|总额)?$/,
    topics: GENERAL,
  },
  {
    key: 'finance.basic',
    kind: 'amount',
    label: /基本支出(合计|总额|决算数?|执行数)?$/,
    topics: ['general'],
  },
  {
    key: 'finance.project',
    kind: 'amount',
    // A hospital's accounts name it by its funds: "其中财政项目补助支出102.60万元".
    // "2024年项目实际支出468.92万元": what the projects spent.
    label: /^(\d{4}年度?)?(项目支出(合计|总额|决算数?|执行数)?|财政项目补助支出|项目实际支出)$/,
    topics: ['general'],
  },
  { key: 'finance.personnel', kind: 'amount', label: /(人员经费|人员支出)(合计)?$/, topics: ['general'] },
  {
    key: 'finance.public',
    kind: 'amount',
    label: /(公用经费|公用支出|机关运行经费)(支出|决算数?|合计)?$/,
    topics: ['general', 'public'],
  },
  { key: 'finance.public', kind: 'amount', label: /(实际支出|决算数?|支出)$/, topics: ['public'] },
  // "公用经费年初52.30万元,1-6月执行29.84万元": the year's opening budget of it.
  {
    key: 'finance.public_budget',
    kind: 'amount',
    label: /预算(数|安排数)?$|年初(预算)?(数)?$/,
    topics: ['public'],
  },
  {
    key: 'finance.carryover_end',
    kind: 'amount',
    // A bare 结转结余 is the 支出决算表's column: what is carried out of the year.
    label:
      /(年底|年末|年终|期末)(财政拨款)?(结转和?)?结余(资金)?$|(年底|年末|年终|期末)结余(和|及)?结转$|^结转和?结余$|^结余结转$|^结转下年$/,
    topics: GENERAL,
  },
  {
    key: 'finance.procurement_plan',
    kind: 'amount',
    label: /政府采购(计划|预算)(金额|数|总额)?$|^采购预算(金额|数)?$/,
    topics: ['procurement'],
  },
  {
    key: 'finance.procurement',
    kind: 'amount',
    // "实际采购金额": the column of a 政府采购情况表 beside its 采购预算.
    label: /(实际)?政府采购(实际)?(支出)?(总额|金额|合计)$|政府采购支出$|^实际采购(金额|支出)$/,
    topics: ['procurement'],
  },
  // "专项资金绩效评价资金总计340.9万元": the funds the evaluation covered.
  {
    key: 'finance.project_total',
    kind: 'amount',
    label: /(自评|评价)涉及(资金|金额)$|(自评|评价)资金(总计|合计|总额)$/,
    topics: GENERAL,
  },
  // "区级支出预算总量3318.74": a budget target table's total of the unit's budget.
  {
    key: 'overall.budget',
    kind: 'amount',
    label: /(区级|县级|市级|本级)?支出预算总量$/,
    topics: GENERAL,
  },
  // "项目资金总预算为2455.5万元": all the unit's projects together.
  {
    key: 'finance.project_total',
    kind: 'amount',
    // "年初预算项目73个，预算项目经费15690.38万元": the budgeted projects' funds.
    label: /^(\d{4}年度?)?项目资金总(预算|计)$|^(\d{4}年度?)?预算项目(经费|资金)(总额|合计)?$/,
    topics: GENERAL,
  },
  // Budget projects ("财政拨款项目共25个", "二级履职项目共计25个", "2021年项目22个"), not work done ("完成重点项目12个").
  {
    key: 'finance.project_count',
    kind: 'count',
    label:
      /(预算|拨款|履职|支出|纳入[^,，]*|^(\d{4}年度?)?((共|共计)?(实施|安排))?|单位\d{4}年度?|部门\d{4}年度?)项目(共|共计|总数|数)?$/,
    topics: GENERAL,
  },

  // Assets.
  { key: 'assets.total', kind: 'amount', label: /(?<!固定|流动|无形)资产(总计|总额|合计)$/, topics: GENERAL },
  { key: 'assets.fixed_original', kind: 'amount', label: /原值(总额|合计)?$/, topics: ['fixed'] },
  { key: 'assets.fixed_net', kind: 'amount', label: /净值$/, topics: ['fixed'] },

  // 三公经费: spending, budget and control rate, for the total and for each part.
  { key: 'sangong.budget', kind: 'amount', label: SANGONG_BUDGET, topics: ['sangong'] },
  { key: 'sangong.budget_abroad', kind: 'amount', label: SANGONG_BUDGET, topics: ['abroad'] },
  {
    key: 'sangong.budget_vehicle_purchase',
    kind: 'amount',
    label: SANGONG_BUDGET,
    topics: ['vehicle_purchase'],
  },
  {
    key: 'sangong.budget_vehicle_operation',
    kind: 'amount',
    label: SANGONG_BUDGET,
    topics: ['vehicle_operation'],
  },
  { key: 'sangong.budget_reception', kind: 'amount', label: SANGONG_BUDGET, topics: ['reception'] },
  { key: 'sangong.budget_vehicle_total', kind: 'amount', label: SANGONG_BUDGET, topics: ['vehicle'] },
  { key: 'sangong.total', kind: 'amount', label: SANGONG_SPEND, topics: ['sangong'] },
  // "…其中公务用车运行维护费2.10万元，公务接待费0.54万元，控制率75.43%": the whole's rate after its parts.
  {
    key: 'sangong.control_rate',
    kind: 'rate',
    label: /控制率$/,
    topics: ['sangong', 'abroad', 'vehicle', 'vehicle_purchase', 'vehicle_operation', 'reception'],
  },
  { key: 'sangong.abroad', kind: 'amount', label: SANGONG_SPEND, topics: ['abroad'] },
  { key: 'sangong.vehicle_purchase', kind: 'amount', label: SANGONG_SPEND, topics: ['vehicle_purchase'] },
  { key: 'sangong.vehicle_operation', kind: 'amount', label: SANGONG_SPEND, topics: ['vehicle_operation'] },
  { key: 'sangong.vehicle_total', kind: 'amount', label: SANGONG_SPEND, topics: ['vehicle'] },
  { key: 'sangong.reception', kind: 'amount', label: SANGONG_SPEND, topics: ['reception'] },

  // Staff.
  {
    key: 'staff.quota',
    kind: 'count',
    label:
      /(编制人数|编制数|人员编制|核定编制(人员|人数)?|核定[\u4e00-\u9fa5]{1,4}编制|核定编制在职(人员|人数)|机关编制|编制总数|总编制|专项编制|政法编制|^(人员构成)?(全局|全院|全校|全站|全所|全中心|单位|本单位|本部门|部门人员构成|人员构成)?编制|^(\d{4}年度?)?(年末|年底|末|底)编制)$/,
    topics: GENERAL,
  },
  {
    key: 'staff.in_service',
    kind: 'count',
    label:
      /(在职人数|在职人员|在职实有人数?|在职在编人员|实有在编人数|在编人数|在编在岗(人员|人数|教职工|职工|干部职工)?|在职在岗(人员|人数)?|在职职工(人数)?|在职教职工(人数)?|(现有)?在职教师|在职干部职工|在职在编教职工|实有在职(人员|人数)?|实有在编人员|在职实有(人员|人数)?|实有干警|在职干警|在编在职(人员|人数)?|(^|年末|年底|末)在职|^实际(正式|在编)?(教职工|职工|干部职工)(人数)?|实有在职[\u4e00-\u9fa5]{1,6}人员|在编实有(人员|人数)?|在编(职工|教职工|干部职工)(数|人数)?|现有(在职|在编)?(教职工|职工|干部职工)|在职在编|(实有)?在编干警|正式(员工|职工|在编人员))$/,
    topics: GENERAL,
  },
  // 实有人数 is the staff in service where nothing else says so; beside 在职人数 it counts retirees too.
  { key: 'staff.present', kind: 'count', label: /^(年末|年底)?(实有人数|实有人员|实有)$/, topics: GENERAL },
  {
    key: 'staff.retired',
    kind: 'count',
    label: /(离退休人员|退休人员|离退休人数|离退休|退休职工|退休人数|退休教职工|退休教师|(^|年末|年底)退休)$/,
    topics: GENERAL,
  },
  {
    key: 'staff.contract',
    kind: 'count',
    label:
      /(编外人员|编外用工(人数)?|劳务派遣人员|合同制(工作)?人员|合同工|实有临聘人员|临聘人员|临聘(教师|医生|医护人员|工作人员)|聘用人员|聘用制书记员|聘用制人员|临聘[\u4e00-\u9fa5]{0,4}人员|编外聘用(人员)?|临时工人|临时工|临时聘用人员|聘用[\u4e00-\u9fa5]{1,4}人员|聘用制[\u4e00-\u9fa5]{1,6}等?辅助人员|招聘(职工|员工|人员)|^(聘用|临聘|编外))$|^聘用[\u4e00-\u9fa5]{1,6}?[员警工师](及[\u4e00-\u9fa5]{1,6}?[员警工师])?$/,
    topics: GENERAL,
  },
];

/**
 * What a table of the appropriation's own spending (财政拨款支出决算表, 财政拨款收入支出决算总表) states for
 * the whole unit's accounts: nothing of its totals, parts and carry-overs, which are the appropriation's
 * alone; its 人员经费, 公用经费 and the rest are the unit's, as a 决算 states them.
 */
const APPROPRIATION_ONLY = new Set<FieldKey>([
  'finance.basic',
  'finance.project',
  'finance.expenditure_total',
  'finance.income_total',
  'finance.carryover_begin',
  'finance.carryover_end',
]);

/** The rule for a label under a topic, first match wins. */
export function ruleFor(label: string, topic: Topic, kind: FieldKind): FieldRule | undefined {
  if (topic === 'skip' || topic === 'project') return undefined;
  if (topic === 'appropriation') {
    const rule = ruleFor(label, 'general', kind);
    return rule && !APPROPRIATION_ONLY.has(rule.key) ? rule : undefined;
  }
  return FIELD_RULES.find((r) => r.kind === kind && r.topics.includes(topic) && r.label.test(label));
}

/** The spending key of each 三公 topic, and of the other fields a data table lists by row. */
export const ROW_FIELDS: Partial<Record<Topic, { actual: FieldKey; budget?: FieldKey }>> = {
  sangong: { actual: 'sangong.total', budget: 'sangong.budget' },
  abroad: { actual: 'sangong.abroad', budget: 'sangong.budget_abroad' },
  vehicle: { actual: 'sangong.vehicle_total', budget: 'sangong.budget_vehicle_total' },
  vehicle_purchase: { actual: 'sangong.vehicle_purchase', budget: 'sangong.budget_vehicle_purchase' },
  vehicle_operation: { actual: 'sangong.vehicle_operation', budget: 'sangong.budget_vehicle_operation' },
  reception: { actual: 'sangong.reception', budget: 'sangong.budget_reception' },
  public: { actual: 'finance.public', budget: 'finance.public_budget' },
};

/** Keys whose value for the year before has a key of its own. */
export const PREVIOUS_YEAR_KEY: Record<string, FieldKey> = {
  'sangong.total': 'sangong.prev_total',
  'finance.income_total': 'finance.income_prev_year',
  'finance.expenditure_total': 'finance.expenditure_prev_year',
};
