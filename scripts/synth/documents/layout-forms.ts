// The layouts of the demo corpus that are forms (自评表), nearly all of their figures in tables:
//  - cells:    the 部门整体支出绩效自评表 form saved as text with one cell per line;
//  - national: the national 部门整体支出绩效自评表 template and a 项目支出绩效自评表 per project.

import Decimal from 'decimal.js';
import type { CellSpec } from './draft';
import { DEMO_MARKER, type Draft } from './draft';
import { NATIONAL_INDICATORS } from './catalog';
import { sayAllW, sayProject, sayScoring, sayW, scoringRows, t, w } from './layout-parts';
import { Random, deductHalfPoints, derivedSeed } from './random';
import type { UnitStory, YearFacts } from './story-facts';

export function cells(d: Draft, s: UnitStory, f: YearFacts): void {
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
      ...sayAllW(d, 'finance', {
        income_total: f.incomeTotal,
        carryover_begin: f.carryoverBegin,
        fiscal_appropriation: f.fiscalAppropriation,
      }),
      w(other),
    ],
  ]);
  d.p('部门（单位）年度支出和结余情况（万元）');
  d.table([
    ['机构名称', '支出合计', '基本支出', '人员支出', '公用支出', '项目支出', '年末结转和结余'],
    [
      '局机关及二级机构汇总',
      ...sayAllW(d, 'finance', {
        expenditure_total: f.executed,
        basic: f.basic,
        personnel: f.personnel,
        public: f.public,
        project: f.project,
        carryover_end: f.carryoverEnd,
      }),
    ],
  ]);
  d.p('“三公”经费支出情况（万元）');
  const sg = f.sangong;
  d.table([
    ['机构名称', '三公经费合计', '因公出国费', '公务用车购置费', '公务用车运维费', '公务接待费'],
    [
      '局机关及二级机构汇总',
      ...sayAllW(d, 'sangong', {
        total: sg.total,
        abroad: sg.abroad,
        vehicle_purchase: sg.vehiclePurchase,
        vehicle_operation: sg.vehicleOperation,
        reception: sg.reception,
      }),
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
      sayW(d, 'overall', 'budget', f.budget),
      '全年执行数（万元）',
      sayW(d, 'overall', 'executed', f.executed),
      '预算执行率',
      `${sayW(d, 'overall', 'execution_rate', f.rate)}%`,
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

/** The national 部门整体支出绩效自评表: funding row (10 points) and department indicators (90). */
export function national(d: Draft, s: UnitStory, f: YearFacts, rng: Random): void {
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
  const deduct = new Decimal(weights.reduce((a, b) => a + b, 0)).minus(total).mul(2).round().toNumber();
  const scores = deductHalfPoints(weights, deduct, rng);
  // A total with a tenth (funding row 8.7 …) leaves the remainder on the first row.
  const out = scores.map((x) => new Decimal(x).div(2));
  const diff = total.minus(out.reduce((a, b) => a.plus(b), new Decimal(0)));
  out[0] = out[0]!.plus(diff);
  return out;
}
