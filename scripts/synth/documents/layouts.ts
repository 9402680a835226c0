// The layouts of the demo corpus. Each turns one unit-year of the story into a document model and
// the answer-key record of what that document states:
//  - narrative: a 部门整体支出绩效自评报告 in prose with tab-row tables (projects, scoring table);
//  - cells:     the 部门整体支出绩效自评表 form saved as text with one cell per line;
//  - accounts:  a 部门决算 说明 with figures only in sentences (三公 "比上年增加/减少");
//  - national:  the national 部门整体支出绩效自评表 template and a 项目支出绩效自评表 per project;
//  - portal:    a report as a government web page publishes it, tables with merged cells.

import Decimal from 'decimal.js';
import type { CellSpec } from './draft';
import { DEMO_MARKER, Draft, type AnswerRecord } from './draft';
import { NATIONAL_INDICATORS } from './catalog';
import { Random, derivedSeed } from './random';
import type { ProjectYear, UnitStory, YearFacts } from './story';

export const LAYOUTS = ['narrative', 'cells', 'accounts', 'national', 'portal'] as const;
export type Layout = (typeof LAYOUTS)[number];

const w = (d: Decimal) => d.toFixed(2);
const t = (d: Decimal) => d.toFixed();
/** An amount in 万元 written in 元 with thousands separators (8,501,800.00). */
const inYuan = (d: Decimal) =>
  d
    .mul(10000)
    .toFixed(2)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const HIGH_SCORE = 90;
const LOW_RATE = 80;

function newRecord(story: UnitStory, f: YearFacts): AnswerRecord {
  return {
    unit: {
      name: story.name,
      dept_type: story.dept.name,
      province: story.county.province,
      city: story.county.city,
      county: story.county.name,
      division_code: story.county.code,
    },
    year: f.year,
    report_kinds: [],
    overall: {},
    finance: {},
    sangong: {},
    staff: {},
    assets: {},
    quarterly: [],
    projects: [],
    indicators: [],
    expected_findings: [],
  };
}

export function renderLayout(layout: Layout, story: UnitStory, f: YearFacts, seed: number): Draft {
  const d = new Draft(newRecord(story, f));
  const rng = new Random(derivedSeed(seed, 'layout', story.index, f.year, layout));
  ({ narrative, cells, accounts, national, portal })[layout](d, story, f, rng);
  expectFindings(d, f);
  return d;
}

/** The findings the checks must report, given what this document states. */
function expectFindings(d: Draft, f: YearFacts): void {
  const r = d.record;
  const o = r.overall;
  if (
    f.flaws.has('balance') &&
    ['carryover_begin', 'income_total', 'expenditure_total', 'carryover_end'].every((k) => k in r.finance)
  )
    d.finding('balance_mismatch', `year-end balance ${r.finance.carryover_end} does not close`);
  if (f.flaws.has('rate') && o.budget && o.executed && o.execution_rate)
    d.finding('rate_mismatch', `stated rate ${o.execution_rate}% vs ${o.executed}/${o.budget}`);
  if (f.flaws.has('score_sum') && o.score && r.indicators.length)
    d.finding(
      'score_sum_mismatch',
      `rows add up to ${r.indicators.reduce((s, i) => s.plus(i.score), new Decimal(0)).toFixed()} but the total is ${o.score}`,
    );
  const high = (o.score && new Decimal(o.score).gte(HIGH_SCORE)) || o.grade === '优秀';
  if (high && o.execution_rate && new Decimal(o.execution_rate).lt(LOW_RATE))
    d.finding('high_score_low_execution', `score ${o.score ?? o.grade} with execution ${o.execution_rate}%`);
}

function sayScoring(d: Draft, f: YearFacts): void {
  for (const item of f.scoring)
    d.record.indicators.push({
      name: item.path[2]!,
      path: item.path,
      weight: t(item.weight),
      score: t(item.score),
    });
}

