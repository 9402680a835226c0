// Layouts the samples do not show but other provinces use: the national 部门整体支出绩效自评表
// template with its funding row, and figures stated in one sentence.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { recogniseDocument } from '../../../scripts/recognise/index';
import { recordOf } from './helpers';

const TITLE_2022 = '石泉县卫生健康局2022年度部门整体支出绩效自评报告';

describe('the national overall self-evaluation template', () => {
  const text = [
    '部门整体支出绩效自评表',
    '（2022年度）',
    '部门（单位）名称\t石泉县卫生健康局',
    '年度主要任务\t任务名称\t主要内容\t预算数\t执行数',
    '\t公共卫生服务\t基本公共卫生服务\t500\t480',
    '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '年度资金总额\t1,000.00\t1,200.00\t1,104.00\t10\t92%\t9.2',
    '其中：基本支出\t600\t600\t598\t\t\t',
    '项目支出\t400\t600\t506\t\t\t',
    '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
    '\t产出指标\t数量指标\t服务人口覆盖率\t≥95%\t97%\t40\t40',
    '\t效益指标\t社会效益指标\t群众满意度\t≥90%\t92%\t50\t48',
    '总分\t\t\t\t\t\t100\t97.2',
  ].join('\n');

  it('takes the department budget, execution and rate from the funding row, not its 分值 and 得分', () => {
    const rec = recordOf(text);
    expect(rec.year).toBe(2022);
    expect(rec.unit.name).toBe('石泉县卫生健康局');
    expect(rec.overall.budget).toBe('1200');
    expect(rec.overall.executed).toBe('1104');
    expect(rec.overall.execution_rate).toBe('92');
    expect(rec.overall.score).toBe('97.2');
    expect(rec.finance.budget_initial).toBe('1000');
  });

  it('reads its indicator rows with targets and actuals', () => {
    const rec = recordOf(text);
    expect(rec.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['服务人口覆盖率', '40', '40'],
      ['群众满意度', '50', '48'],
    ]);
  });
});

describe('figures in one sentence', () => {
  it('reads 全年预算数, 全年执行数 and 预算执行率 of the department', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度部门整体支出绩效自评报告',
        '2022年全年预算数1308.05万元，全年执行数906.09万元，预算执行率69.27%。',
      ].join('\n'),
    );
    expect(rec.overall.budget).toBe('1308.05');
    expect(rec.overall.executed).toBe('906.09');
    expect(rec.overall.execution_rate).toBe('69.27');
  });

  it('keeps a project’s figures out of the department’s', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度部门整体支出绩效自评报告',
        '"疫苗冷链"项目全年预算数78万元，执行数为77.98万元，完成预算的99.97%。',
      ].join('\n'),
    );
    expect(rec.overall.budget).toBeUndefined();
    expect(rec.overall.executed).toBeUndefined();
    expect(rec.projects[0]).toMatchObject({
      name: '疫苗冷链',
      budget: '78',
      executed: '77.98',
      execution_rate: '99.97',
    });
  });
});

