// The pitfalls every reader of these reports knows, one small case each.
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../scripts/checks/index';
import { recognisedOf, recordOf, TITLE } from './helpers';

const title = '大余县教育局2021年度部门整体支出绩效自评报告';

describe('what a figure is not', () => {
  it('an indicator row’s weight before its target (预算执行率10%=100) is no execution rate', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2023年部门(单位)整体绩效目标表',
        '部门(单位)名称某某镇人民政府区级支出预算总量2210.36万元',
        '绩效指标指标名称指标权重计量单位指标性质指标值',
        '预算执行率10%=100',
        '群众满意度10%≥90',
      ].join('\n'),
    );
    expect(rec.overall.execution_rate).toBeUndefined();
    expect(rec.overall.budget).toBe('2210.36');
  });

  it('收入 is not the budget, and a functional-class line is not total spending', () => {
    const rec = recordOf(
      [
        title,
        '2021年本年收入合计850.18万元，其中：一般公共预算财政拨款收入850.18万元。',
        '2021年本年支出合计900.5万元。',
        '1.一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）: 支出决算为486.90万元，完成预算100%。',
        '一般公共服务支出712.91万元。',
      ].join('\n'),
    );
    expect(rec.finance.income_total).toBe('850.18');
    expect(rec.overall.budget).toBeUndefined();
    expect(rec.finance.expenditure_total).toBe('900.5');
    expect(rec.overall.execution_rate).toBeUndefined();
  });

  it('部门预算收入合计 is the budget as adopted (年初预算), not income received; the spending beside it and its rate is the amount executed', () => {
    const rec = recordOf(
      [title, '2021年度部门预算收入合计3,456.78万元，全年实际支出3,012.34万元，预算执行率87.14%。'].join(
        '\n',
      ),
    );
    expect(rec.finance.budget_initial).toBe('3456.78');
    expect(rec.finance.income_total).toBeUndefined();
    expect(rec.overall.executed).toBe('3012.34');
    expect(rec.overall.execution_rate).toBe('87.14');
  });

  it('实际到位资金 (funds received) is not the amount executed', () => {
    const rec = recordOf(
      [title, '项目实际到位资金300万元，到位率100%。', '本年实际支出280万元。'].join('\n'),
    );
    expect(rec.overall.executed).toBeUndefined();
    expect(rec.finance.expenditure_total).toBe('280');
  });

  it('a 三公经费 budget disclosure is not spending', () => {
    const rec = recordOf([title, '2021年"三公"经费预算数为12.4万元，其中公务接待费预算3万元。'].join('\n'));
    expect(rec.sangong.budget).toBe('12.4');
    expect(rec.sangong.total).toBeUndefined();
    expect(rec.sangong.budget_reception).toBe('3');
    expect(rec.sangong.reception).toBeUndefined();
  });

  it('a 三公 page is no budget disclosure for naming 一般公共预算, nor when it tells how the budget was used', () => {
    const spent = '2020年“三公”经费支出合计30.50万元，同比减支2.10万元。其中：公务接待费2.50万元。';
    for (const heading of [
      '某某县城管中心2020年度一般公共预算财政拨款“三公”经费公开说明',
      '某某县城管中心2020年“三公”经费预算安排和使用情况',
    ]) {
      const rec = recordOf([heading, spent].join('\n'));
      expect(rec.sangong.total, heading).toBe('30.5');
      expect(rec.sangong.reception, heading).toBe('2.5');
      expect(rec.sangong.budget, heading).toBeUndefined();
      expect(rec.sangong.prev_total_derived, heading).toBe('32.6');
    }
  });

  it("spending compared with this year's budget: the parts after it are spending, and the budget is no year before", () => {
    const rec = recordOf(
      [
        title,
        '2021年“三公”经费支出决算为3.05万元，比2021年“三公”经费年初预算4.50万元减少1.45万元。其中：因公出国（境）费0万元；公务接待费0.45万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ total: '3.05', budget: '4.5', abroad: '0', reception: '0.45' });
    expect(rec.sangong.budget_reception).toBeUndefined();
    expect(rec.sangong.prev_total_derived).toBeUndefined();
  });

  it('a project named in a heading or at the head of its paragraph: its figures and score are its own', () => {
    const rec = recordOf(
      [
        title,
        '同时开展部门整体支出绩效自评，自评得分92.5分。',
        '（一）乡村道路养护项目绩效自评综述',
        '根据年初设定的绩效目标，项目自评得分95分。全年预算数为180.00万元，执行数为171.00万元，完成预算的95%。',
        '1.农村饮水安全维修项目：年度预算60.00万元，执行数54.00万元，执行率90%，自评得分88分。',
        '2.村级公益设施管护项目绩效自评综述：项目全年预算数为40.00万元，执行数为40.00万元。综合自评得分97分。',
        '农机安全宣传培训项目：全年预算数12.00万元，执行数9.00万元，完成预算的75%，综合自评得分81分。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('92.5');
    const road = rec.projects.find((p) => p.name === '乡村道路养护项目');
    expect(road).toMatchObject({ budget: '180', executed: '171', execution_rate: '95', score: '95' });
    const water = rec.projects.find((p) => p.name === '农村饮水安全维修项目');
    expect(water).toMatchObject({ budget: '60', executed: '54', score: '88' });
    expect(rec.projects.find((p) => p.name === '村级公益设施管护项目')).toMatchObject({
      budget: '40',
      score: '97',
    });
    expect(rec.projects.find((p) => p.name === '农机安全宣传培训项目')).toMatchObject({
      executed: '9',
      score: '81',
    });
    const one = recordOf(
      [
        title,
        '本单位对学生饮用奶补助项目开展绩效自评，全年预算数30.00万元，执行数30.00万元，执行率100%，自评得分97分。',
      ].join('\n'),
    );
    expect(one.projects.find((p) => p.name === '学生饮用奶补助项目')).toMatchObject({
      budget: '30',
      score: '97',
    });
  });

  it('how many projects were evaluated, and their funds', () => {
    for (const line of [
      '本部门组织对2022年度一般公共预算项目支出全面开展绩效自评，共涉及项目4个，涉及资金210.40万元。',
      '2022年度对4个项目开展绩效自评，涉及资金2,104,000元。',
    ]) {
      const rec = recordOf([title, line].join('\n'));
      expect(rec.finance.project_count, line).toBe('4');
      expect(rec.finance.project_total, line).toBe('210.4');
    }
    // Work done is not projects evaluated.
    expect(recordOf([title, '全年完成重点项目12个。'].join('\n')).finance.project_count).toBeUndefined();
    expect(recordOf([title, '全年共完成12个重点项目。'].join('\n')).finance.project_count).toBeUndefined();
    // The unit's own projects, counted.
    expect(
      recordOf([title, '我站2021年共有4个支出项目，均按照年初预算执行。'].join('\n')).finance.project_count,
    ).toBe('4');
  });

  it('a numbered list under a heading on evaluated projects is a list of projects, whatever their names end in', () => {
    const rec = recordOf(
      [
        title,
        '部门整体支出预算数600.00万元，实际支出570.00万元，预算执行率95%。',
        '（二）项目支出绩效自评情况',
        '本年度纳入绩效自评的项目2个：',
        '1.农业普查经费：预算数120.00万元，实际支出110.00万元，执行率91.67%，自评得分92分；',
        '2.统计调查业务经费：预算数40.00万元，实际支出40.00万元，执行率100%，自评得分97分。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '600', executed: '570', execution_rate: '95' });
    expect(rec.projects.find((p) => p.name === '农业普查经费')).toMatchObject({ budget: '120', score: '92' });
    expect(rec.projects.find((p) => p.name === '统计调查业务经费')).toMatchObject({
      executed: '40',
      score: '97',
    });
  });

  it('projects stated clause by clause in one sentence, each led by its name', () => {
    const rec = recordOf(
      [
        title,
        '3.项目绩效自评结果。装备购置项目年度预算数50.00万元，执行数45.00万元，执行率90%，自评得分89分；信息化运维项目年度预算数80.00万元，执行数80.00万元，执行率100%，自评得分96分。',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '装备购置项目')).toMatchObject({
      budget: '50',
      executed: '45',
      score: '89',
    });
    expect(rec.projects.find((p) => p.name === '信息化运维项目')).toMatchObject({
      budget: '80',
      score: '96',
    });
  });

  it("a budget in brackets after a part's figure is that part's; no purchase said without a word for spending", () => {
    const rec = recordOf(
      [
        title,
        '2021年度“三公”经费支出年初预算9.80万元，决算7.46万元。公务用车购置及运行维护费决算6.20万元，其中购置费0万元，运行维护费6.20万元（年初预算7.80万元）。',
        '公务接待费决算1.26万元（年初预算2.00万元）。本单位无公务用车购置。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget: '9.8',
      vehicle_operation: '6.2',
      budget_vehicle_operation: '7.8',
      budget_reception: '2',
    });
    const none = recordOf([title, '2021年“三公”经费支出2.15万元。本单位无公务用车购置。'].join('\n'));
    expect(none.sangong.vehicle_purchase).toBe('0');
  });

  it('a budget adjusted later in the sentence: the first is the budget as adopted', () => {
    const rec = recordOf(
      [title, '2021年度部门预算总额为800.00万元，年中追加60.00万元，调整后预算为860.00万元。'].join('\n'),
    );
    expect(rec.finance.budget_initial).toBe('800');
    expect(rec.overall.budget).toBe('860');
  });

  it('a sentence opening with 与上年相比 goes on with the one before', () => {
    const rec = recordOf(
      [title, '全年“三公”经费支出4.68万元，未发生因公出国（境）费用。与2020年相比减少0.92万元。'].join('\n'),
    );
    expect(rec.sangong.prev_total_derived).toBe('5.6');
  });

  it('均为财政拨款 after income and spending: the income is all appropriation', () => {
    const rec = recordOf(
      [title, '本年收入合计120.50万元，本年支出合计118.00万元，均为一般公共预算财政拨款。'].join('\n'),
    );
    expect(rec.finance.fiscal_appropriation).toBe('120.5');
  });

  it("parts listed after a 三公 budget in its own sentence are the budget's; a town's 全镇 total is its own", () => {
    const rec = recordOf(
      [
        title,
        '2021年我镇“三公”经费预算为18万元，其中：因公出国（境）费0万元，公务接待费6万元，公务用车运行维护费12万元。',
        '2021年度全镇“三公”经费支出共计11.36万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget: '18',
      budget_reception: '6',
      budget_vehicle_operation: '12',
      total: '11.36',
    });
    expect(rec.sangong.reception).toBeUndefined();
  });

  it('a project report headed by its 项目名称 field: 该项目 is that project, and the document its', () => {
    const rec = recordOf(
      [
        '项目绩效自评报告',
        '项目名称:村道保洁补助',
        '项目主管部门:某某县东山镇人民政府',
        '(一)资金投入及使用情况。',
        '2022年度该项目预算资金120.00万元;截至2022年12月31日实际支出108.00万元,预算执行率90.00%。',
        '四、自评结论',
        '本项目自评得分:88.5分(满分100分),评价等级为良。',
        '五、存在问题',
        '此项得分6.5分。',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '村道保洁补助')).toMatchObject({
      budget: '120',
      executed: '108',
      execution_rate: '90',
      score: '88.5',
    });
    expect(rec.overall).toMatchObject({ budget: '120', executed: '108', score: '88.5' });
  });

  it('a project report that names one project only as the one it carried out: its 项目 sentences are about it', () => {
    const rec = recordOf(
      [
        '项目支出绩效自评报告',
        '一、项目基本情况',
        '某某县茶叶产业服务中心2022年实施春茶展销推介项目，项目年度预算安排60.00万元，全年预算数64.00万元，用于展会和推介。',
        '二、资金使用情况',
        '截至年底，春茶展销推介项目实际支出57.60万元，预算执行率90.00%。',
        '三、自评结论',
        '项目自评得分89分。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '春茶展销推介项目',
        budget: '64',
        executed: '57.6',
        execution_rate: '90',
        score: '89',
      }),
    ]);
  });

  it("a report on all of a unit's projects: their budget and spending together, and no project called 预算项目", () => {
    const rec = recordOf(
      [
        '某某县工业园区管理委员会2022年度项目资金绩效自评报告',
        '2.预算项目情况。2022年共实施项目2个,年初项目预算金额为1,500,000.00元,年末项目决算金额为1,420,000.00元。',
        '(1)园区保洁项目:全年预算1,000,000.00元,实际支出950,000.00元,预算执行率95.00%,自评得分94分。',
        '(2)路灯维护项目:全年预算500,000.00元,实际支出470,000.00元,预算执行率94.00%,自评得分92分。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ budget_project: '150', project: '142' });
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['园区保洁项目', '100', '95', '94'],
      ['路灯维护项目', '50', '47', '92'],
    ]);
  });

  it('numbered projects whose names end at a comma before their budget, and "执行X万元"', () => {
    const rec = recordOf(
      [
        TITLE,
        '三、项目支出绩效自评情况',
        '2021年开展自评项目2个:',
        '1.校舍维修改造项目,预算260.00万元,执行251.24万元,执行率96.63%,自评得分94分;',
        '2.标准化考场配套工程,预算98.00万元,执行90.34万元,执行率92.18%,自评得分90分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['校舍维修改造项目', '260', '251.24', '96.63', '94'],
      ['标准化考场配套工程', '98', '90.34', '92.18', '90'],
    ]);
  });

  it("a special fund's report: the fund the title names is the project, however a table or a sentence names it", () => {
    const rec = recordOf(
      [
        '蓬溪县应急管理局2022年度森林防火专项经费项目支出绩效自评报告',
        '一、自评结论',
        '本项目年初预算15万元,年中追加3.5万元,全年预算18.5万元,全年执行18.4万元。经自评,项目自评总分96分。',
        '2021年同类项目实际支出16万元。',
        '项目名称 | 年初预算 | 全年预算 | 全年执行 | 执行率',
        '森林防火专项经费项目 | 15 | 18.5 | 18.4 | 99.46%',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '森林防火专项经费项目', // one project, named as the table writes it
        budget: '18.5',
        executed: '18.4',
        execution_rate: '99.46',
        score: '96',
      }),
    ]);
  });

  it("a 三公 sentence followed by the year before's figure alone; a 政法编制 quota; (一)X项目, led by its name", () => {
    const rec = recordOf(
      [
        '某某县人民检察院2023年度部门决算',
        '中央政法编制39名,实有在职在编人员36人。',
        '2023年度“三公”经费财政拨款预算数为1.20万元,决算数为0.86万元,其中公务接待费0.86万元,因公出国(境)费、公务用车购置及运行维护费均为0万元。2022年度决算数为1.05万元。',
        '十三、项目绩效评价情况说明',
        '(一)办案装备购置项目,预算92.60万元,实际支出88.43万元,预算执行率95.5%,绩效自评得分93分。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '39', in_service: '36' });
    expect(rec.sangong).toMatchObject({ total: '0.86', prev_total: '1.05', reception: '0.86' });
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['办案装备购置项目', '92.6', '88.43', '93'],
    ]);
  });

  it("a third party's report on a project fund: the project in brackets, a title over two lines", () => {
    const rec = recordOf(
      [
        '某某县农村人居环境整治工作指挥部乡村振兴项目资金',
        '绩效评价报告',
        '2022年县财政安排该指挥部乡村振兴项目资金(农村厕所改造项目)预算数680万元,截至评价基准日实际支出631.18万元,预算执行率92.82%。上年(2021年)同类项目支出598万元。',
        '经评价,乡村振兴项目资金(农村厕所改造项目)绩效评价综合得分为82.75分。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '农村厕所改造项目',
        budget: '680',
        executed: '631.18',
        score: '82.75',
      }),
    ]);
    expect(rec.overall).toMatchObject({ budget: '680', executed: '631.18', score: '82.75' });
  });

  it("an evaluation's cover names no project; a budget adjusted 经追加; the year before's 同期 spending is that year's", () => {
    const rec = recordOf(
      [
        '部门整体支出绩效评价报告',
        '项目名称:2023年1-9月部门整体支出绩效评价',
        '某某市文化局2023年1-9月部门整体支出绩效评价报告',
        '市文化局2023年年初预算1,520.60万元。截至9月末,经追加调整后预算数为1,642.18万元。',
        '2023年1-9月实际支出1,371.22万元,预算执行率83.50%。2022年同期实际支出1,208.90万元。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([]);
    expect(rec.overall).toMatchObject({ budget: '1642.18', executed: '1371.22' });
    expect(rec.finance.expenditure_total).toBeUndefined();
  });

  it('projects listed with their scores in turn (分别为)', () => {
    const rec = recordOf(
      `${TITLE}\n对社区工作经费、老旧小区改造配套2个项目开展了绩效自评,自评得分分别为93分和88分。`,
    );
    expect(rec.projects.map((p) => [p.name, p.score])).toEqual([
      ['社区工作经费', '93'],
      ['老旧小区改造配套', '88'],
    ]);
  });

  it("a project form under a 部门决算 breadcrumb whose funds row carries the form's 分值 100 and score", () => {
    const rec = recordOf(
      [
        '某某市人民政府 > 政务公开 > 预决算公开 > 部门决算',
        '项目支出绩效自评表 |',
        '( 2021 年度) |',
        '项目名称 | 政务大厅物业运维经费 |',
        '主管部门 | 某某市政务服务中心 | 实施单位 | 某某市政务服务中心 |',
        '项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
        '年度资金总额 | 180 | 168 | 151.2 | 100 | 90% | 96 |',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '政务大厅物业运维经费',
        budget: '168',
        executed: '151.2',
        score: '96',
      }),
    ]);
    expect(rec.overall).toMatchObject({ budget: '168', executed: '151.2', score: '96' });
  });

  it("a project report's sentences naming its fund without the word 项目 are the project's", () => {
    const rec = recordOf(
      [
        '某某县某某乡卫生院2022年度项目支出绩效自评报告',
        '(基本药物制度补助资金)',
        '1.执行率情况',
        '2022年度基本药物制度补助资金预算31.40万元,截至2022年12月31日实际支出27.95万元,预算执行率89.01%。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '基本药物制度补助资金',
        budget: '31.4',
        executed: '27.95',
        execution_rate: '89.01',
      }),
    ]);
  });

  it('a 三公 budget naming 公务用车购置 without 费, and 公务用车购置及运维费 budgeted as one', () => {
    const rec = recordOf(
      `${TITLE}\n2021年“三公”经费预算为18万元,其中:因公出国(境)费0万元,公务接待费6万元,公务用车运行维护费12万元,公务用车购置0万元。\n2021年“三公”经费预算29万元,其中公务用车购置及运维费预算20万元。`,
    );
    expect(rec.sangong).toMatchObject({
      budget_vehicle_purchase: '0',
      budget_vehicle_operation: '12',
      budget_vehicle_total: '20',
    });
  });

  it("a fund's report titled with its year first: the fund is the project, its allocation the budget", () => {
    const rec = recordOf(
      [
        '2022年度中央林业改革发展资金(森林防火项目)区域绩效自评报告',
        '某某自治区林业局',
        '1.资金下达情况。2022年4月收到通知,下达中央林业改革发展资金(森林防火项目)6,420万元。',
        '2.项目资金执行情况。截至2022年12月31日,全区实际支出6,118.36万元,预算执行率95.30%。',
        '经综合评价,中央林业改革发展资金(森林防火项目)2022年度区域绩效自评得分93.5分。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '中央林业改革发展资金(森林防火项目)',
        budget: '6420',
        executed: '6118.36',
        execution_rate: '95.3',
        score: '93.5',
      }),
    ]);
  });

  it('a PDF that wrapped a sentence at every word; 在编在职 and 退休教师; a part named in full under its heading', () => {
    const rec = recordOf(
      [
        TITLE,
        '五、预算绩效情况说明. 我局对 2021 年部门整体支出开展了绩效自评,自评得',
        '分',
        '92.5',
        '分,等级为优秀.',
        '2021年末有教职工78人,其中在编在职71人,临聘人员7人;退休教师64人。',
        '2.公务用车购置及运行维护费:公务用车购置费0万元;公务用车运行维护费3.92万元。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('92.5');
    expect(rec.staff).toMatchObject({ in_service: '71', retired: '64' });
    expect(rec.sangong).toMatchObject({ vehicle_purchase: '0', vehicle_operation: '3.92' });
    expect(rec.sangong.vehicle_total).toBeUndefined();
  });

  it("a score sheet whose 自评得分 header is followed by a row's number, closed by 合计 | 100 | | | score", () => {
    const rec = recordOf(
      [
        '某某县水利局2023年度部门整体支出绩效自评表',
        '序号 | 一级 指标 | 二级 指标 | 三级 指标 |',
        '指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |',
        '1 | 规划 (15分) | 基础信息 | 完整性 | 3 | 信息是否完整 | 完整得3分 | 3 |',
        '2 | 执行 (35分) | 预算执行 | 预算执行率 | 5 | 执行数与预算数之比 | ≥95%得5分 | 4.5 |',
        '合计 | 100 | | | 92.5 |',
        '2023年年初预算收入356.80万元,年初预算支出356.80万元。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('92.5');
    expect(rec.finance.budget_initial).toBe('356.8');
  });

  it("a sentence opening with a project quoted just before is the project's, not the unit's", () => {
    const rec = recordOf(
      [
        '某某区人民法院2021年度部门决算',
        '本部门在2021年度部门决算中反映“执行案款管理专项”项目绩效自评结果。执行案款管理专项全年预算数为185万元,执行数为176.31万元,执行率95.3%,自评得分93分。',
        '2021年度部门整体支出预算数5,412.60万元,执行数5,277.59万元,执行率97.51%,自评得分92.8分。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({
      budget: '5412.6',
      executed: '5277.59',
      execution_rate: '97.51',
      score: '92.8',
    });
    expect(rec.projects).toEqual([
      expect.objectContaining({ name: '执行案款管理专项', budget: '185', executed: '176.31', score: '93' }),
    ]);
  });

  it('projects after a sentence on projects, the later ones giving their budget with no label', () => {
    const rec = recordOf(
      [
        '某某市人民法院2018年度部门整体支出绩效自评报告',
        '我院2018年共有3个支出项目,所有项目皆按照年初预算执行。其中,法院执行年初预算数6万元,年末结算支出6万元,项目资金支出进度比率为100%;案件审判411.95万元,年末结算支出411.95万元,项目资金支出进度比率为100%;两庭维护195.00万元,年末结算支出195万元,项目资金支出进度比率为100%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['法院执行', '6', '6', '100'],
      ['案件审判', '411.95', '411.95', '100'],
      ['两庭维护', '195', '195', '100'],
    ]);
    // The first project's budget is not the unit's.
    expect(rec.finance.budget_initial).toBeUndefined();
  });

  it('projects enumerated after 分别是 with their budgets; 全额事业编制 as the quota', () => {
    const rec = recordOf(
      `${TITLE}\n2021年部门预算项目支出25.5万元,分别是科技活动交流经费5万元,专家工作经费2.5万元,项目评审费18万元。全额事业编制166个,实有全额在职人员160人。`,
    );
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([
      ['科技活动交流经费', '5'],
      ['专家工作经费', '2.5'],
      ['项目评审费', '18'],
    ]);
    expect(rec.staff.quota).toBe('166');
  });

  it("三公 parts named together before one figure are the whole; a results table's unlabelled last row", () => {
    const rec = recordOf(
      [
        '某某市水务局2018年“三公”经费预算情况说明',
        '某某市水务局2018年用一般公共预算财政拨款开支的出国(境)经费、车辆购置及运行费、公务接待费(简称“三公”经费)支出合计24.75万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ budget: '24.75' });
    expect(rec.sangong.budget_vehicle_purchase).toBeUndefined();
    const table = recordOf(
      [
        '某某市人民法院',
        '2018年度部门整体支出绩效评价报告',
        '绩效评价结果',
        '绩效等级 | |||',
        '55.00 | 49.04 | 优 | |',
        '100.00 | 94.04 | 优 |',
      ].join('\n'),
    );
    expect(table.overall).toMatchObject({ score: '94.04', grade: '优秀' });
  });

  it("a form with only 年初预算数 states its parts' budgets there; projects counted as 一般公共预算项目", () => {
    const rec = recordOf(
      [
        '某某镇2022年度部门整体支出绩效自评表',
        '部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | |',
        '年度资金总额: | 1386.40 | 1512.83 | 10 | 10 | |',
        '基本支出 | 1102.60 | 1021.47 | | |',
        '项目支出 | 283.80 | 491.36 | | |',
        '本部门对2022年度3个一般公共预算项目开展了绩效自评,涉及资金491.36万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({
      budget_initial: '1386.4',
      budget_basic: '1102.6',
      budget_project: '283.8',
      basic: '1021.47',
      project: '491.36',
      project_count: '3',
      project_total: '491.36',
    });
  });

  it('rows under a 公务用车购置及运行维护费 row are its parts', () => {
    const rec = recordOf(
      [
        TITLE,
        '“三公”经费支出决算表(单位:万元)',
        '项目 | 决算数 |',
        '公务接待费 | 3.20 |',
        '公务用车购置及运行维护费 | 14.82 |',
        '其中:购置经费 | 0 |',
        '运行维护费 | 14.82 |',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      vehicle_purchase: '0',
      vehicle_operation: '14.82',
      reception: '3.2',
    });
  });

  it('a transfer-payment form whose fields are set apart by runs of spaces, its header one cell short', () => {
    const rec = recordOf(
      [
        '中央、市级专项转移支付绩效目标自评表',
        '(2022年度)',
        '专项(项目)名称  某某村人居环境整治项目 负责人及电话  张三',
        '区级主管部门  某某区农业农村委员会 实施单位  武隆区火炉镇人民政府',
        '项目资金(万元) ',
        '全年预算数(A)  全年执行数(B)  执行率(B/A) ',
        '年度资金总额:  286.40万元 279.93万元 97.74%',
        '其中:中央、市级补助  240.00万元 236.15万元 98.40%',
        '区级资金  46.40万元 43.78万元 94.35%',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('武隆区火炉镇人民政府');
    expect(rec.projects).toEqual([
      expect.objectContaining({
        name: '某某村人居环境整治项目',
        budget: '286.4',
        executed: '279.93',
        execution_rate: '97.74',
      }),
    ]);
    expect(rec.overall).toMatchObject({ budget: '286.4', executed: '279.93' });
  });

  it("a project's score sheet that names no project: its 总分 is not the unit's", () => {
    const rec = recordOf(
      [
        '某某县林业局2017年度部门决算',
        '十一、预算绩效情况说明',
        '1.项目绩效自评得分表(特性指标以森林防火专项为例)',
        '一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
        '项目决策 | 科学决策 | 必要性 | 5 | 5 |',
        '总分 | 100 | 93 |',
        '2.部门整体支出绩效自评开展情况。本部门对2017年整体支出开展绩效自评,自评得分91分。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('91');
  });

  it("a special fund's evaluation stating its funds as 资金总计", () => {
    const rec = recordOf(
      [
        '某某县水利局2019年度河道治理工程监理费专项资金绩效评价报告',
        '一、专项资金基本情况',
        '(一)专项资金概况。',
        '2019年度专项资金绩效评价资金总计85.98万元,其中一期工程监理费22万元,测绘费4.98万元。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({ name: '河道治理工程监理费专项资金', budget: '85.98' }),
    ]);
    expect(rec.overall.budget).toBe('85.98');
  });

  it("one kind of post 核定 after the unit's name is the quota", () => {
    const rec = recordOf(`${TITLE}\n某某县文物局核定行政编制80人,共设办公室、考古科等9个内设机构。`);
    expect(rec.staff.quota).toBe('80');
  });

  it('项目资金总预算 is all the projects together', () => {
    const rec = recordOf(
      `${TITLE}\n本局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为2455.5万元。`,
    );
    expect(rec.finance.project_total).toBe('2455.5');
  });

  it('a unit named before its year does not hide the label after it', () => {
    const rec = recordOf('宁乡市气象局2020年度全年预算数88.00万元，全年执行数80.00万元。');
    expect(rec.overall).toMatchObject({ budget: '88', executed: '80' });
  });

  it('"无A费和B费" at the end of a clause: both parts are nil', () => {
    const rec = recordOf(
      `${TITLE}\n2021年“三公”经费支出5.20万元，其中公务接待费1.10万元，公务用车运行维护费4.10万元，无因公出国(境)费和公务用车购置费。`,
    );
    expect(rec.sangong).toMatchObject({ total: '5.2', abroad: '0', vehicle_purchase: '0', reception: '1.1' });
  });

  it('"未发生A费用和B费用", and "无“三公”经费支出": parts and the whole stated as nil', () => {
    const rec = recordOf(
      `${TITLE}\n“三公”经费支出4.62万元,其中:公务用车运行维护费3.4万元,公务接待费1.22万元,未发生因公出国(境)费用和公务用车购置费用。`,
    );
    expect(rec.sangong).toMatchObject({ total: '4.62', abroad: '0', vehicle_purchase: '0' });
    expect(recordOf(`${TITLE}\n本单位无“三公”经费支出。`).sangong).toMatchObject({ total: '0' });
    // A part of the budget not arranged is a nil budget part.
    expect(recordOf(`${TITLE}\n本单位未安排因公出国(境)经费预算。`).sangong).toMatchObject({
      budget_abroad: '0',
    });
    // A budget not arranged is no statement of spending.
    expect(recordOf(`${TITLE}\n本单位无“三公”经费预算安排。`).sangong?.total).toBeUndefined();
  });

  it('a project report naming its project in brackets under the title', () => {
    const rec = recordOf(
      [
        '某某县人民法院2021年度项目支出绩效自评报告',
        '（诉讼服务运行经费）',
        '一、自评结论',
        '经评价，诉讼服务运行经费项目自评得分93分，自评结果为“优秀”。',
        '1. 执行率情况。',
        '2021年度诉讼服务运行经费项目财政资金总额426,800.00元，实际支出401,192.00元，预算执行率94.00%。',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '诉讼服务运行经费')).toMatchObject({
      budget: '42.68',
      executed: '40.1192',
      score: '93',
    });
    expect(rec.overall).toMatchObject({
      budget: '42.68',
      executed: '40.1192',
      execution_rate: '94',
      score: '93',
    });
  });

  it('projects listed a clause each after 其中, whatever their names end in', () => {
    const rec = recordOf(
      [
        title,
        '我站2021年共有2个支出项目。其中，病虫害统防统治年初预算数120万元，年末结算支出118.6万元，项目资金支出进度比率为98.83%；农民技术培训年初预算数45万元，年末结算支出45万元，项目资金支出进度比率为100%。',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '病虫害统防统治')).toMatchObject({
      budget: '120',
      executed: '118.6',
      execution_rate: '98.83',
    });
    expect(rec.projects.find((p) => p.name === '农民技术培训')).toMatchObject({
      budget: '45',
      executed: '45',
      execution_rate: '100',
    });
  });

  it('numbered items built like a 项目 item beside them are projects too', () => {
    const rec = recordOf(
      [
        title,
        '部门整体支出全年预算800.00万元，实际支出760.00万元。',
        '2.项目资金使用情况分析。',
        '(1)园区道路维护项目：全年预算1,350,000.00元，实际支出1,312,275.00元，预算执行率97.21%，自评得分95分。',
        '(2)招商引资活动经费：全年预算600,000.00元，实际支出552,360.00元，预算执行率92.06%，自评得分90分。',
        '3.项目资金管理情况分析。',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '招商引资活动经费')).toMatchObject({
      budget: '60',
      executed: '55.236',
      score: '90',
    });
    expect(rec.overall).toEqual({ budget: '800' });
  });

  it('公务用车购置及运行费 of nothing is a purchase and a running cost of nothing', () => {
    const rec = recordOf(
      [
        title,
        '2021年“三公”经费支出0.62万元，全部为公务接待费；因公出国（境）费、公务用车购置及运行费均为0万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      reception: '0.62',
      abroad: '0',
      vehicle_total: '0',
      vehicle_purchase: '0',
      vehicle_operation: '0',
    });
  });

  it("a budget disclosure's 基本支出 and 项目支出 are budgets", () => {
    const rec = recordOf(
      [
        '某某县职业中学2022年部门预算',
        '2022年收入预算500.00万元；支出预算500.00万元，其中基本支出420.00万元，项目支出80.00万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ budget_initial: '500', budget_basic: '420', budget_project: '80' });
    expect(rec.finance.basic).toBeUndefined();
  });

  it('the bare 购置费 and 运行维护费 inside 公务用车购置及运行维护费 are its two parts, not a second value of it', () => {
    const rec = recordOf(
      [
        title,
        '2021年"三公"经费支出决算数为12.35万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费8.20万元（其中购置费0万元，运行维护费8.20万元）；公务接待费4.15万元。',
      ].join('\n'),
    );
    expect(rec.sangong.vehicle_total).toBe('8.2');
    expect(rec.sangong.vehicle_purchase).toBe('0');
    expect(rec.sangong.vehicle_operation).toBe('8.2');
    expect(rec.sangong.reception).toBe('4.15');
    expect(rec.findings.map((f) => f.code)).not.toContain('value_conflict');
  });

  it('a district-wide 三公经费 total is not the department’s', () => {
    const rec = recordOf([title, '全县"三公"经费支出1200万元。', '本部门"三公"经费支出5.6万元。'].join('\n'));
    expect(rec.sangong.total).toBe('5.6');
  });

  it('"比上年减少 X" is a change: the previous year is derived, and only when the current value is known', () => {
    const withCurrent = recordOf([title, '2021年"三公"经费支出决算为8万元，比上年减少2万元。'].join('\n'));
    expect(withCurrent.sangong.total).toBe('8');
    expect(withCurrent.sangong.prev_total).toBeUndefined();
    expect(withCurrent.sangong.prev_total_derived).toBe('10');
    const changeOnly = recordOf([title, '本年度"三公"经费比上年减少2万元。', '在职人员30人。'].join('\n'));
    expect(changeOnly.sangong.total).toBeUndefined();
    expect(changeOnly.sangong.prev_total_derived).toBeUndefined();
  });

  it('"同比减少 X" is a change against the year before as well', () => {
    const rec = recordOf([title, '2021年“三公”经费支出15.00万元，同比减少3.00万元，下降16.67%。'].join('\n'));
    expect(rec.sangong.total).toBe('15');
    expect(rec.sangong.prev_total_derived).toBe('18');
    const flat = recordOf([title, '2021年“三公”经费支出15.00万元。公务接待费支出同比持平。'].join('\n'));
    expect(flat.sangong.prev_total_derived).toBeUndefined(); // one part unchanged says nothing of the total
  });

  it('the year a report was written is not the budget year', () => {
    const rec = recordOf(
      [
        '大余县教育局部门整体支出绩效自评报告（2020年度）',
        '在职人员30人。',
        '大余县教育局',
        '2021年5月20日',
      ].join('\n'),
    );
    expect(rec.year).toBe(2020);
  });
});

describe('units and numbers', () => {
  it('converts 元 to 万元 exactly, reads thousands separators, and joins a figure split from its unit', () => {
    const rec = recordOf([title, '本年收入合计8,501,800.00元，实际支出1,234.5', '万元。'].join('\n'));
    expect(rec.finance.income_total).toBe('850.18');
    expect(rec.finance.expenditure_total).toBe('1234.5');
    expect(rec.source['finance.income_total']?.unit).toBe('元');
  });

  it('reads the unit of a table from its caption and flags a 元/万元 slip between table and text', () => {
    const { record: rec, reading } = recognisedOf(
      [
        title,
        '单位：元',
        '项目\t基本支出\t项目支出',
        '金额\t6,702,300\t1,281,500',
        '',
        '2021年基本支出670.23元。',
      ].join('\n'),
    );
    expect(rec.finance.basic).toBe('670.23');
    expect(rec.finance.project).toBe('128.15');
    expect(rec.source['finance.basic']?.unit).toBe('元');
    const slip = checkRecord(rec, reading).find((f) => f.code === 'unit_suspect');
    expect(slip?.keys).toEqual(['finance.basic']);
  });
});

describe('scoring tables', () => {
  const table = [
    title,
    '部门整体支出绩效评价评分表',
    '一级指标\t二级指标\t三级指标\t分值\t得分',
    '投入（20）\t预算编制（10）\t预算编制完整性\t10\t9',
    '\t\t预算执行率\t10\t8.5',
    '产出（80）\t数量指标（80）\t工作完成率\t80\t78',
    '总分\t\t\t100\t95.5',
  ].join('\n');

  it('reads weight and score from their own columns, with the path of levels', () => {
    const rec = recordOf(table);
    expect(rec.indicators).toHaveLength(3);
    expect(rec.indicators[1]).toMatchObject({
      name: '预算执行率',
      path: ['投入', '预算编制', '预算执行率'],
      weight: '10',
      score: '8.5',
    });
  });

  it('reads a sheet that names its levels by what they hold, and the grade in a row after the total', () => {
    const rec = recordOf(
      [
        title,
        '部门整体支出管理及绩效评价评分表',
        '项目\t考核内容\t考核指标\t指标说明\t评分标准\t权数\t考评得分',
        '预算管理(60分)\t预算支出\t预算支出完成率\t完成数/预算数\t按比例计分\t20\t18.5',
        '\t结转结余\t结转结余率\t结转结余/支出数\t按比例计分\t20\t19',
        '合计\t\t\t\t\t40\t37.5',
        '评价等级\t\t\t\t\t优\t',
      ].join('\n'),
    );
    expect(rec.indicators.map((x) => [x.name, x.weight, x.score])).toEqual([
      ['预算支出完成率', '20', '18.5'],
      ['结转结余率', '20', '19'],
    ]);
    expect(rec.overall.grade).toBe('优秀');
  });

  it('takes the grade closing a one-project form’s 总分 row for the unit’s', () => {
    const rec = recordOf(
      [
        '某某区农业农村局2021年度农作物病虫害防治项目支出绩效自评表',
        '项目名称\t农作物病虫害防治',
        '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
        '年度资金总额\t80\t80\t76\t10\t95%\t9.5',
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
        '产出指标\t数量指标\t防治面积\t≥1万亩\t1.2万亩\t90\t83',
        '总分\t总分\t总分\t总分\t总分\t100\t92.5\t优',
      ].join('\n'),
    );
    expect(rec.overall.grade).toBe('优秀');
  });

  it('"总分 100" is the maximum, not the score', () => {
    const rec = recordOf(table);
    expect(rec.overall.score).toBe('95.5');
  });

  it('a project table’s funding row carries its own 分值 and 得分, which are not the project’s score', () => {
    const rec = recordOf(
      [
        title,
        '项目支出绩效自评表',
        '项目名称\t\t校舍维修\t\t\t',
        '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
        '年度资金总额\t80\t100\t90\t10\t90%\t9',
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
        '产出指标\t数量指标\t维修面积\t≥500平方米\t520平方米\t90\t88',
        '总分\t\t\t\t\t100\t97',
      ].join('\n'),
    );
    const p = rec.projects.find((x) => x.name === '校舍维修');
    expect(p).toBeDefined();
    expect(p!.budget).toBe('100');
    expect(p!.executed).toBe('90');
    expect(p!.score).toBe('97');
    expect(p!.indicators?.[0]).toMatchObject({
      name: '维修面积',
      target: '≥500平方米',
      actual: '520平方米',
      weight: '90',
      score: '88',
    });
  });
});

describe('text from web pages', () => {
  it('reads traditional characters and half-width punctuation', () => {
    const rec = recordOf(
      ['大余縣教育局2021年度部門整體支出績效自評報告', '本年收入合計850.18萬元,實際支出800萬元.'].join('\n'),
    );
    expect(rec.unit.county).toBe('大余县');
    expect(rec.finance.income_total).toBe('850.18');
    expect(rec.finance.expenditure_total).toBe('800');
  });
});

describe('a budget and staff stated with their parts', () => {
  it('reads 部门预算收入 with 其中年初预算 in brackets as the whole budget, the bracket’s as the initial one', () => {
    const rec = recordOf(
      `${TITLE}\n部门预算收入 1,862.45 万元(其中年初预算 1,520.00 万元,年中追加 342.45 万元),全年支出 1,801.32 万元。`,
    );
    expect(rec.overall.budget).toBe('1862.45');
    expect(rec.finance.budget_initial).toBe('1520');
  });

  it('reads 聘用协管人员 as contract staff', () => {
    const rec = recordOf(`${TITLE}\n核定编制45人,年末实有在职人员41人,离退休人员12人,另有聘用协管人员60人。`);
    expect(rec.staff).toMatchObject({ quota: '45', in_service: '41', contract: '60' });
  });

  it('reads 核定编制在职人员 as the quota, 实有在职人员 as the staff, 临时工人 as contract staff', () => {
    const rec = recordOf(
      `${TITLE}\n本单位财政核定编制在职人员为 28 人,年末实有在职人员为 25 人,退休人员 19 人,临时工人11人。`,
    );
    expect(rec.staff).toMatchObject({ quota: '28', in_service: '25', retired: '19', contract: '11' });
  });
});

describe('三公 parts worded loosely', () => {
  it('reads 公务用车及运行维护费 as the vehicle total and 比上年累计支出 as last year’s, no part taking another’s figure', () => {
    const rec = recordOf(
      `${TITLE}\n“三公”经费支出12.6万元,比上年累计支出14.3万元减少1.7万元。其中,因公出国(境)费用没有;公务用车及运行维护费支出8.4万元,比上年累计支出9.9万元下降1.5万元;公务接待费4.2万元。`,
    );
    expect(rec.sangong).toMatchObject({
      total: '12.6',
      prev_total: '14.3',
      vehicle_total: '8.4',
      reception: '4.2',
    });
    expect(rec.sangong?.abroad).not.toBe('8.4');
  });
});

describe('accounts beside the budget', () => {
  it('reads 决算收入 and 决算支出 after a 年初预算, and the spending’s parts as spent, not budgeted', () => {
    const rec = recordOf(
      `${TITLE}\n年初预算356.20万元,决算收入398.45万元,决算支出391.72万元,其中基本支出301.50万元,项目支出90.22万元。`,
    );
    expect(rec.finance).toMatchObject({
      income_total: '398.45',
      expenditure_total: '391.72',
      basic: '301.5',
      project: '90.22',
    });
    expect(rec.finance.budget_basic).toBeUndefined();
  });

  it('reads the parts of 一般公共预算支出 as spent: it names where the money came from', () => {
    const rec = recordOf(
      `${TITLE}\n本年一般公共预算支出140.11万元,其中基本支出118.45万元,项目支出21.66万元。`,
    );
    expect(rec.finance).toMatchObject({ basic: '118.45', project: '21.66' });
  });
});

describe('an overall report in 元', () => {
  it('reads 部门整体支出总额预算数, the parts’ 执行数 and the year-end 编制', () => {
    const rec = recordOf(
      [
        TITLE,
        '部门整体支出总额预算数61,284,530.26元,执行数58,916,204.80元,执行率96.14%。',
        '其中:基本支出执行数21,460,318.52元,项目支出执行数37,455,886.28元。',
        '本局为县人民政府工作部门,2024年末编制46人,实有在职人员43人。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '6128.453026', executed: '5891.62048' });
    expect(rec.finance).toMatchObject({ basic: '2146.031852', project: '3745.588628' });
    expect(rec.staff).toMatchObject({ quota: '46', in_service: '43' });
  });
});

describe('a vehicle figure that is all one part', () => {
  it('reads 全部为公务用车运行维护费 as the operation figure too', () => {
    const rec = recordOf(
      `${TITLE}\n“三公”经费支出12.4万元,其中:因公出国(境)费0万元;公务用车购置及运行费9.60万元,全部为公务用车运行维护费;公务接待费2.80万元。`,
    );
    expect(rec.sangong).toMatchObject({ vehicle_total: '9.6', vehicle_operation: '9.6' });
  });
});

describe('grades', () => {
  it('reads a grade stated as the 自评结论, its closing quote lost', () => {
    expect(recordOf(`${TITLE}\n部门整体支出绩效自评得分为93分,自评结论为“优秀`).overall.grade).toBe('优秀');
  });
});

describe('counts', () => {
  it('counts 实际正式教职工 as the staff in service', () => {
    expect(recordOf(`${TITLE}\n核定人员编制58人,实际正式教职工52人,退休职工19人。`).staff).toMatchObject({
      quota: '58',
      in_service: '52',
    });
  });

  it('counts budget projects, not projects a department completed', () => {
    const title = '大余县教育局2021年度部门整体支出绩效自评报告';
    expect(
      recordOf([title, '我局2021年完成重点项目12个。'].join('\n')).finance.project_count,
    ).toBeUndefined();
    expect(recordOf([title, '2021年一般公共预算财政拨款项目共25个。'].join('\n')).finance.project_count).toBe(
      '25',
    );
  });
});
