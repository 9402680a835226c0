// Facts stated in sentences (sentences.ts, sentence-parts.ts, fields.ts).
import { describe, expect, it } from 'vitest';
import { recordOf, TITLE } from './helpers';

describe('figures in a numbered list of sentences', () => {
  it('reads a label after its list number', () => {
    const rec = recordOf(
      [
        '某某县某某局2020年度部门整体支出绩效评价报告',
        '2.收入:594.95 万元。其中财政拨款收入 593.31 万元。 3.支出:596.25 万元。 4.年终结转结余 28.02 万元。',
        '2020年共支出596.25万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({
      income_total: '594.95',
      fiscal_appropriation: '593.31',
      expenditure_total: '596.25',
      carryover_end: '28.02',
    });
  });
});

describe('三公 against its budget', () => {
  it('reads the budget as arranged and the share of it spent', () => {
    const rec = recordOf(
      [
        '某某县某某局2020年度部门整体支出绩效评价报告',
        '2020 年度“三公”经费决算为 7.04 万元,比同口径预算安排的 7.2 万元,减少 0.16 万元,为预算数的 97.77%。',
        '2017年全乡“三公”经费决算汇总数为51.58万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ budget: '7.2', control_rate: '97.77' });
  });

  it('takes 汇总数 for the 三公 total', () => {
    const rec = recordOf(
      ['某某乡2017年“三公”经费决算支出情况说明', '2017年全乡“三公”经费决算汇总数为51.58万元。'].join('\n'),
    );
    expect(rec.sangong.total).toBe('51.58');
  });
});

describe('scores a sentence lists one after another', () => {
  it('are the items’, neither the unit’s nor the project’s', () => {
    const rec = recordOf(
      [
        '2023年度省级交通专项资金绩效自评报告',
        '某某市收到省补助资金合计7505万元,已支出2171.13万元,资金支付率28.93%。',
        '根据各区上报自评情况,国省道建设绩效自评分数为73.18分、交通事业发展保障支出绩效自评分数为89.03分、普通公路养护绩效自评得分86.89分。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBeUndefined();
    expect(rec.projects[0]?.score).toBeUndefined();
    expect(rec.projects[0]).toMatchObject({ name: '省级交通专项资金', executed: '2171.13' });
  });
});

describe('a unit’s report written as a letter to the finance bureau', () => {
  const letter = (lines: string[]) =>
    recordOf(
      [
        '标      题 某某区某某局2021年度预算绩效自评报告',
        '发布机构 某某区人民政府',
        '',
        '区财政局:',
        ...lines,
      ].join('\n'),
    );

  it('takes the unit from a title its page labels 标题', () => {
    expect(letter(['经过自评,我局本年度得分为93分。']).unit.name).toBe('某某区某某局');
  });

  it('reads 部门预算批复, 年中调整后全年预算 and 我局本年度得分', () => {
    const rec = letter([
      '2021年度我局部门预算批复1,520.40万元,年中调整后全年预算1,688.15万元,实际支出1,640.02万元,执行率97.15%。',
      '经过自评,我局本年度得分为93分。',
    ]);
    expect(rec.finance).toMatchObject({ budget_initial: '1520.4' });
    expect(rec.overall).toMatchObject({ budget: '1688.15', executed: '1640.02', score: '93' });
  });

  it('reads 全年预算资金 in 元, and a score whose sentence lists 满意度 among what was weighed', () => {
    const rec = letter([
      '2021年全年预算资金9,846,200.00元,实际支出9,700,000.00元,预算执行率98.52%。',
      '从预算编制、预算执行和群众满意度三个方面进行评价,综合评定自评分为91分,评价等级为“优”。',
    ]);
    expect(rec.overall).toMatchObject({ budget: '984.62', executed: '970', score: '91' });
  });

  it('reads 全年预算(调整后) as the budget and 全年支出决算 beside a rate as the amount executed', () => {
    const rec = letter([
      '2021年度本单位年初预算800.00万元,全年预算(调整后)900.00万元,全年支出决算855.00万元,预算执行率95%。',
    ]);
    expect(rec.overall).toMatchObject({ budget: '900', executed: '855', execution_rate: '95' });
    expect(rec.finance.budget_initial).toBe('800');
  });

  it('reads 财政拨款全年预算数 and a bare 执行, and a 三公 控制率 stated after its parts', () => {
    const rec = letter([
      '财政拨款全年预算数1,000.00万元,执行980.00万元,执行率98%。',
      '三公经费预算3.00万元,实际支出2.40万元,其中公务用车运行维护费2.00万元,公务接待费0.40万元,控制率80%。',
    ]);
    expect(rec.overall).toMatchObject({ budget: '1000', executed: '980', execution_rate: '98' });
    expect(rec.sangong).toMatchObject({ budget: '3', total: '2.4', control_rate: '80' });
  });

  it('reads a hospital’s 财政补助全年预算, 合同制人员 as contract staff, and not last year’s score', () => {
    const rec = letter([
      '截至2016年底,医院核定人员编制300名;年末在职在编人员290人,另有合同制人员50人。',
      '财政补助全年预算2,000.00万元,实际支出1,980.00万元,执行率99%。',
      '经综合评价,本单位2016年度部门整体支出绩效评价得分为92分,较上年度评价得分87分有所提高。',
    ]);
    expect(rec.overall).toMatchObject({ budget: '2000', executed: '1980', score: '92' });
    expect(rec.staff).toMatchObject({ quota: '300', in_service: '290', contract: '50' });
  });

  it('reads 年末结余结转 as the carry-over out, and a bare 实有 after the quota as the staff in service', () => {
    const rec = letter([
      '全年支出900.00万元,其中:基本支出600.00万元,项目支出300.00万元;年末结余结转40.00万元。',
      '县妇联核定行政编制5名,实有5名;退休人员2名。',
    ]);
    expect(rec.finance.carryover_end).toBe('40');
    expect(rec.staff).toMatchObject({ quota: '5', in_service: '5', retired: '2' });
  });

  it('reads 在职在编, 在编干警 and 正式员工 as the staff in service, 招聘职工 as contract staff', () => {
    expect(letter(['核定编制22名,年末在职在编19人,离退休人员14人。']).staff).toMatchObject({
      in_service: '19',
    });
    expect(letter(['核定政法专项编制52名,年末实有在编干警49人,退休人员17人。']).staff).toMatchObject({
      in_service: '49',
    });
    expect(letter(['院内共有职工42人,其中正式员工21人、招聘职工13人、乡村医生8人。']).staff).toMatchObject({
      in_service: '21',
      contract: '13',
    });
  });

  it('reads a school’s 现有教职工 as its staff in service', () => {
    const rec = letter([
      '某某镇初级中学为全额拨款事业单位,截止2023年12月31日事业编制58人,现有教职工61人,退休9人。',
    ]);
    expect(rec.staff).toMatchObject({ in_service: '61' });
  });

  it('reads a bare 支出 that a rate follows as the amount executed, not the accounts’ total', () => {
    const rec = letter([
      '市财政局下达我局某某专项经费30.00万元;上级补助12.50万元。支出42.50万元,年末结转结余0.00万元,执行率100%。',
    ]);
    expect(rec.overall).toMatchObject({ executed: '42.5', execution_rate: '100' });
    expect(rec.finance.expenditure_total).toBeUndefined();
  });

  it('still leaves a survey’s score and a ranking alone', () => {
    const rec = letter(['根据《2021年度公众满意度调查》,我局综合评分86.5分,位居全区第三。']);
    expect(rec.overall.score).toBeUndefined();
  });
});

describe('staff and projects counted in other words', () => {
  it('reads 在编实有, 在编职工, 聘用制…辅助人员 and 共有项目N 个 with their funds', () => {
    const rec = recordOf(
      [
        '某某县人民法院2021年度部门整体支出绩效自评报告',
        '我院核定编制40名;2021年末在编实有37人,另有聘用制书记员等辅助人员15人。',
        '2021年我院共有项目2 个,项目资金合计96.30 万元。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '40', in_service: '37', contract: '15' });
    expect(rec.finance).toMatchObject({ project_count: '2', project_total: '96.3' });
  });

  it('reads 共实施项目N个 with 预算资金合计 as the projects’ funds', () => {
    const rec = recordOf(
      [
        '某某县某某镇中心学校2022年项目支出绩效自评报告',
        '我校2022年共实施项目3个,预算资金合计150.20万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ project_count: '3', project_total: '150.2' });
  });

  it('reads 涉及金额 after the projects evaluated as their funds', () => {
    const rec = recordOf(
      [
        '某某区某某社区卫生服务中心2022年度单位决算',
        '2022年度本单位对4个项目开展了绩效评价,涉及金额312.40万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ project_count: '4', project_total: '312.4' });
  });
});

describe('a 三公 notice for two years', () => {
  it('reads the budget 预算总计 and its parts as budget, 无…预算 as nil budget parts', () => {
    const rec = recordOf(
      [
        '某某区某某中心2023年“三公”经费预算情况',
        '2023年度我中心“三公”经费预算总计12.40万元,其中:公务接待费3.20万元,公务用车运行维护费9.20万元,无因公出国(境)经费预算和公务用车购置预算。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget: '12.4',
      budget_reception: '3.2',
      budget_vehicle_operation: '9.2',
      budget_abroad: '0',
      budget_vehicle_purchase: '0',
    });
    expect(rec.sangong.total).toBeUndefined();
  });

  it('reads the vehicle budget’s parts across a semicolon, and 购置经费无 as a nil part', () => {
    const rec = recordOf(
      [
        '某某县某某局2017年“三公”经费预算情况说明',
        '2017年某某县某某局安排公车购置及运行维护费24万元,其中:购置经费12万元,用于更新执法车辆1辆;运行维护费12万元,较2016年预算下降5%。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget_vehicle_total: '24',
      budget_vehicle_purchase: '12',
      budget_vehicle_operation: '12',
    });
    const nil = recordOf(
      [
        '某某县某某局2017年“三公”经费预算情况说明',
        '2017年某某县某某局安排公车购置及运行维护费16万元,其中:购置经费无,运行维护费16万元,与2016年预算持平。',
      ].join('\n'),
    );
    expect(nil.sangong).toMatchObject({ budget_vehicle_purchase: '0', budget_vehicle_operation: '16' });
    expect(nil.sangong.vehicle_purchase).toBeUndefined();
  });

  it('reads what a budget’s notice goes on to state as that budget, 决算总数 as the total, savings as neither', () => {
    const rec = recordOf(
      [
        '某某区2015年“三公经费”公示',
        '2015年某某区财政拨款“三公经费”决算总数842.30万元,其中:因公出国经费决算0万元;公务用车购置及运行经费决算760.10万元;公务接待经费决算82.20万元。',
        '区财政局公布的2015年“三公经费”预算安排情况:2015年某某区本级公共预算财政“三公经费”支出总额为915.50万元。其中:因公出国(境)费用0万元;公务接待费90.50万元;公务用车购置及运行维护费825万元。',
        '预算和决算相比,由此计算得出:节约“三公经费”73.20万元,其中公车节约最多,节约金额64.90万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      total: '842.3',
      reception: '82.2',
      budget: '915.5',
      budget_reception: '90.5',
      budget_vehicle_total: '825',
    });
  });

  it('reads 预算拨入 as the budget, not the year before’s', () => {
    const rec = recordOf(
      [
        '某某市某某局2016年“三公经费”预算对比增减说明',
        '2016年三公经费预算拨入21万元,2015年三公经费预算拨入30.5万元,与上年对比减少9.5万元。',
      ].join('\n'),
    );
    expect(rec.sangong.budget).toBe('21');
  });
});

describe('三公 in a 决算 notice', () => {
  it('reads 完成预算X万元的N% as the control rate, 未购置公务用车 as a nil purchase', () => {
    const rec = recordOf(
      [
        '某某县某某局2019年度部门决算公开',
        '我局2019年度“三公”经费财政拨款支出决算为9.60万元,完成预算12.00万元的80%。其中:公务接待费2.40万元,公务用车运行维护费7.20万元,未购置公务用车。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      total: '9.6',
      budget: '12',
      control_rate: '80',
      vehicle_purchase: '0',
    });
  });

  it('leaves a total of 三公, 会议费 and 培训费 together to none of them', () => {
    const rec = recordOf(
      [
        '某某县某某镇人民政府2019年度部门决算公开',
        '2019年度“三公”经费、会议费、培训费合计支出10.50万元,其中:“三公”经费7.10万元;会议费1.80万元;培训费1.60万元。',
      ].join('\n'),
    );
    expect(rec.sangong.total).toBe('7.1');
  });
});

describe('a 三公 budget table whose cells a converter glued', () => {
  it('reads the parts its year’s sentence states as that year’s budget, and the unit from its 单位名称 run into the unit line', () => {
    const rec = recordOf(
      [
        '某某县住建局2018年部门预算“三公”经费情况说明',
        '“三公”经费包括因公出国(境)费、公务用车购置及运行维护费和公务接待费。2018年财政拨款“三公”经费支出合计10万元,比上年减少1万元。其中:公务用车运行维护费7万元,公务接待费3万元。',
        '表8',
        '2018年一般公共预算安排的行政经费及“三公”经费预算表',
        '单位名称:遂溪县住房和城乡建设局单位:万元',
        '项目2018年预算',
        '“三公”经费10.00 ',
        '      其中:(一)因公出国(境)支出',
        '                   2.公务用车运行维护费7.00 ',
        '           (三)公务接待费支出3.00 ',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('遂溪县住房和城乡建设局');
    expect(rec.sangong).toMatchObject({ budget: '10', budget_vehicle_operation: '7', budget_reception: '3' });
    expect(rec.sangong.vehicle_operation).toBeUndefined();
  });
});

describe('a budget disclosure’s totals and nils', () => {
  it('reads 收支预算总额 as the year’s initial budget and 无政府采购预算 as nil procurement planned', () => {
    const rec = recordOf(
      [
        '某某县某某局2023年部门预算公开说明',
        '2023年收支预算总额860.25万元,全部为一般公共预算财政拨款。',
        '本部门2023年无政府采购预算。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ budget_initial: '860.25', procurement_plan: '0' });
  });
});

describe('a bare 得分 after the evaluation’s result', () => {
  it('is the unit’s score', () => {
    const rec = recordOf(
      ['某某县某某局2021年度部门决算', '本部门对部门整体支出开展了绩效自评,自评结果为良好,得分86分。'].join(
        '\n',
      ),
    );
    expect(rec.overall).toMatchObject({ score: '86', grade: '良好' });
  });
});

describe('三公 parts stated as nil in a list', () => {
  it('reads every part after 无, a combined vehicle item too, and 出国(境) without 因公', () => {
    const a = recordOf(
      [
        '某某县某某局2021年度部门决算',
        '2021年“三公”经费支出3.05万元,全部为公务接待费,无因公出国(境)费用和公务用车购置及运行维护费。',
      ].join('\n'),
    );
    expect(a.sangong).toMatchObject({ abroad: '0', vehicle_total: '0', reception: '3.05' });
    const b = recordOf(
      ['某某县某某局2021年度部门决算', '2021年某某县某某局未安排出国(境)计划,未安排出国(境)经费预算。'].join(
        '\n',
      ),
    );
    expect(b.sangong).toMatchObject({ budget_abroad: '0' });
  });
});

describe('a budget and its spending in one sentence', () => {
  it('reads 预算收入…其中年初预算 as the whole budget, and the parts after 全年支出 as spending', () => {
    const rec = recordOf(
      [
        '某某县某某局2023年度部门整体支出绩效评价报告',
        '2023年部门预算收入合计420.50万元，其中：年初预算380.00万元，年中追加40.50万元；全年支出410.20万元，其中：基本支出300.10万元，项目支出110.10万元，结余结转10.30万元。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '420.5' });
    expect(rec.finance).toMatchObject({
      budget_initial: '380',
      basic: '300.1',
      project: '110.1',
      carryover_end: '10.3',
    });
    expect(rec.finance.budget_basic).toBeUndefined();
  });
});

describe('a statistics note listing unlike things', () => {
  it('reads the staff after a semicolon as staff, not as the procurement before it', () => {
    const rec = recordOf(
      [
        '某某县某某乡人民政府2021年度部门决算',
        '本部门2021年度机关运行经费支出80.12万元;政府采购支出总额30.50万元;编制人数30人,实有在职人员28人;年末公务用车保有量1辆。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '30', in_service: '28' });
  });

  it('still reads a comparison after a semicolon as the same thing’s', () => {
    const rec = recordOf(
      [
        '某某县人民法院2021年度部门决算公开说明',
        '2021年度“三公”经费支出6.00万元,比年初预算8.00万元减少2.00万元;比上年7.50万元减少1.50万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ total: '6', prev_total: '7.5' });
  });
});

describe('an income that is all appropriation', () => {
  it('reads 均为/全部为财政拨款收入 and 收入中财政拨款收入 as the appropriation, not the part in brackets', () => {
    const rec = recordOf(
      [
        '某某县某某镇人民政府2022年度部门决算',
        '本年收入合计1,500.00万元,均为财政拨款收入1,500.00万元(一般公共预算财政拨款收入1,200.00万元,政府性基金预算财政拨款收入300.00万元);年初结转和结余50.00万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ fiscal_appropriation: '1500', carryover_begin: '50' });
    const other = recordOf(
      [
        '某某县第四中学2022年度部门决算公开说明',
        '本年收入中财政拨款收入1,980.00万元,其他收入20.00万元。',
      ].join('\n'),
    );
    expect(other.finance.fiscal_appropriation).toBe('1980');
  });
});

describe('nils said in words', () => {
  it('reads 无年初结转和结余, 年末无结转和结余 and 无离退休人员 as 0', () => {
    const rec = recordOf(
      [
        '某某县第四中学2022年度部门决算公开说明',
        '本年支出合计1,200.00万元,无年初结转和结余。年末无结转和结余。本单位无离退休人员。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ carryover_begin: '0', carryover_end: '0' });
    expect(rec.staff.retired).toBe('0');
  });
});

describe('staff kinds in brackets after their whole', () => {
  it('reads the whole as the quota and goes on past the bracket, but not past a note in brackets', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2018年度部门整体支出绩效自评报告',
        '全镇行政事业编制60名(行政编制30名、事业编制30名),实有在编人员55名,离退休人员40名。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '60', in_service: '55', retired: '40' });
    const note = recordOf(
      [
        '某某区人民政府办公室2021年度部门整体支出绩效自评报告',
        '本办行政编制总数62人(含区委区政府领导单列编制),实有在编人数54人;事业编制总数21人。',
      ].join('\n'),
    );
    expect(note.staff.in_service).toBeUndefined();
  });
});

describe('staff kinds named together with one sum', () => {
  it("reads the sum as the quota and the staff after it as the unit's, but no sum given to each kind", () => {
    const rec = recordOf(
      [
        '某某区水务局2019年度部门决算',
        '本部门行政编制和事业编制共120名,年末在职实有人员112人,离退休人员31人。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '120', in_service: '112', retired: '31' });
    const each = recordOf(['某某区水务局2019年度部门决算', '本部门行政编制和事业编制各12名。'].join('\n'));
    expect(each.staff.quota).toBeUndefined();
  });
});

describe('a 决算 line named with its 决算', () => {
  it('reads 财政拨款收入决算 as the appropriation', () => {
    const rec = recordOf(
      [
        '某某县档案馆2023年度部门决算',
        '2023年度财政拨款收入决算1,206.30万元,财政拨款支出决算1,188.05万元。',
      ].join('\n'),
    );
    expect(rec.finance.fiscal_appropriation).toBe('1206.3');
  });
});

describe('the whole self-evaluation scored in other words', () => {
  it("reads 总体得分 as the unit's score", () => {
    const rec = recordOf(
      [
        '某某县气象局2023年度部门整体支出绩效自评整改报告',
        '自评结果显示,某某县气象局部门绩效自评工作总体得分为90.25分,评级为“优”。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ score: '90.25', grade: '优秀' });
  });
});

describe('a report with no title, its income made of budget parts', () => {
  it('reads 总收入 as the budget and the parts after 总支出 as spending, and lists of items are no title', () => {
    const rec = recordOf(
      [
        '一、基本情况',
        '2、部门整体支出规模。2020年市某某局总收入1,000.00万元,其中:年初预算800.00万元,年中追加200.00万元;总支出950.00万元,其中:基本支出600.00万元(人员经费500.00万元,公用经费100.00万元),项目支出350.00万元。',
        '(二)项目支出',
        '1、某某工作经费预算100万元,实际支出95万元。',
        '2、某某专项经费预算60万元,实际支出57.5万元。',
        '三、部门整体支出绩效情况',
        '2020年部门预算执行率95%。',
      ].join('\n'),
    );
    expect(rec.overall.budget).toBe('1000');
    expect(rec.finance).toMatchObject({
      income_total: '1000',
      budget_initial: '800',
      expenditure_total: '950',
      basic: '600',
      public: '100',
      project: '350',
    });
    expect(rec.finance.budget_basic).toBeUndefined();
    // The spending total that is the stated rate of the budget is the amount executed.
    expect(rec.overall).toMatchObject({ executed: '950', execution_rate: '95' });
    expect(rec.projects).toMatchObject([
      { name: '某某工作经费', budget: '100', executed: '95' },
      { name: '某某专项经费', budget: '60', executed: '57.5' },
    ]);
  });

  it('takes no spending total for the amount executed where the rate is of another figure', () => {
    const rec = recordOf(
      [
        '某某县某某局2020年度部门整体支出绩效自评报告',
        '2020年总收入1,000.00万元,其中:年初预算800.00万元,年中追加200.00万元;总支出950.00万元。',
        '2020年部门预算执行率97%。',
      ].join('\n'),
    );
    expect(rec.overall.executed).toBeUndefined();
  });
});

describe('staff of a school in its own words', () => {
  it('reads 核定教职工编制, 在编在岗教职工 and 临聘教师', () => {
    const rec = recordOf(
      [
        '某某县第二中学2024年度部门整体支出绩效自评报告',
        '2.人员情况。核定教职工编制96名,2024年末在编在岗教职工90人,另有临聘教师6人。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '96', in_service: '90', contract: '6' });
  });
});

describe('a unit’s results notice with its funds listed', () => {
  it('reads 决算支出 beside the rate as executed, and makes no project of 部门整体支出', () => {
    const rec = recordOf(
      [
        '某某市某某局2023年度绩效自评结果公开',
        '我局对2023年度部门整体支出和经管的专项资金开展了绩效自评。',
        '部门整体支出预算总额12,420.58万元,决算支出12,136.27万元,执行率97.71%,自评得分94分,等次为优秀。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '12420.58', executed: '12136.27', score: '94' });
    expect(rec.projects).toEqual([]);
  });
});

describe('a town’s projects counted and totalled', () => {
  it('are the projects’ count and total, none of the town’s own figures, nor its list’s 合计', () => {
    const rec = recordOf(
      [
        '某某县某某镇人民政府2022年度项目支出绩效自评报告',
        '2022年我镇纳入绩效自评的项目支出共2个,全年预算资金合计1,500,000.00元,实际支出1,420,000.00元,总体执行率94.67%。',
        '序号\t项目名称\t预算数(元)\t执行数(元)\t执行率\t自评得分\t等级',
        '1\t村级公益事业一事一议奖补\t1,000,000.00\t950,000.00\t95.00%\t93\t优',
        '2\t农村公路养护经费\t500,000.00\t470,000.00\t94.00%\t92\t优',
        '合计\t\t1,500,000.00\t1,420,000.00\t94.67%\t\t',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ project_count: '2', project_total: '150' });
    expect(rec.overall.budget).toBeUndefined();
    expect(rec.overall.executed).toBeUndefined();
    expect(rec.projects).toHaveLength(2);
  });
});

describe('a 三公 table with no unit line', () => {
  it('is in the unit of the prose that introduces it, and reads as nothing without one', () => {
    const table = [
      '项目 | 预算数 | 决算数 |',
      '合计 | 9.80 | 7.46 |',
      '因公出国(境)费 | 0.00 | 0.00 |',
      '公务接待费 | 1.80 | 1.26 |',
    ];
    const rec = recordOf(
      [
        '某某街道办事处2019年度部门决算',
        '2019年度“三公”经费支出预算为9.80万元,支出决算为7.46万元,完成预算的76.12%。具体情况如下表:',
        ...table,
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget: '9.8',
      total: '7.46',
      budget_reception: '1.8',
      reception: '1.26',
    });
    const bare = recordOf(['某某街道办事处2019年度部门决算', '“三公”经费支出情况:', ...table].join('\n'));
    expect(bare.sangong.reception).toBeUndefined();
  });
});

describe('三公 parts stated as nil after their heading or a 未发生', () => {
  it('reads 未发生A费和B费 and a heading’s 无预算安排', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2023年度部门预算',
        '“三公”经费年初预算5.00万元，其中公务接待费1.20万元，公务用车运行维护费3.80万元，未发生因公出国(境)费和公务用车购置费。',
        '(一)因公出国(境)费：2023年无预算安排。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ budget_abroad: '0' });
  });

  it('reads 无A和B with a note after them', () => {
    const rec = recordOf(
      [
        '某某县人民检察院2020年度部门整体支出绩效自评报告',
        '2020年“三公”经费支出13.48万元,其中公务用车运行维护费10.92万元,公务接待费2.56万元,无因公出国(境)费和公务用车购置费(见附件2)。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ abroad: '0', vehicle_purchase: '0' });
  });

  it('reads A和B均无支出', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2022年度“三公”经费决算情况说明',
        '2022年“三公”经费支出30.5万元,其中公务接待费6.3万元,公务用车运行维护费24.2万元。因公出国(境)费和公务用车购置费均无支出。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ total: '30.5', abroad: '0', vehicle_purchase: '0' });
  });
});

describe('last year’s 三公 total written bare before the change', () => {
  it('reads 较上年7.52减少0.68万元 as last year’s total, in the change’s unit', () => {
    const rec = recordOf(
      [
        '某某区人民检察院2018年度“三公”经费决算说明',
        '2018年度本部门一般公共预算财政拨款安排的“三公”经费支出6.84万元,较上年7.52减少0.68万元,减少了9.04%。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ total: '6.84', prev_total: '7.52' });
  });
});

describe('a street’s staff and budget in its own words', () => {
  it('reads the staff after kinds of posts listed together, and a budget whose bracket lists its parts', () => {
    const rec = recordOf(
      [
        '某某街道2021年度部门整体支出绩效自评报告',
        '街道核定行政编制38名、事业编制46名，2021年末实有在职人员79人，退休人员52人。',
        '2021年部门预算收入2,156.80万元(年初预算1,932.40万元，年中追加224.40万元)，全年支出2,098.35万元。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ in_service: '79', retired: '52' });
    expect(rec.overall.budget).toBe('2156.8');
    expect(rec.finance.budget_initial).toBe('1932.4');
  });
});

describe('the budget of the whole, its unit written before it', () => {
  it('reads 部门整体支出全年预算数 and 单位整体支出预算数 after the unit’s name', () => {
    const a = recordOf(
      [
        '某某乡2017年度部门整体支出绩效自评报告',
        '2017年青松乡部门整体支出全年预算数1,268.40万元,全年执行数1,229.60万元,执行率96.94%。',
      ].join('\n'),
    );
    expect(a.overall.budget).toBe('1268.4');
    const b = recordOf(
      ['某某县中医院2022年度部门决算', '本单位单位整体支出预算数 2260.00 万元,执行数2,188.50万元。'].join(
        '\n',
      ),
    );
    expect(b.overall.budget).toBe('2260');
  });
});

describe('spending named by its funds, then the execution rate', () => {
  it('is the amount executed, after a bracket of the income’s parts', () => {
    const rec = recordOf(
      [
        TITLE,
        '2021年度财政拨款收入合计860.40万元(其中一般公共预算收入800.00万元,政府性基金预算收入60.40万元),财政拨款支出合计845.12万元,预算执行率98.22%。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ executed: '845.12', execution_rate: '98.22' });
  });

  it('is no amount executed without the rate', () => {
    const rec = recordOf([TITLE, '2021年度财政拨款支出合计845.12万元,其中基本支出600万元。'].join('\n'));
    expect(rec.overall.executed).toBeUndefined();
  });
});

describe('the unit’s execution stated of its fiscal funds and of its whole spending', () => {
  it('takes the whole spending’s', () => {
    const rec = recordOf(
      [
        '某某县教育局2023年度部门决算',
        '2023年度,本部门一般公共预算财政拨款支出决算为9352.86万元,完成预算的98.52%。',
        '本部门开展了部门整体支出绩效自评,全年预算数9954.22万元,执行数9814.03万元,预算执行率98.59%,自评得分88.6分。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '9954.22', executed: '9814.03', execution_rate: '98.59' });
  });
});

describe('a township health centre’s 决算', () => {
  it('counts 聘用K人 as contract staff, and keeps a project’s score from the unit’s', () => {
    const rec = recordOf(
      [
        '某某县某某镇卫生院2023年度部门决算',
        '2023年在编职工24人,乡镇服务人员3人,聘用9人。',
        '基本公共卫生服务项目全年预算数86.20万元,全年执行数84.93万元,预算执行率98.53%,自评得分95分。',
        '本单位部门整体支出绩效自评得分92分,等级为优。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ in_service: '24', contract: '9' });
    expect(rec.overall.score).toBe('92');
    expect(rec.projects).toMatchObject([{ name: '基本公共卫生服务项目', score: '95' }]);
  });
});

describe('a sentence that runs on from its heading', () => {
  it('reads the label after the heading’s words', () => {
    const rec = recordOf(
      [
        '某某县某某镇人民政府2020年度部门决算',
        '四、部门绩效自评情况 (一)部门整体支出绩效自评情况 2020年度我镇部门整体支出全年预算数968.30万元,全年执行数957.12万元,预算执行率98.85%。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '968.3', executed: '957.12', execution_rate: '98.85' });
  });
});

describe('posts counted in 个', () => {
  it('reads 行政事业总编制为92个 as the quota', () => {
    const rec = recordOf(
      [TITLE, '行政事业总编制为92个,其中行政编24个、事业编68个。年末实有在职人员87人。'].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '92', in_service: '87' });
  });
});

describe('round 48: wordings of budgets and staff', () => {
  it('reads the budget arranged as fiscal funds, and contract staff named by their posts', () => {
    const rec = recordOf(
      [
        '某某区人民法院2022年度部门整体支出绩效自评报告',
        '核定政法专项编制40名,实有在编人员38人,聘用书记员及辅警12人,退休人员9人。',
        '2022年部门预算安排财政拨款资金共212.46万元,全年实际支出209.83万元,预算执行率98.76%。',
      ].join('\n'),
    );
    expect([rec.overall.budget, rec.overall.executed, rec.staff.contract]).toEqual([
      '212.46',
      '209.83',
      '12',
    ]);
  });

  it('keeps a report’s numbered section on its funds from making it a budget disclosure', () => {
    const rec = recordOf(
      [
        '某某市财政局:',
        '受贵局委托,我们对某某县人民检察院2022年1月1日至2022年12月31日使用的本级财政预算资金整体支出实施了绩效评价,采用资料核查、现场勘验和问卷调查等方法开展了评价,现将情况报告如下:',
        '(二)预算资金情况',
        '项目 | 全年预算数 | 实际支出数 | 预算执行率',
        '基本支出 | 986.42 | 980.15 | 99.36%',
        '项目支出 | 312.80 | 288.64 | 92.28%',
        '合计 | 1299.22 | 1268.79 | 97.66%',
      ].join('\n'),
    );
    expect([rec.finance.basic, rec.finance.project]).toEqual(['980.15', '288.64']);
  });
});

describe('a staff quota whose heading runs on into it', () => {
  it('reads 本部门编制 after the 人员构成 heading as the quota, not a kind of post', () => {
    const rec = recordOf(
      '某某县人民法院2020年度部门决算公开说明\n二、机构设置 本部门为一级预算单位。三、人员构成 本部门编制 86 人,其中政法专项编制 70 人、事业编制 16 人;实有在职人员 79 人。',
    );
    expect([rec.staff.quota, rec.staff.in_service]).toEqual(['86', '79']);
  });
});

describe('a project’s funds spent, its rate after', () => {
  it('reads 项目资金支出 before the execution rate as the amount executed', () => {
    const rec = recordOf(
      '某某县水利局2020年度农村饮水安全维修养护项目支出绩效自评报告\n(二)项目资金执行情况分析。截至2020年12月31日,项目资金支出38.5万元,预算执行率96.25%。',
    );
    expect(rec.overall.executed?.toString()).toBe('38.5');
  });
});

describe('staff stated per kind of post, all kinds but one empty', () => {
  it('takes the one kind filled for the unit’s quota and staff, and no kind where two are filled', () => {
    const sole = recordOf(
      [
        '某某街道办事处2020年度部门决算',
        '人员构成情况:行政编制0人,实有人数0人;事业编制46人,实有人数39人。',
      ].join('\n'),
    );
    expect(sole.staff).toMatchObject({ quota: '46', in_service: '39' });
    const both = recordOf(
      ['某某街道办事处2020年度部门决算', '本部门行政编制64人,实有人数58人;事业编制42人,实有人数35人。'].join(
        '\n',
      ),
    );
    expect(both.staff.quota).toBeUndefined();
  });
});

describe('a project named in the reason for a change', () => {
  it('does not make the parts listed after it projects', () => {
    const rec = recordOf(
      [
        '某某街道办事处2018年度部门决算',
        '本部门收入合计4,826.40万元,比2017年度减少215.64万元,主要原因是社区改造项目完工。其中:一般公共预算财政拨款收入4,764.52万元,占98.72%;其他收入61.88万元。',
        '收入总计5,100.00万元,与2017年度相比增加120万元,主要原因是智慧社区项目增加。其中:年初结转和结余36.16万元,年末结转和结余23.44万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({
      fiscal_appropriation: '4764.52',
      carryover_begin: '36.16',
      carryover_end: '23.44',
    });
  });
});

describe('a quota stated in all, then its kinds one after another', () => {
  it('reads 编制共N人 as the quota and the staff in service after the kinds as the unit’s', () => {
    const rec = recordOf(
      [
        '某某乡人民政府2020年度部门整体支出绩效自评报告',
        '县编委核定我乡编制共86人,其中行政编制35人,工勤编制3人,事业编制48人,年末实有在职人员81人,退休人员42人。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '86', in_service: '81', retired: '42' });
  });

  it('reads a section heading run on to the label it names', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2021年度部门整体支出绩效自评报告',
        '(二)项目支出情况项目支出2,413.46万元,重点项目:',
      ].join('\n'),
    );
    expect(rec.finance.project?.toString()).toBe('2413.46');
  });
});

describe('a 决算 counting the projects it evaluated after listing some', () => {
  it('reads 等N个项目 with the funds they involve, and 核定编制人员 as the quota', () => {
    const rec = recordOf(
      [
        '某某县民政局2017年度部门决算',
        '本部门核定编制人员35名(行政编制9名、事业编制26名),年末实有在职人员33人。',
        '2017年度,我局对城乡低保、特困人员供养、临时救助等6个项目开展了绩效自评,涉及资金1386.20万元。',
      ].join('\n'),
    );
    expect(rec.staff).toMatchObject({ quota: '35', in_service: '33' });
    expect(rec.finance).toMatchObject({ project_count: '6', project_total: '1386.2' });
  });
});

describe('a 决算 stating the appropriation whole and the general budget’s part of it', () => {
  it('takes the whole 财政拨款收入 for the appropriation', () => {
    const rec = recordOf(
      [
        '某某区水利局2021年度部门决算',
        '2021年度收入合计8,426.35万元。其中:一般公共预算财政拨款收入6,812.40万元,占80.8%;政府性基金预算财政拨款收入1,500.00万元,占17.8%。',
        '2021年度财政拨款收入8,312.40万元,较上年减少902.65万元。',
      ].join('\n'),
    );
    expect(rec.finance.fiscal_appropriation?.toString()).toBe('8312.4');
  });
});

describe('a mid-year monitoring report', () => {
  it('reads 项目支出预算 as the projects’ budget, 公用经费年初 as the public budget and 在职在岗 as the staff in service', () => {
    const rec = recordOf(
      [
        '某某县公共资源交易中心2023年上半年绩效运行监控报告',
        '本单位编制21人,在职在岗19人。',
        '項目支出預算24.6萬元,1-6月實際支出4.38萬元。公用經費年初52.30萬元,1-6月執行29.84萬元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ budget_project: '24.6', public_budget: '52.3' });
    expect(rec.staff.in_service?.toString()).toBe('19');
  });
});

describe('progress stated at a quarter’s last day', () => {
  it('is that quarter’s cumulative progress', () => {
    const rec = recordOf(
      [
        '某某县妇幼保健院20xx年度部门整体支出绩效运行监控报告',
        '截至20xx年6月30日,我院部门整体支出预算执行进度为46.38%,略低于序时进度。',
      ].join('\n'),
    );
    expect(rec.quarterly.map((q) => [q.quarter, String(q.progress)])).toEqual([[2, '46.38']]);
  });
});

describe('a 三公 budget whose parts a template labels as spending', () => {
  it('takes the parts after the budget for the budget’s, the later section’s for the spending', () => {
    const rec = recordOf(
      [
        '某某开发区2020年“三公”经费预算执行情况说明',
        '一、2020年年初预算',
        '2020年度一般公共预算财政拨款安排的“三公”经费预算30万元,其中:因公出国(境)费支出决算0万元;公务用车购置及运行费支出决算8万元;公务接待费支出决算22万元。',
        '二、2020年决算及变动',
        '2020年度一般公共预算财政拨款安排的“三公”经费决算支出24万元,其中:因公出国(境)费支出决算0万元;公务用车购置及运行费支出决算7万元;公务接待费支出决算17万元。',
      ].join('\n\n'),
    );
    expect(
      [
        rec.sangong.budget,
        rec.sangong.budget_vehicle_total,
        rec.sangong.budget_reception,
        rec.sangong.total,
        rec.sangong.vehicle_total,
        rec.sangong.reception,
      ].map(String),
    ).toEqual(['30', '8', '22', '24', '7', '17']);
  });

  it('keeps a part labelled as spending beside parts labelled as budget for the spending', () => {
    const rec = recordOf(
      [TITLE, '2021年“三公”经费预算18万元,其中:公务接待费预算6万元,公务用车运行维护费实际支出5万元。'].join(
        '\n\n',
      ),
    );
    expect(String(rec.sangong.budget_reception)).toBe('6');
    expect(rec.sangong.budget_vehicle_operation).toBeUndefined();
  });
});

describe('a hospital’s accounts', () => {
  it('read 财政项目补助支出 beside 基本支出 as the project spending', () => {
    const rec = recordOf(
      [
        '某某县康复医院2017年部门决算公开信息',
        '2017年总支出1134.08万元,其中财政项目补助支出102.60万元,基本支出1031.48万元。',
      ].join('\n\n'),
    );
    expect([rec.finance.project, rec.finance.basic].map(String)).toEqual(['102.6', '1031.48']);
  });
});

describe('the appropriation and its parts', () => {
  it('takes the general budget’s appropriation beside the government funds’ for a part, not the whole', () => {
    const rec = recordOf(
      [
        TITLE,
        '2020年度收入总计7,210.36万元,其中:一般公共预算财政拨款3968.55万元,较去年增加14.06%;政府性基金预算财政拨款1643.53万元。',
        '本部门2020年度财政拨款收入5612.08万元,财政拨款支出5701.37万元。',
      ].join('\n\n'),
    );
    expect(String(rec.finance.fiscal_appropriation)).toBe('5612.08');
  });

  it('takes the general budget’s appropriation for the whole where the government funds’ is nil', () => {
    const rec = recordOf(
      [
        TITLE,
        '2023年本年收入合计3,796.12万元,其中:一般公共预算财政拨款收入3,651.80万元,占96.20%;政府性基金预算财政拨款收入0万元,占0%;其他收入144.32万元,占3.80%。',
      ].join('\n\n'),
    );
    expect(String(rec.finance.fiscal_appropriation)).toBe('3651.8');
  });
});

describe('the key projects a department evaluated, counted', () => {
  it('reads the count and their funds', () => {
    const rec = recordOf(
      [
        '某某旗人民法院2021年度部门决算',
        '本部门对2021年度2个重点项目开展了绩效自评,涉及资金86.50万元。',
      ].join('\n'),
    );
    expect([rec.finance.project_count, rec.finance.project_total].map(String)).toEqual(['2', '86.5']);
  });
});

describe('what the year spent of a subsidy, its rate after', () => {
  it('is the amount executed', () => {
    const rec = recordOf(
      [
        '某某镇中心小学2017年度学生营养改善计划补助资金项目绩效评价报告',
        '上级下达补助资金285600元。全年实际支出营养餐补助资金279900元,资金执行率98%。',
      ].join('\n'),
    );
    expect(String(rec.overall.executed)).toBe('27.99');
  });
});

describe('an item’s budget and spending stated nil together', () => {
  it('gives both nil', () => {
    const rec = recordOf(
      [
        '某某乡卫生院2021年度部门决算',
        '2021年度本单位无一般公共预算财政拨款“三公”经费支出,“三公”经费预算数和决算数均为0万元。',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ budget: '0', total: '0' });
  });

  it('also where the spending is called 实际支出', () => {
    const rec = recordOf(
      ['某某乡卫生院2022年度部门决算', '“三公”经费预算数和实际支出均为0万元。'].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ budget: '0', total: '0' });
  });
});

describe('the year’s budget after its parts, and a part’s budget then its spending', () => {
  it('reads 全年预算合计 as the budget', () => {
    const rec = recordOf(
      [
        '某某县中学2024年度部门整体支出绩效评价报告',
        '2024年度年初预算1,820.40万元,年中追加216.10万元,全年预算合计2,036.50万元;全年实际支出1,974.36万元,预算执行率96.95%。',
      ].join('\n'),
    );
    expect([rec.overall.budget, rec.finance.budget_initial].map(String)).toEqual(['2036.5', '1820.4']);
  });

  it('gives the spending after a 基本支出预算 to the basic spending, not the total', () => {
    const rec = recordOf(
      [
        '某某县水利局2024年度部门整体支出绩效自评报告',
        '(一)基本支出情况',
        '2024年基本支出预算386.20万元,实际支出380.75万元。',
      ].join('\n'),
    );
    expect([rec.finance.budget_basic, rec.finance.basic].map(String)).toEqual(['386.2', '380.75']);
    expect(rec.finance.expenditure_total).toBeUndefined();
  });
});