describe('other common phrasings', () => {
  const head = '石泉县卫生健康局2022年度部门整体支出绩效自评报告';

  it('reads 调整预算数, 资金执行率, 总收入/总支出, 自评总分 and 评价结果', () => {
    const rec = recordOf(
      [
        head,
        '2022年调整预算数500万元，实际执行数450万元，资金执行率90%。',
        '全年总收入520万元，总支出450万元。',
        '经自评，自评总分92分，评价结果为优秀。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({
      budget: '500',
      executed: '450',
      execution_rate: '90',
      score: '92',
      grade: '优秀',
    });
    expect(rec.finance).toMatchObject({ income_total: '520', expenditure_total: '450' });
  });

  it('reads 调整后预算/实际执行, 在编在岗, 共实施项目N个, and 三公 parts stated as 为零', () => {
    const rec = recordOf(
      [
        head,
        '本单位核定编制32名，在编在岗29人，离退休人员11人。',
        '2022年调整后预算为2,568.40万元，实际执行2,433.19万元，预算执行率94.74%。',
        '“三公”经费预算18.00万元，实际支出15.62万元。其中：公务接待费2.30万元，公务用车运行维护费13.32万元，因公出国（境）费用为零，公务用车购置费为0。',
        '2022年共实施项目5个，项目资金总额1,120.00万元。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '2568.4', executed: '2433.19', execution_rate: '94.74' });
    expect(rec.staff).toMatchObject({ quota: '32', in_service: '29', retired: '11' });
    expect(rec.sangong).toMatchObject({
      budget: '18',
      total: '15.62',
      reception: '2.3',
      vehicle_operation: '13.32',
      abroad: '0',
      vehicle_purchase: '0',
    });
    expect(rec.finance.project_count).toBe('5');
    expect(rec.source['sangong.abroad']?.text).toContain('因公出国(境)费用为零');
  });

  it('reads a score stated without 分, a full-width ％, 三公 in 元, and the unit from 报告单位 at the end', () => {
    const rec = recordOf(
      [
        '部门整体支出绩效自评报告',
        '2021年度，我局全年预算数为865.20万元，全年执行数为821.94万元，预算执行率为95.00％。',
        '三公经费支出合计123,456.78元，比上年下降12.5%。',
        '综合得分为93.5，等级为良。项目满意度为98。',
        '报告单位：赫章县水务局',
        '2022年3月15日',
      ].join('\n'),
    );
    expect(rec.year).toBe(2021);
    expect(rec.unit.name).toBe('赫章县水务局');
    expect(rec.overall).toMatchObject({ execution_rate: '95', score: '93.5', grade: '良好' });
    expect(rec.sangong.total).toBe('12.345678');
  });

  it('does not take a bare number after a score label in a sentence about a project or a survey', () => {
    const rec = recordOf(
      [head, '基本公共卫生服务项目自评得分为88。', '群众满意度测评得分为96。', '在职人员30人。'].join('\n'),
    );
    expect(rec.overall.score).toBeUndefined();
  });

  it('reads 年初预算安排资金, 全年预算 after it, 预算完成率, and a label ending in a colon (自评得分：96分)', () => {
    const rec = recordOf(
      [
        head,
        '2022年年初预算安排资金5,000.00万元，年中追加1,200.00万元，全年预算6,200.00万元，实际支出5,980.50万元，预算完成率96.46%。',
        '自评得分：96分。',
      ].join('\n'),
    );
    expect(rec.finance.budget_initial).toBe('5000');
    expect(rec.overall).toMatchObject({ budget: '6200', execution_rate: '96.46', score: '96' });
    expect(rec.finance.expenditure_total).toBe('5980.5');
  });

  it('reads a form flattened to "label：value" lines, each line on its own', () => {
    const rec = recordOf(
      [
        head,
        '年初预算数：1,000万元',
        '全年预算数：1,200.00万元  全年执行数：1,100.00万元  预算执行率：91.67%',
        '部门整体支出绩效自评得分：92分',
        '自评等级：优',
        '三公经费：8.5万元',
        '在职人数：25人',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({
      budget: '1200',
      executed: '1100',
      execution_rate: '91.67',
      score: '92',
      grade: '优秀',
    });
    expect(rec.finance.budget_initial).toBe('1000');
    expect(rec.sangong.total).toBe('8.5');
    expect(rec.staff.in_service).toBe('25');
    expect(rec.source['staff.in_service']?.text).toBe('在职人数:25人');
  });

  it('reads a grade followed by its bracketed scale, and no grade from a scale alone', () => {
    const graded = recordOf([head, '绩效自评综合得分92分，评价等级为“优”（90分及以上为优）。'].join('\n'));
    expect(graded.overall).toMatchObject({ score: '92', grade: '优秀' });
    const scale = recordOf(
      [
        head,
        '评分标准：90分（含）以上为优秀，80-89分为良好，60-79分为一般，60分以下为较差。',
        '自评得分85分。',
      ].join('\n'),
    );
    expect(scale.overall.grade).toBeUndefined();
    expect(scale.overall.score).toBe('85');
  });

  it('does not read a nil 三公 part out of a sentence about something else', () => {
    const rec = recordOf([head, '本年度安全事故发生率为零，投诉为0。', '在职人员30人。'].join('\n'));
    expect(rec.sangong).toEqual({});
  });

  it('reads numbered project paragraphs: each project’s budget, spending and rate, none of them the department’s', () => {
    const rec = recordOf(
      [
        head,
        '三、项目支出情况',
        '1.基本公共卫生服务项目：预算资金680.00万元，实际支出652.30万元，执行率95.93%。',
        '2.家庭医生签约服务项目：预算资金120.00万元，实际支出96.00万元，执行率80.00%。',
        '四、自评结论',
        '部门整体支出预算执行率94.74%。',
      ].join('\n'),
    );
    const byName = Object.fromEntries(rec.projects.map((p) => [p.name, p]));
    expect(Object.keys(byName)).toHaveLength(2);
    expect(byName['基本公共卫生服务项目']).toMatchObject({
      budget: '680',
      executed: '652.3',
      execution_rate: '95.93',
    });
    expect(byName['家庭医生签约服务项目']).toMatchObject({
      budget: '120',
      executed: '96',
      execution_rate: '80',
    });
    expect(rec.overall.budget).toBeUndefined();
    expect(rec.overall.executed).toBeUndefined();
    expect(rec.overall.execution_rate).toBe('94.74');
  });

  it('reads the parts of 三公经费 from a list with a bracketed sub-list, and an earlier year stated after it', () => {
    const rec = recordOf(
      [
        head,
        '2022年"三公"经费支出12.5万元，2021年为10万元。',
        '其中：因公出国(境)费0万元，公务用车购置及运行维护费8万元(其中：公务用车购置费0万元，公务用车运行维护费8万元)，公务接待费4.5万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      total: '12.5',
      prev_total: '10',
      abroad: '0',
      vehicle_total: '8',
      vehicle_purchase: '0',
      vehicle_operation: '8',
      reception: '4.5',
    });
  });
});

describe('project forms written out as "label：value" lines', () => {
  it('gives each project its figures, and the department none of them', () => {
    const rec = recordOf(
      [
        '祁东县住房和城乡建设局2021年度项目支出绩效自评报告',
        '项目名称：城乡环境综合整治',
        '实施单位：祁东县环境卫生服务中心',
        '全年预算数：200万元  全年执行数：180万元',
        '执行率：90%',
        '自评得分：88分',
        '项目名称：老旧小区改造',
        '全年预算数：1,500,000元',
        '全年执行数：1,350,000元',
        '执行率：90%',
      ].join('\n'),
    );
    expect(rec.overall).toEqual({});
    const byName = Object.fromEntries(rec.projects.map((p) => [p.name, p]));
    expect(byName['城乡环境综合整治']).toMatchObject({
      budget: '200',
      executed: '180',
      execution_rate: '90',
      score: '88',
    });
    expect(byName['老旧小区改造']).toMatchObject({ budget: '150', executed: '135', execution_rate: '90' });
    expect(byName['城乡环境综合整治']!.source?.executed?.line).toBe(4);
  });
});

describe('the notes of a 部门决算', () => {
  it('reads income, spending, the 三公 figures with their control rate, 机关运行经费 and 政府采购', () => {
    const rec = recordOf(
      [
        '醴陵市司法局2021年度部门决算公开',
        '二、收入决算情况说明',
        '本年收入合计1,100.00万元，其中：一般公共预算财政拨款收入1,000.00万元，占90.9%；其他收入100.00万元，占9.1%。',
        '三、支出决算情况说明',
        '本年支出合计1,050.00万元，其中：基本支出800.00万元，占76.2%；项目支出250.00万元，占23.8%。',
        '六、一般公共预算财政拨款“三公”经费支出决算情况说明',
        '2021年度“三公”经费财政拨款支出决算为8.50万元，完成预算的85.0%，决算数小于预算数的主要原因是厉行节约。其中：因公出国（境）费支出决算为0万元，完成预算的0%；公务用车购置及运行费支出决算为6.00万元，完成预算的80.0%，其中：公务用车购置费0万元，公务用车运行维护费6.00万元；公务接待费支出决算为2.50万元，完成预算的100.0%。',
        '七、机关运行经费支出情况说明',
        '本部门2021年机关运行经费支出50.00万元，比上年增加5.00万元，增长11.1%。',
        '八、政府采购支出情况说明',
        '2021年度政府采购支出总额30.00万元。',
      ].join('\n'),
    );
    expect(rec.report_kinds).toContain('final_accounts');
    expect(rec.finance).toMatchObject({
      income_total: '1100',
      fiscal_appropriation: '1000',
      expenditure_total: '1050',
      basic: '800',
      project: '250',
      public: '50',
      procurement: '30',
    });
    expect(rec.sangong).toMatchObject({
      total: '8.5',
      control_rate: '85',
      abroad: '0',
      vehicle_purchase: '0',
      vehicle_operation: '6',
      reception: '2.5',
    });
    expect(rec.overall.execution_rate).toBeUndefined();
  });
});

describe('a summary listing several departments', () => {
  it('gives each listed department a record of its own, and the report’s unit its own row', () => {
    const text = [
      '大余县教育局2020年度部门整体支出绩效自评报告',
      '2020年度部门整体支出绩效自评情况汇总表',
      '单位：万元',
      '序号\t部门名称\t预算安排金额\t预算执行金额\t预算执行率\t部门自评得分',
      '1\t大余县卫生健康委员会\t500.00\t400.00\t80.00%\t90.00',
      '2\t大余县教育局\t329.01\t315.00\t95.74%\t94.10',
      '合计\t\t829.01\t715.00\t86.25%\t',
      '大余县教育局编制人数40人。',
    ].join('\n');
    const records = recogniseDocument(readText('s.txt', Buffer.from(text)));
    expect(records.map((r) => r.unit.name)).toEqual(['大余县教育局', '大余县卫生健康委员会']);
    expect(records[0]!.overall).toMatchObject({
      budget: '329.01',
      executed: '315',
      execution_rate: '95.74',
      score: '94.1',
    });
    expect(records[1]!.overall).toMatchObject({
      budget: '500',
      executed: '400',
      execution_rate: '80',
      score: '90',
    });
    expect(records[1]!.unit).toMatchObject({
      dept_type: '卫生健康委员会',
      county: '大余县',
      division_code: '360723',
    });
    expect(records[1]!.year).toBe(2020);
  });
});

describe('the 三公经费 table of the final accounts', () => {
  it('reads 预算数 and 决算数 spanning the items under them (merged cells flattened to blanks)', () => {
    const rec = recordOf(
      [
        '湘潭县民政局2021年度部门决算',
        '一般公共预算财政拨款“三公”经费支出决算表',
        '单位：万元',
        '预算数\t\t\t\t\t\t决算数\t\t\t\t\t',
        '合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费',
        '\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t',
        '20.00\t0.00\t15.00\t0.00\t15.00\t5.00\t17.50\t0.00\t13.80\t0.00\t13.80\t3.70',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget: '20',
      budget_abroad: '0',
      budget_vehicle_operation: '15',
      budget_reception: '5',
      total: '17.5',
      abroad: '0',
      vehicle_purchase: '0',
      vehicle_operation: '13.8',
      reception: '3.7',
    });
    expect(rec.findings.map((f) => f.code)).not.toContain('value_conflict');
  });

  it('reads the budget row into the budget keys and the actual row into the spending keys', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度部门决算',
        '"三公"经费支出决算表',
        '单位：万元',
        '项目\t合计\t因公出国(境)费\t公务用车购置费\t公务用车运行维护费\t公务接待费',
        '预算数\t12\t0\t0\t8\t4',
        '决算数\t10.5\t0\t0\t7\t3.5',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      total: '10.5',
      abroad: '0',
      vehicle_purchase: '0',
      vehicle_operation: '7',
      reception: '3.5',
      budget: '12',
      budget_vehicle_operation: '8',
      budget_reception: '4',
    });
  });
});

describe('quarterly progress and one-character grades', () => {
  it('reads a table of quarterly spending progress', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度部门整体支出绩效自评报告',
        '项目\t第一季度\t第二季度\t第三季度\t第四季度',
        '支出进度\t20.5%\t45%\t70.25%\t98.6%',
      ].join('\n'),
    );
    expect(rec.quarterly.map((q) => [q.quarter, q.progress])).toEqual([
      [1, '20.5'],
      [2, '45'],
      [3, '70.25'],
      [4, '98.6'],
    ]);
  });

  it('reads quarterly progress stated in a sentence, 上半年 as the second quarter', () => {
    const rec = recordOf(
      [
        TITLE_2022,
        '第一季度支出进度为20.5%，上半年支出进度达到48.2%，第三季度执行进度70%，全年预算执行率98%。',
      ].join('\n'),
    );
    expect(rec.quarterly.map((q) => [q.quarter, q.progress])).toEqual([
      [1, '20.5'],
      [2, '48.2'],
      [3, '70'],
    ]);
    expect(rec.overall.execution_rate).toBe('98');
  });

  it('reads 优 as 优秀', () => {
    const rec = recordOf(
      ['石泉县卫生健康局2022年度部门整体支出绩效自评报告', '经自评，评价等级为"优"。'].join('\n'),
    );
    expect(rec.overall.grade).toBe('优秀');
  });
});