function sayProject(d: Draft, p: ProjectYear, withIndicators: boolean): void {
  d.record.projects.push({
    name: p.name,
    budget: t(p.budget),
    executed: t(p.executed),
    execution_rate: t(p.rate),
    score: t(p.score),
    ...(withIndicators
      ? {
          indicators: p.indicators.map((i) => ({
            name: i.path[2],
            path: i.path,
            target: i.target,
            actual: i.actual,
            weight: t(i.weight),
            score: t(i.score),
          })),
        }
      : {}),
  });
}

/** The scoring table as tab rows: the first two levels only on the first row of their group. */
function scoringRows(f: YearFacts, totalLabel: string): string[][] {
  const rows: string[][] = [['一级指标', '二级指标', '三级指标', '分值', '得分']];
  let prev: string[] = [];
  for (const item of f.scoring) {
    rows.push([
      item.path[0] === prev[0] ? '' : item.path[0]!,
      item.path[1] === prev[1] && item.path[0] === prev[0] ? '' : item.path[1]!,
      item.path[2]!,
      t(item.weight),
      t(item.score),
    ]);
    prev = item.path;
  }
  rows.push([totalLabel, '', '', '100', t(f.score)]);
  return rows;
}

function staffSentence(d: Draft, f: YearFacts): string {
  return (
    `我单位核定编制${d.say('staff', 'quota', f.staff.quota)}人，${f.year}年末在职实有人数${d.say('staff', 'in_service', f.staff.inService)}人，` +
    `离退休人员${d.say('staff', 'retired', f.staff.retired)}人，编外人员${d.say('staff', 'contract', f.staff.contract)}人。`
  );
}

function sangongSentence(d: Draft, f: YearFacts): string {
  const s = f.sangong;
  return (
    `${f.year}年“三公”经费预算${d.say('sangong', 'budget', s.budget, w(s.budget))}万元，实际支出${d.say('sangong', 'total', s.total, w(s.total))}万元，` +
    `“三公”经费控制率为${d.say('sangong', 'control_rate', s.controlRate, w(s.controlRate))}%。其中：因公出国(境)费${d.say('sangong', 'abroad', s.abroad, w(s.abroad))}万元，` +
    `公务用车购置费${d.say('sangong', 'vehicle_purchase', s.vehiclePurchase, w(s.vehiclePurchase))}万元，公务用车运行维护费${d.say('sangong', 'vehicle_operation', s.vehicleOperation, w(s.vehicleOperation))}万元，` +
    `公务接待费${d.say('sangong', 'reception', s.reception, w(s.reception))}万元。`
  );
}

function quarterSentence(d: Draft, f: YearFacts): string {
  const names = ['一', '二', '三', '四'];
  f.quarterly.forEach((q, i) => d.record.quarterly.push({ quarter: i + 1, progress: t(q) }));
  return f.quarterly.map((q, i) => `第${names[i]}季度支出进度为${w(q)}%`).join('，') + '。';
}

