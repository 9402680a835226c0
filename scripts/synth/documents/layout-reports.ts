// The layouts of the demo corpus that are reports in prose, with tables among the paragraphs:
//  - narrative: a 部门整体支出绩效自评报告 with tab-row tables (projects, scoring table);
//  - accounts:  a 部门决算 说明 with figures only in sentences (三公 "比上年增加/减少");
//  - portal:    a report as a government web page publishes it, tables with merged cells.

import type Decimal from 'decimal.js';
import type { CellSpec } from './draft';
import { DEMO_MARKER, type Draft } from './draft';
import {
  inYuan,
  quarterSentence,
  sangongSentence,
  sayAllW,
  sayProject,
  sayScoring,
  sayW,
  scoringRows,
  staffSentence,
  t,
  w,
} from './layout-parts';
import type { Random } from './random';
import type { UnitStory, YearFacts } from './story-facts';

export function narrative(d: Draft, s: UnitStory, f: YearFacts, rng: Random): void {
  d.kind('overall_self_eval');
  d.p(`${s.name}${f.year}年度部门整体支出绩效自评报告`);
  d.p(DEMO_MARKER);
  d.p('一、部门基本情况');
  d.p('（一）人员情况');
  d.p(staffSentence(d, f));
  d.p('（二）资产情况');
  d.p(
    `截至${f.year}年12月31日，本单位资产总计${sayW(d, 'assets', 'total', f.assets.total)}万元，` +
      `其中固定资产原值${sayW(d, 'assets', 'fixed_original', f.assets.fixedOriginal)}万元，` +
      `固定资产净值${sayW(d, 'assets', 'fixed_net', f.assets.fixedNet)}万元。`,
  );
  d.p('（三）部门预算收支情况');
  d.p(
    `本单位${f.year}年度预算收入${sayW(d, 'finance', 'budget_initial', f.budgetInitial)}万元，预算支出${w(f.budgetInitial)}万元，` +
      `其中基本支出${sayW(d, 'finance', 'budget_basic', f.budgetBasic)}万元，项目支出${sayW(d, 'finance', 'budget_project', f.budgetProject)}万元。`,
  );
  d.p('二、部门整体支出情况');
  d.p(
    `${f.year}年全年预算数${sayW(d, 'overall', 'budget', f.budget)}万元，全年执行数${sayW(d, 'overall', 'executed', f.executed)}万元，` +
      `预算执行率${sayW(d, 'overall', 'execution_rate', f.rate)}%。`,
  );
  d.p(
    `年初结转和结余${sayW(d, 'finance', 'carryover_begin', f.carryoverBegin)}万元，本年收入合计${sayW(d, 'finance', 'income_total', f.incomeTotal)}万元，` +
      `本年支出合计${sayW(d, 'finance', 'expenditure_total', f.executed)}万元，年末结转和结余${sayW(d, 'finance', 'carryover_end', f.carryoverEnd)}万元。`,
  );
  d.p(
    `本年支出中，基本支出${sayW(d, 'finance', 'basic', f.basic)}万元，其中人员经费${sayW(d, 'finance', 'personnel', f.personnel)}万元、` +
      `公用经费${sayW(d, 'finance', 'public', f.public)}万元；项目支出${sayW(d, 'finance', 'project', f.project)}万元。`,
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

export function accounts(d: Draft, s: UnitStory, f: YearFacts): void {
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
    `${f.year}年本年收入合计${sayW(d, 'finance', 'income_total', f.incomeTotal)}万元，其中：一般公共预算财政拨款收入${sayW(d, 'finance', 'fiscal_appropriation', f.fiscalAppropriation)}万元，` +
      `占${share(f.fiscalAppropriation, f.incomeTotal)}%；其他收入${w(other)}万元，占${share(other, f.incomeTotal)}%。`,
  );
  d.p('二、支出决算情况说明');
  d.p(
    `${f.year}年本年支出合计${sayW(d, 'finance', 'expenditure_total', f.executed)}万元，其中：基本支出${sayW(d, 'finance', 'basic', f.basic)}万元，` +
      `占${share(f.basic, f.executed)}%；项目支出${sayW(d, 'finance', 'project', f.project)}万元，占${share(f.project, f.executed)}%。`,
  );
  d.p('三、一般公共预算财政拨款支出决算情况说明');
  d.p(
    `${f.year}年一般公共预算支出决算数为${sayW(d, 'overall', 'executed', f.executed)}万元，完成预算${sayW(d, 'overall', 'execution_rate', f.rate)}%。`,
  );
  d.p('四、一般公共预算财政拨款基本支出决算情况说明');
  d.p(
    `${f.year}年一般公共预算财政拨款基本支出${w(f.basic)}万元，其中：人员经费${sayW(d, 'finance', 'personnel', f.personnel)}万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费等；` +
      `日常公用经费${sayW(d, 'finance', 'public', f.public)}万元，主要包括办公费、印刷费、水电费、差旅费等。`,
  );
  d.p('五、“三公”经费财政拨款支出决算情况说明');
  const sg = f.sangong;
  d.p(`${f.year}年“三公”经费财政拨款支出决算为${sayW(d, 'sangong', 'total', sg.total)}万元。`);
  d.p(
    `其中：因公出国（境）费支出决算${sayW(d, 'sangong', 'abroad', sg.abroad)}万元；公务用车购置费支出决算${sayW(d, 'sangong', 'vehicle_purchase', sg.vehiclePurchase)}万元；` +
      `公务用车运行维护费支出决算${sayW(d, 'sangong', 'vehicle_operation', sg.vehicleOperation)}万元；公务接待费支出决算${sayW(d, 'sangong', 'reception', sg.reception)}万元。`,
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
    `（二）政府采购支出情况。${f.year}年，本部门政府采购支出总额${sayW(d, 'finance', 'procurement', f.procurement)}万元。`,
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

/** A web page of a county government site: prose, a summary table, a scoring table with row and column spans. */
export function portal(d: Draft, s: UnitStory, f: YearFacts): void {
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
      ...sayAllW(d, 'finance', {
        carryover_begin: f.carryoverBegin,
        income_total: f.incomeTotal,
        fiscal_appropriation: f.fiscalAppropriation,
        expenditure_total: f.executed,
        basic: f.basic,
        project: f.project,
        carryover_end: f.carryoverEnd,
      }),
    ],
  ]);
  d.p(
    `${f.year}年全年预算数${sayW(d, 'overall', 'budget', f.budget)}万元，全年执行数${sayW(d, 'overall', 'executed', f.executed)}万元，` +
      `预算执行率${sayW(d, 'overall', 'execution_rate', f.rate)}%。`,
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