describe('a basic data table with fields as rows and years as columns', () => {
  const text = [
    '郴州市北湖区教育局2020年度部门整体支出绩效评价报告',
    '部门整体支出绩效评价基础数据表',
    '单位：万元',
    '财政供养人员情况\t编制数\t2020年实际在职人数\t控制率',
    '\t45\t43\t95.56%',
    '经费控制情况\t2019年决算数\t2020年预算数\t2020年决算数',
    '三公经费\t12.5\t10\t9.8',
    '1、公务用车购置和维护经费\t8\t6\t5.9',
    '其中：公车购置\t0\t0\t0',
    '公车运行维护\t8\t6\t5.9',
    '2、出国经费\t0\t0\t0',
    '3、公务接待\t4.5\t4\t3.9',
    '项目支出\t500\t600\t580',
    '公用经费\t80\t90\t88',
  ].join('\n');

  it('reads each field’s previous year, budget and actual from the column it stands in', () => {
    const records = recogniseDocument(readText('case.txt', Buffer.from(text, 'utf8')));
    // The 2019 column is a record of its own as well (the 三公 parts that year).
    expect(records.map((r) => r.year)).toEqual([2020, 2019]);
    expect(records[1]!.sangong).toMatchObject({ total: '12.5', reception: '4.5', abroad: '0' });
    const rec = records[0]!;
    expect(rec.year).toBe(2020);
    expect(rec.staff).toMatchObject({ quota: '45', in_service: '43' });
    expect(rec.sangong).toMatchObject({
      total: '9.8',
      budget: '10',
      prev_total: '12.5',
      vehicle_total: '5.9',
      vehicle_purchase: '0',
      vehicle_operation: '5.9',
      abroad: '0',
      reception: '3.9',
      budget_reception: '4',
    });
    expect(rec.finance).toMatchObject({
      project: '580',
      budget_project: '600',
      public: '88',
      public_budget: '90',
    });
    expect(rec.overall.budget).toBeUndefined();
  });
});