function narrative(d: Draft, s: UnitStory, f: YearFacts, rng: Random): void {
  d.kind('overall_self_eval');
  d.p(`${s.name}${f.year}年度部门整体支出绩效自评报告`);
  d.p(DEMO_MARKER);
  d.p('一、部门基本情况');
  d.p('（一）人员情况');
  d.p(staffSentence(d, f));
  d.p('（二）资产情况');
  d.p(
    `截至${f.year}年12月31日，本单位资产总计${d.say('assets', 'total', f.assets.total, w(f.assets.total))}万元，` +
      `其中固定资产原值${d.say('assets', 'fixed_original', f.assets.fixedOriginal, w(f.assets.fixedOriginal))}万元，` +
      `固定资产净值${d.say('assets', 'fixed_net', f.assets.fixedNet, w(f.assets.fixedNet))}万元。`,
  );
  d.p('（三）部门预算收支情况');
  d.p(
    `本单位${f.year}年度预算收入${d.say('finance', 'budget_initial', f.budgetInitial, w(f.budgetInitial))}万元，预算支出${w(f.budgetInitial)}万元，` +
      `其中基本支出${d.say('finance', 'budget_basic', f.budgetBasic, w(f.budgetBasic))}万元，项目支出${d.say('finance', 'budget_project', f.budgetProject, w(f.budgetProject))}万元。`,
  );
  d.p('二、部门整体支出情况');
  d.p(
    `${f.year}年全年预算数${d.say('overall', 'budget', f.budget, w(f.budget))}万元，全年执行数${d.say('overall', 'executed', f.executed, w(f.executed))}万元，` +
      `预算执行率${d.say('overall', 'execution_rate', f.rate, w(f.rate))}%。`,
  );
  d.p(
    `年初结转和结余${d.say('finance', 'carryover_begin', f.carryoverBegin, w(f.carryoverBegin))}万元，本年收入合计${d.say('finance', 'income_total', f.incomeTotal, w(f.incomeTotal))}万元，` +
      `本年支出合计${d.say('finance', 'expenditure_total', f.executed, w(f.executed))}万元，年末结转和结余${d.say('finance', 'carryover_end', f.carryoverEnd, w(f.carryoverEnd))}万元。`,
  );
  d.p(
    `本年支出中，基本支出${d.say('finance', 'basic', f.basic, w(f.basic))}万元，其中人员经费${d.say('finance', 'personnel', f.personnel, w(f.personnel))}万元、` +
      `公用经费${d.say('finance', 'public', f.public, w(f.public))}万元；项目支出${d.say('finance', 'project', f.project, w(f.project))}万元。`,
  );
  d.p(quarterSentence(d, f));
  d.p(sangongSentence(d, f));
  d.p('三、项目支出绩效情况');
  d.p(`${f.year}年度项目支出绩效自评汇总表`);
  // Some units give this table in 元, with thousands separators.
  const yuan = s.index % 4 === 1;
  const m = (x: Decimal) => (yuan ? inYuan(x) : w(x));
  d.p(yuan ? '单位：元' : '单位：万元');
  const rows: string[][] = [['序号', '项目名称', '预算安排金额', '预算执行金额', '预算执行率', '自评得分']];
  f.projects.forEach((p, i) => {
    rows.push([String(i + 1), p.name, m(p.budget), m(p.executed), `${w(p.rate)}%`, t(p.score)]);
    sayProject(d, p, false);
  });
  d.table(rows);
  d.p('四、部门整体支出绩效自评情况');
  d.p(rng.chance(0.5) ? '部门整体支出绩效评价指标评分表' : '部门整体支出绩效自评指标得分情况');
  d.table(scoringRows(f, '合计'));
  sayScoring(d, f);
  d.p(
    `经自评，本单位${f.year}年度部门整体支出绩效自评得分${d.say('overall', 'score', f.score)}分，评价等级为${d.say('overall', 'grade', f.grade)}。`,
  );
  d.p('五、存在的问题及改进措施');
  d.p('部分项目支出进度偏慢，下一步将加强预算执行监控，提高资金使用效益。');
}

function cells(d: Draft, s: UnitStory, f: YearFacts): void {
  d.kind('overall_self_eval');
  d.p(`${s.name}${f.year}年度部门整体支出绩效自评表`);
  d.p(DEMO_MARKER);
  d.p('一、部门（单位）基本概况');
  d.table([
    [
      '单位名称',
      s.name,
      '人员编制',
      d.say('staff', 'quota', f.staff.quota),
      '实有人数',
      String(f.staff.inService + f.staff.contract),
    ],
    [
      '在职人员',
      d.say('staff', 'in_service', f.staff.inService),
      '离退休人员',
      d.say('staff', 'retired', f.staff.retired),
      '编外人员',
      d.say('staff', 'contract', f.staff.contract),
    ],
  ]);
  d.p('二、部门（单位）收支情况');
  d.p('年度收入情况（万元）');
  const other = f.incomeTotal.minus(f.fiscalAppropriation);
  d.table([
    ['机构名称', '收入合计', '上年结转', '公共财政拨款', '其他收入'],
    [
      '局机关及二级机构汇总',
      d.say('finance', 'income_total', f.incomeTotal, w(f.incomeTotal)),
      d.say('finance', 'carryover_begin', f.carryoverBegin, w(f.carryoverBegin)),
      d.say('finance', 'fiscal_appropriation', f.fiscalAppropriation, w(f.fiscalAppropriation)),
      w(other),
    ],
  ]);
  d.p('部门（单位）年度支出和结余情况（万元）');
  d.table([
    ['机构名称', '支出合计', '基本支出', '人员支出', '公用支出', '项目支出', '年末结转和结余'],
    [
      '局机关及二级机构汇总',
      d.say('finance', 'expenditure_total', f.executed, w(f.executed)),
      d.say('finance', 'basic', f.basic, w(f.basic)),
      d.say('finance', 'personnel', f.personnel, w(f.personnel)),
      d.say('finance', 'public', f.public, w(f.public)),
      d.say('finance', 'project', f.project, w(f.project)),
      d.say('finance', 'carryover_end', f.carryoverEnd, w(f.carryoverEnd)),
    ],
  ]);
  d.p('“三公”经费支出情况（万元）');
  const sg = f.sangong;
  d.table([
    ['机构名称', '三公经费合计', '因公出国费', '公务用车购置费', '公务用车运维费', '公务接待费'],
    [
      '局机关及二级机构汇总',
      d.say('sangong', 'total', sg.total, w(sg.total)),
      d.say('sangong', 'abroad', sg.abroad, w(sg.abroad)),
      d.say('sangong', 'vehicle_purchase', sg.vehiclePurchase, w(sg.vehiclePurchase)),
      d.say('sangong', 'vehicle_operation', sg.vehicleOperation, w(sg.vehicleOperation)),
      d.say('sangong', 'reception', sg.reception, w(sg.reception)),
    ],
  ]);
  if (f.flaws.has('unit_slip')) {
    // The narrative drops 万: the same figure in 元, which the checks flag as a unit slip.
    d.p(`本年度基本支出${w(f.basic)}元，主要用于保障机构正常运转。`);
    d.finding('unit_suspect', `基本支出 ${w(f.basic)} stated in 元 in the narrative, 万元 in the table`);
  }
  d.p('三、部门（单位）整体支出绩效自评情况');
  d.table([
    [
      '全年预算数（万元）',
      d.say('overall', 'budget', f.budget, w(f.budget)),
      '全年执行数（万元）',
      d.say('overall', 'executed', f.executed, w(f.executed)),
      '预算执行率',
      `${d.say('overall', 'execution_rate', f.rate, w(f.rate))}%`,
    ],
  ]);
  d.table(scoringRows(f, '总分'));
  sayScoring(d, f);
  d.p('四、部门整体支出绩效自评结论');
  d.table([
    ['绩效自评综合得分', `${d.say('overall', 'score', f.score)}分`],
    ['评价等次', d.say('overall', 'grade', f.grade)],
  ]);
}