describe('gaps the generated corpus found', () => {
  it('does not read "填报单位：元谋县…" as a declaration that amounts are in 元', () => {
    const rec = recordOf(
      [
        '元谋县教育局2021年度部门整体支出绩效自评报告',
        '填报单位：元谋县教育局',
        '项目支出绩效自评表',
        '项目名称\t校舍维修',
        '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
        '年度资金总额\t510.67\t510.67\t500\t10\t97.91%\t9.8',
      ].join('\n'),
    );
    expect(rec.projects[0]).toMatchObject({ name: '校舍维修', budget: '510.67', executed: '500' });
  });

  it('reads a project table whose name cell is merged across the row; a one-project form is also its unit’s figures', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度项目支出绩效自评表',
        '项目名称\t疫苗冷链\t疫苗冷链\t疫苗冷链\t疫苗冷链\t疫苗冷链',
        '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分',
        '年度资金总额\t80\t100\t90\t90%\t9',
        '一级指标\t二级指标\t三级指标\t年度指标值\t分值\t得分',
        '产出指标\t数量指标\t接种人次\t≥1000\t90\t88',
        '总分\t\t\t\t100\t97',
      ].join('\n'),
    );
    expect(rec.projects[0]).toMatchObject({ name: '疫苗冷链', budget: '100', executed: '90', score: '97' });
    expect(rec.overall).toMatchObject({ budget: '100', executed: '90', score: '97' });
  });

  it('reads a two-level header: 收入 and 支出 spanning their parts, 合计 under each', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度部门整体支出绩效自评报告',
        '单位：万元',
        '收入\t收入\t收入\t支出\t支出\t支出\t年末结转和结余',
        '合计\t其中：财政拨款\t其他\t合计\t基本支出\t项目支出\t年末结转和结余',
        '1200\t1100\t100\t1150\t700\t450\t50',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({
      income_total: '1200',
      fiscal_appropriation: '1100',
      expenditure_total: '1150',
      basic: '700',
      project: '450',
      carryover_end: '50',
    });
  });

  it('reads project figures stated in 元 with thousands separators, and a label after its subject', () => {
    const rec = recordOf(
      [
        '石泉县卫生健康局2022年度部门整体支出绩效自评报告',
        '本单位2022年度全年预算数1250.40万元，全年执行数1187.88万元。',
        '"疫苗冷链"项目全年预算数25,857,100.00元，执行数为18,851,300.00元，完成预算的72.91%。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '1250.4', executed: '1187.88' });
    expect(rec.projects[0]).toMatchObject({
      name: '疫苗冷链',
      budget: '2585.71',
      executed: '1885.13',
      execution_rate: '72.91',
    });
  });
});