function accounts(d: Draft, s: UnitStory, f: YearFacts): void {
  d.kind('final_accounts');
  d.p(`${s.name}${f.year}年度部门决算`);
  d.p(DEMO_MARKER);
  d.p('第一部分 部门概况');
  d.p('一、基本职能及主要工作');
  d.p(`${s.name}贯彻落实县委、县政府决策部署，依法履行部门职责，完成年度各项工作任务。`);
  d.p('二、人员情况');
  d.p(
    `截至${f.year}年12月31日，本部门编制数${d.say('staff', 'quota', f.staff.quota)}人，在职人员${d.say('staff', 'in_service', f.staff.inService)}人，离退休人员${d.say('staff', 'retired', f.staff.retired)}人。`,
  );
  d.p(`第二部分 ${f.year}年度部门决算情况说明`);
  d.p('一、收入决算情况说明');
  const other = f.incomeTotal.minus(f.fiscalAppropriation);
  const share = (x: Decimal, of: Decimal) => (of.isZero() ? '0' : x.div(of).mul(100).toFixed(2));
  d.p(
    `${f.year}年本年收入合计${d.say('finance', 'income_total', f.incomeTotal, w(f.incomeTotal))}万元，其中：一般公共预算财政拨款收入${d.say('finance', 'fiscal_appropriation', f.fiscalAppropriation, w(f.fiscalAppropriation))}万元，` +
      `占${share(f.fiscalAppropriation, f.incomeTotal)}%；其他收入${w(other)}万元，占${share(other, f.incomeTotal)}%。`,
  );
  d.p('二、支出决算情况说明');
  d.p(
    `${f.year}年本年支出合计${d.say('finance', 'expenditure_total', f.executed, w(f.executed))}万元，其中：基本支出${d.say('finance', 'basic', f.basic, w(f.basic))}万元，` +
      `占${share(f.basic, f.executed)}%；项目支出${d.say('finance', 'project', f.project, w(f.project))}万元，占${share(f.project, f.executed)}%。`,
  );
  d.p('三、一般公共预算财政拨款支出决算情况说明');
  d.p(
    `${f.year}年一般公共预算支出决算数为${d.say('overall', 'executed', f.executed, w(f.executed))}万元，完成预算${d.say('overall', 'execution_rate', f.rate, w(f.rate))}%。`,
  );
  d.p('四、一般公共预算财政拨款基本支出决算情况说明');
  d.p(
    `${f.year}年一般公共预算财政拨款基本支出${w(f.basic)}万元，其中：人员经费${d.say('finance', 'personnel', f.personnel, w(f.personnel))}万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费等；` +
      `日常公用经费${d.say('finance', 'public', f.public, w(f.public))}万元，主要包括办公费、印刷费、水电费、差旅费等。`,
  );
  d.p('五、“三公”经费财政拨款支出决算情况说明');
  const sg = f.sangong;
  d.p(`${f.year}年“三公”经费财政拨款支出决算为${d.say('sangong', 'total', sg.total, w(sg.total))}万元。`);
  d.p(
    `其中：因公出国（境）费支出决算${d.say('sangong', 'abroad', sg.abroad, w(sg.abroad))}万元；公务用车购置费支出决算${d.say('sangong', 'vehicle_purchase', sg.vehiclePurchase, w(sg.vehiclePurchase))}万元；` +
      `公务用车运行维护费支出决算${d.say('sangong', 'vehicle_operation', sg.vehicleOperation, w(sg.vehicleOperation))}万元；公务接待费支出决算${d.say('sangong', 'reception', sg.reception, w(sg.reception))}万元。`,
  );
  if (sg.prevTotal) {
    const diff = sg.total.minus(sg.prevTotal);
    const word = diff.isNegative() ? '减少' : '增加';
    d.record.sangong.prev_total_derived = t(sg.prevTotal);
    d.p(
      `“三公”经费支出决算比${f.year - 1}年${word}${w(diff.abs())}万元，主要原因是${diff.isNegative() ? '严格落实中央八项规定精神，压减一般性支出' : '按规定更新购置公务用车'}。`,
    );
  }
  d.p('六、其他重要事项的情况说明');
  d.p(`（一）机关运行经费支出情况。${f.year}年，本部门机关运行经费支出${w(f.public)}万元。`);
  d.p(
    `（二）政府采购支出情况。${f.year}年，本部门政府采购支出总额${d.say('finance', 'procurement', f.procurement, w(f.procurement))}万元。`,
  );
  d.p('（三）预算绩效管理情况。');
  f.projects.forEach((p, i) => {
    d.record.projects.push({
      name: p.name,
      budget: t(p.budget),
      executed: t(p.executed),
      execution_rate: t(p.rate),
    });
    d.p(
      `（${i + 1}）“${p.name}”项目绩效目标完成情况综述。项目全年预算数${w(p.budget)}万元，执行数为${w(p.executed)}万元，完成预算的${w(p.rate)}%。通过项目实施，较好地完成了年度绩效目标。`,
    );
  });
}

/** The national 部门整体支出绩效自评表: funding row (10 points) and department indicators (90). */
function national(d: Draft, s: UnitStory, f: YearFacts, rng: Random): void {
  d.kind('overall_self_eval');
  d.kind('project_self_eval');
  d.p('部门整体支出绩效自评表');
  d.p(`（${f.year}年度）`);
  d.p(DEMO_MARKER);
  // The funding row's score and the indicator scores add up to the stated total.
  const earned = f.score;
  let funding = f.rate.div(10).toDecimalPlaces(1, Decimal.ROUND_DOWN);
  if (funding.gt(10)) funding = new Decimal(10);
  if (earned.minus(funding).gt(90)) funding = earned.minus(90);
  if (earned.minus(funding).lt(0)) funding = earned;
  const indicatorScores = spread(
    earned.minus(funding),
    NATIONAL_INDICATORS.map((i) => i.weight),
    rng,
  );
  const rows: CellSpec[][] = [
    ['部门（单位）名称', { text: s.name, colSpan: 7 }],
    [
      { text: '年度主要任务', rowSpan: f.projects.length + 1 },
      '任务名称',
      { text: '主要内容', colSpan: 4 },
      '预算数',
      '执行数',
    ],
    ...f.projects.map((p): CellSpec[] => [
      p.name,
      { text: `按计划实施${p.name}，完成年度目标任务`, colSpan: 4 },
      t(p.budget),
      t(p.executed),
    ]),
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
    [
      '年度资金总额',
      d.say('finance', 'budget_initial', f.budgetInitial, t(f.budgetInitial)),
      d.say('overall', 'budget', f.budget, t(f.budget)),
      d.say('overall', 'executed', f.executed, t(f.executed)),
      '10',
      `${d.say('overall', 'execution_rate', f.rate, t(f.rate))}%`,
      t(funding),
      '',
    ],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ];
  NATIONAL_INDICATORS.forEach((ind, i) => {
    const r = new Random(derivedSeed(f.year, s.index, i)).next();
    rows.push([
      '',
      ind.path[0],
      ind.path[1],
      ind.path[2],
      ind.target,
      ind.actual(r),
      String(ind.weight),
      t(indicatorScores[i]!),
    ]);
    d.record.indicators.push({
      name: ind.path[2],
      path: [...ind.path],
      weight: String(ind.weight),
      score: t(indicatorScores[i]!),
    });
  });
  rows.push(['总分', '', '', '', '', '', '100', d.say('overall', 'score', f.score)]);
  d.table(rows);
  d.p(`填报单位：${s.name}`);
  for (const p of f.projects) {
    d.p('项目支出绩效自评表');
    d.p(`（${f.year}年度）`);
    const prow: CellSpec[][] = [
      ['项目名称', p.name, '', '', '', '', '', ''],
      ['主管部门', s.name, '', '', '实施单位', s.name, '', ''],
      [
        '项目资金（万元）',
        '年初预算数',
        '全年预算数（A）',
        '全年执行数（B）',
        '分值',
        '执行率（B/A）',
        '得分',
        '',
      ],
      [
        '年度资金总额',
        t(p.budgetInitial),
        t(p.budget),
        t(p.executed),
        '10',
        `${t(p.rate)}%`,
        t(p.fundingScore),
        '',
      ],
      ['其中：当年财政拨款', t(p.budgetInitial), t(p.budget), t(p.executed), '', '', '', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值（A）', '实际完成值（B）', '分值', '得分'],
    ];
    for (const i of p.indicators)
      prow.push(['', i.path[0], i.path[1], i.path[2], i.target, i.actual, t(i.weight), t(i.score)]);
    prow.push(['总分', '', '', '', '', '', '100', t(p.score)]);
    d.table(prow);
    sayProject(d, p, true);
  }
}

/** `total` spread over items of these weights, in half points, none above its weight. */
function spread(total: Decimal, weights: number[], rng: Random): Decimal[] {
  const scores = weights.map((x) => x * 2);
  let deduct = new Decimal(weights.reduce((a, b) => a + b, 0)).minus(total).mul(2).round().toNumber();
  let guard = 0;
  while (deduct > 0 && guard++ < 10000) {
    const i = rng.int(0, scores.length - 1);
    if (scores[i]! > 0) {
      scores[i]!--;
      deduct--;
    }
  }
  // A total with a tenth (funding row 8.7 …) leaves the remainder on the first row.
  const out = scores.map((x) => new Decimal(x).div(2));
  const diff = total.minus(out.reduce((a, b) => a.plus(b), new Decimal(0)));
  out[0] = out[0]!.plus(diff);
  return out;
}

/** A web page of a county government site: prose, a summary table, a scoring table with row and column spans. */
function portal(d: Draft, s: UnitStory, f: YearFacts): void {
  d.kind('overall_self_eval');
  d.p(`${s.name}${f.year}年度部门整体支出绩效自评报告`);
  d.p(DEMO_MARKER);
  d.p('一、部门概况');
  d.p(staffSentence(d, f));
  d.p('二、部门整体支出情况');
  d.p('表1 部门收支情况（单位：万元）');
  d.table([
    ['年初结转和结余', '本年收入合计', '财政拨款收入', '支出合计', '基本支出', '项目支出', '年末结转和结余'],
    [
      d.say('finance', 'carryover_begin', f.carryoverBegin, w(f.carryoverBegin)),
      d.say('finance', 'income_total', f.incomeTotal, w(f.incomeTotal)),
      d.say('finance', 'fiscal_appropriation', f.fiscalAppropriation, w(f.fiscalAppropriation)),
      d.say('finance', 'expenditure_total', f.executed, w(f.executed)),
      d.say('finance', 'basic', f.basic, w(f.basic)),
      d.say('finance', 'project', f.project, w(f.project)),
      d.say('finance', 'carryover_end', f.carryoverEnd, w(f.carryoverEnd)),
    ],
  ]);
  d.p(
    `${f.year}年全年预算数${d.say('overall', 'budget', f.budget, w(f.budget))}万元，全年执行数${d.say('overall', 'executed', f.executed, w(f.executed))}万元，` +
      `预算执行率${d.say('overall', 'execution_rate', f.rate, w(f.rate))}%。`,
  );
  d.p(quarterSentence(d, f));
  d.p(sangongSentence(d, f));
  d.p('三、绩效自评情况');
  d.p('表2 部门整体支出绩效自评指标得分');
  const rows: CellSpec[][] = [['一级指标', '二级指标', '三级指标', '分值', '得分']];
  const groups = new Map<string, number>();
  for (const item of f.scoring)
    groups.set(item.path.slice(0, 2).join('|'), (groups.get(item.path.slice(0, 2).join('|')) ?? 0) + 1);
  const firstCount = new Map<string, number>();
  for (const item of f.scoring) firstCount.set(item.path[0]!, (firstCount.get(item.path[0]!) ?? 0) + 1);
  let prev: string[] = [];
  for (const item of f.scoring) {
    const row: CellSpec[] = [];
    if (item.path[0] !== prev[0]) row.push({ text: item.path[0]!, rowSpan: firstCount.get(item.path[0]!) });
    const g = item.path.slice(0, 2).join('|');
    if (g !== prev.slice(0, 2).join('|')) row.push({ text: item.path[1]!, rowSpan: groups.get(g) });
    row.push(item.path[2]!, t(item.weight), t(item.score));
    rows.push(row);
    prev = item.path;
  }
  rows.push([{ text: '合计', colSpan: 3 }, '100', t(f.score)]);
  d.table(rows);
  sayScoring(d, f);
  d.p(
    `经自评，${f.year}年度部门整体支出绩效自评得分${d.say('overall', 'score', f.score)}分，评价等级为${d.say('overall', 'grade', f.grade)}。`,
  );
}
