// The project a one-project report's title names (project-title.ts), and its figures in prose.
import { describe, expect, it } from 'vitest';
import { isProjectReport, projectOfTitle } from '../../../scripts/recognise/project-title';
import { unitImplementing } from '../../../scripts/recognise/unit-stated';
import { recordOf } from './helpers';

describe('a one-project report written as one paragraph (a document site’s preview)', () => {
  it('reads its title, the name its cover gives, and its figures', () => {
    const text =
      'PAGE PAGE 5 南山市青松区财政项目支出绩效自评报告 (2021年度) 项目名称:乡村小学饮水改造项目 ' +
      '项目单位:南山市青松区第三小学 主管部门:南山市青松区教育局 评价人员: 202 一、项目基本情况 ' +
      '(一)项目实施情况 项目于2021年5月开工、8月完工,改造供水管网1.2公里。 (二)项目资金使用情况 ' +
      '2021年该项目预算安排资金58万元,实际到位58万元;实际支出55.1万元,预算执行率95%。 ' +
      '二、评价结论 经自评,该项目综合得分91. 5分,评价等级为“优”。';
    const r = recordOf(text);
    expect(r.report_kinds).toContain('project_self_eval');
    expect(
      r.projects.map((p) => [p.name, p.budget?.toString(), p.executed?.toString(), p.score?.toString()]),
    ).toEqual([['乡村小学饮水改造项目', '58', '55.1', '91.5']]);
  });

  it('names the fund a key evaluation was made of, its level kept, not who is in charge of it', () => {
    const r = recordOf(
      '某某市青松区水利局2020年度项目资金重点绩效评价结果\n' +
        '青松区财政局委托第三方机构对我单位负责的青松区2020年市级山坪塘整治补助资金项目开展了重点绩效评价。' +
        '项目资金640万元。截至2020年底,项目实际支出601.6万元,资金支付率94%。\n' +
        '三、绩效评价工作开展情况绩效评价对象是青松区水利局承担的2020年市级山坪塘整治补助资金项目。\n' +
        '2020年市级山坪塘整治补助资金项目绩效评价得分86分,评价等级为良。',
    );
    expect(r.projects.map((p) => [p.name, p.executed?.toString(), p.score?.toString()])).toEqual([
      ['市级山坪塘整治补助资金项目', '601.6', '86'],
    ]);
  });
});

describe('the project a title names', () => {
  it('reads the shapes such titles take', () => {
    expect(projectOfTitle(['某某县司法局2020年度一村(社区)一法律顾问经费绩效自评报告'])).toBe(
      '一村(社区)一法律顾问经费',
    );
    expect(projectOfTitle(['某某县司法局', '关于2021年度政法转移支付资金绩效的自评报告'])).toBe(
      '政法转移支付资金',
    );
    expect(projectOfTitle(['青松区残联中央转移支付2023年度绩效自评报告(残疾人康复补助资金)'])).toBe(
      '残疾人康复补助资金',
    );
    expect(projectOfTitle(['某某市财政支出项目绩效自评报告(产业园配套路网项目)'])).toBe('产业园配套路网项目');
    // A title adds 项目 to the name; the name is what comes before it.
    expect(projectOfTitle(['某某区某某乡垃圾转运站提升改造项目绩效自评报告'])).toBe(
      '某某区某某乡垃圾转运站提升改造',
    );
    expect(projectOfTitle(['某某县财政局2021年项目支出绩效自评报告'])).toBeUndefined();
    expect(projectOfTitle(['关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告'])).toBe(
      '1-4级残疾军人护理费',
    );
    expect(projectOfTitle(['某某区林业局2024年度林业草原改革发展资金绩效评价表'])).toBe(
      '林业草原改革发展资金',
    );
    expect(projectOfTitle(['某某县财政局2021年度部门整体支出绩效自评表'])).toBeUndefined();
    // The fund, then what kind of money it is.
    expect(projectOfTitle(['2023年度城乡居民医保补助资金转移支付绩效自评报告'])).toBe('城乡居民医保补助资金');
    // A fund's 支出 report; a place's 财政 report, and a title on projects' 资金 in general, name none.
    expect(projectOfTitle(['青松区2020年畜禽疫病防控补助资金支出绩效评价报告'])).toBe('畜禽疫病防控补助资金');
    expect(projectOfTitle(['南山市青松区财政项目支出绩效自评报告'])).toBeUndefined();
    expect(projectOfTitle(['某某市青松区水利局2020年度项目资金重点绩效评价结果'])).toBeUndefined();
    expect(projectOfTitle(['2022年度中央林业改革发展资金（森林防火项目）区域绩效自评报告'])).toBe(
      '中央林业改革发展资金（森林防火项目）',
    );
  });

  it('drops a note on the funds before a name the year follows, and keeps its place as the title writes it', () => {
    expect(projectOfTitle(['(直达资金)浏阳市乡镇卫生院污水处理改造项目2021年度绩效自评报告'])).toBe(
      '浏阳市乡镇卫生院污水处理改造',
    );
    expect(projectOfTitle(['某某镇绿道建设项目2022年度绩效自评报告'])).toBe('某某镇绿道建设');
    expect(projectOfTitle(['某某区滨河片区雨水管网改造工程2022年度专项债券资金绩效自评报告'])).toBe(
      '某某区滨河片区雨水管网改造工程',
    );
  });

  it('reads a transfer payment’s fund, then the year', () => {
    expect(projectOfTitle(['城乡义务教育补助经费转移支付2023年度绩效自评报告'])).toBe('城乡义务教育补助经费');
    // A key evaluation of a fund.
    expect(projectOfTitle(['某某区教育体育局2023年农村学校校舍维修改造资金重点绩效评价报告'])).toBe(
      '农村学校校舍维修改造资金',
    );
    // What kind of money it is, before the fund.
    expect(projectOfTitle(['某某区2023年度转移支付财政衔接推进乡村振兴补助资金绩效评价自评报告'])).toBe(
      '财政衔接推进乡村振兴补助资金',
    );
    // The year after a unit or place, the fund, then what kind of money it is.
    expect(projectOfTitle(['某某县2022年度中央财政草原生态保护资金转移支付绩效自评报告'])).toBe(
      '中央财政草原生态保护资金',
    );
  });

  it('takes a fund’s whole as allocated, its place and year after 下达, and what was spent of it once received', () => {
    const rec = recordOf(
      [
        '某某县2022年度中央财政草原生态保护资金转移支付绩效自评报告',
        '发布单位:农业农村局 发布时间:2023-05-10',
        '一、绩效目标分解下达情况',
        '根据《关于下达2022年中央财政草原生态保护资金的通知》(某财农〔2022〕15号)下达某某县2022年中央财政草原生态保护转移支付资金360万元,包含禁牧补助、草畜平衡奖励两项。',
        '二、绩效情况分析',
        '2022年下达某某县农业农村局禁牧补助240万元,草畜平衡奖励120万元。资金已全部到位并支出352.8万元,预算执行率98%。',
        '三、绩效自评结论',
        '本项目资金自评得分94分。',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([['中央财政草原生态保护资金', '360', '352.8', '98', '94']]);
  });

  it('reads a fund’s report with no year and no unit before it', () => {
    expect(projectOfTitle(['茶产业品牌推广专项资金绩效评价报告'])).toBe('茶产业品牌推广专项资金');
    // A unit before the fund is no part of the fund's name: taken off once the unit is known.
    const rec = recordOf(['浏阳市交通运输局农村公路养护资金绩效评价报告', '全年实际支出86万元。'].join('\n'));
    expect(rec.unit.name).toBe('浏阳市交通运输局');
    expect(rec.projects.map((p) => p.name)).toEqual(['农村公路养护资金']);
  });

  it('reads a unit’s fund report whose year follows the fund, and what the funds 已使用', () => {
    const rec = recordOf(
      [
        '弥勒市人民医院急救能力提升补助资金2022年度绩效自评报告',
        '某财社发〔2022〕12号文件下达弥勒市人民医院急救能力提升补助资金80.00万元。',
        '急救能力提升补助资金80.00万元,截至2022年12月31日,资金已使用76.00万元,结余4.00万元,资金执行率95.00%。',
        '经自评,该项目自评得分92分,评价等级为“优”。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('弥勒市人民医院');
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['急救能力提升补助资金', '80', '76', '95', '92'],
    ]);
  });

  it('takes no project from a department’s own report', () => {
    expect(projectOfTitle(['某某县教育局2022年度部门整体支出绩效自评报告'])).toBeUndefined();
    expect(projectOfTitle(['某某县教育局2022年度一般公共预算支出绩效评价报告'])).toBeUndefined();
    expect(isProjectReport(['某某县教育局2022年度部门整体支出绩效自评报告'])).toBe(false);
    expect(isProjectReport(['某某县司法局2020年度法律顾问经费绩效自评报告'])).toBe(true);
  });
});

describe('a one-project report’s figures in prose', () => {
  it('reads 指标金额, 预算合计, 支付, 自评分 and 万 standing for 万元', () => {
    const a = recordOf(
      [
        '某某县司法局2020年度法律顾问经费绩效自评报告',
        '一、基本情况',
        '县财政划给我局法律顾问经费，指标金额是110万元，实际拨付金额是108万元。',
        '项目自评分:96分。',
      ].join('\n'),
    );
    expect(a.projects[0]).toMatchObject({ name: '法律顾问经费', budget: '110', score: '96' });
    const b = recordOf(
      [
        '青松区残联中央转移支付2023年度绩效自评报告(残疾人康复补助资金)',
        '(一)资金投入情况分析。',
        '投入中央直达资金29.6万,执行数29.6万,执行率100%。',
      ].join('\n'),
    );
    expect(b.projects[0]).toMatchObject({ executed: '29.6', execution_rate: '100' });
    const c = recordOf(
      [
        '某某市财政支出项目绩效自评报告(产业园配套路网项目)',
        '2.资金:2022年产业园配套路网项目预算经费为3483万元,2022年支付3400万元，支付率97.62%。',
      ].join('\n'),
    );
    expect(c.projects[0]).toMatchObject({ budget: '3483', executed: '3400', execution_rate: '97.62' });
  });
});

describe('what a project should have spent', () => {
  it('is its budget, not its amount executed', () => {
    const rec = recordOf(
      [
        '关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告',
        '2023年省级下拨护理费3.89万元;市级下拨护理费3.89万元;全年应执行数为7.79万元,实际执行率为100%。',
      ].join('\n'),
    );
    expect(rec.projects[0]).toMatchObject({
      name: '1-4级残疾军人护理费',
      budget: '7.79',
      execution_rate: '100',
    });
    expect(rec.projects[0]?.executed).toBeUndefined();
  });
});

describe('a report on one project or fund, the year first or no year', () => {
  it('names the project without the 项目 the title adds', () => {
    expect(projectOfTitle(['2019年度老城区二次供水设施改造工程项目支出绩效评价报告'])).toBe(
      '老城区二次供水设施改造工程',
    );
    expect(projectOfTitle(['2022年度中央林业改革发展资金(森林防火项目)区域绩效自评报告'])).toBe(
      '中央林业改革发展资金(森林防火项目)',
    );
  });

  it('names a bracketed project as the document writes it, 项目 after its funds too', () => {
    expect(projectOfTitle(['某某市林业局2021年度', '项目绩效自评报告', '(市级森林防火补助经费项目)'])).toBe(
      '市级森林防火补助经费项目',
    );
    expect(projectOfTitle(['某某市财政支出项目绩效自评报告(产业园配套路网项目)'])).toBe('产业园配套路网项目');
  });

  it('reads a form’s title and a document site’s file name', () => {
    expect(projectOfTitle(['椰子产业发展专项资金项目绩效自评表.docx'])).toBe('椰子产业发展专项资金');
    expect(projectOfTitle(['2021年度椰子产业发展专项资金项目绩效自评表'])).toBe('椰子产业发展专项资金');
  });

  it('gives a form with no 项目名称 of its own to the project its title names', () => {
    const rec = recordOf(
      [
        '2021年度椰子产业发展专项资金项目绩效自评表',
        '项目实施单位',
        '某某市椰子产业发展服务中心',
        '计划投资额',
        '(万元)',
        '460',
        '实际到位资金',
        '(万元)',
        '460',
        '实际使用情况(万元)',
        '437.92',
      ].join('\n\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '椰子产业发展专项资金', budget: '460', executed: '437.92' }]);
  });

  it('names the fund its own heading names under a title on budget execution', () => {
    expect(
      projectOfTitle([
        '某某市林业局2021年度中央对地方转移支付预算执行情况绩效自评报告',
        '(略) 分 林业改革发展资金绩效自评',
      ]),
    ).toBe('林业改革发展资金');
  });

  it('names the fund after the unit in a yearless two-line title', () => {
    expect(projectOfTitle(['文件名称:', '洞口县交通运输局农村公路建设项目资金', '绩效评价报告'])).toBe(
      '农村公路建设项目资金',
    );
  });

  it('gives the one project with figures to the unit, though the text calls it otherwise than the title', () => {
    const rec = recordOf(
      [
        '邵阳县某某指挥部乡村振兴项目资金',
        '绩效评价报告',
        '“农村人居环境整治提升”项目全年预算数680万元,执行数631.18万元,执行率92.82%,综合评分82.75分。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '680', executed: '631.18' });
  });

  it('reads titles ending 自评结果 and 绩效评价自查报告', () => {
    expect(projectOfTitle(['2022年度基层医疗卫生机构设备购置项目自评结果'])).toBe('基层医疗卫生机构设备购置');
    expect(projectOfTitle(['某某县2019年农村文化建设专项补助项目绩效评价自查报告'])).toBe(
      '农村文化建设专项补助',
    );
  });

  it('knows a fund evaluated over two title lines for a project report', () => {
    expect(isProjectReport(['某某县城乡环境卫生整治指挥部农村人居环境整治资金', '绩效评价报告'])).toBe(true);
  });

  it('reads numbered items: 预算安排总额, 实际支出总额, 资金使用率; the spending is not the accounts’ 支出', () => {
    const rec = recordOf(
      [
        '2019年度老城区二次供水设施改造工程项目支出绩效评价报告',
        '1、项目预算安排情况。老城区二次供水设施改造工程项目预算安排总额86.43万元。',
        '(2)资金使用情况',
        '1、项目实际支出总额81.25万元。',
        '2、资金使用率94.01%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ budget: '86.43', executed: '81.25', execution_rate: '94.01' }]);
    expect(rec.finance.expenditure_total).toBeUndefined();
  });
});

describe('a comparison in a project’s sentence', () => {
  it('is another year’s: the sentence’s own figure before it is read', () => {
    const rec = recordOf(
      [
        '某某省文物局',
        '古建筑防火改造项目绩效评价报告',
        '(一)项目背景资料。2020年省级财政预算安排该项目资金265万元,2019年同类项目安排240万元。',
        '全年实际支出251.4万元,预算执行率94.87%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '古建筑防火改造', budget: '265', executed: '251.4' }]);
  });
});

describe('what a fund received and paid out', () => {
  it('reads 实际到位资金 as the budget where none is stated, and 已拨付<whom> as spent', () => {
    const rec = recordOf(
      [
        '茶产业品牌推广专项资金绩效评价报告',
        '2019年茶产业品牌推广专项市级财政实际到位资金180万元。',
        '截至2019年12月底,已拨付项目单位171万元,拨付率95%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '茶产业品牌推广专项资金', budget: '180', executed: '171', execution_rate: '95' },
    ]);
  });
});

describe('a fund a title names after its unit', () => {
  it('is named without the unit that reports on it', () => {
    const rec = recordOf(
      [
        '2018年度宁化县某某职业中专学校实训基地建设专项资金绩效评价报告',
        '一、项目概况',
        '2018年省级下达实训基地建设专项资金150万元,全年实际支出142.5万元,资金支出率95%。',
        '宁化县某某职业中专学校',
        '2019年3月10日',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('宁化县某某职业中专学校');
    expect(rec.projects.map((p) => p.name)).toEqual(['实训基地建设专项资金']);
  });
});

describe('an essay site’s short title over a report that names its project in full', () => {
  it('takes the full name, and the batches’ total as the budget', () => {
    const rec = recordOf(
      [
        '桥梁建设项目绩效自评报告(精选6篇)',
        '桥梁建设项目绩效自评报告1',
        '一、县级批复资金情况',
        '我局承担某某县2021年度衔接资金农村危桥改造桥梁建设项目的实施任务,该项目分两批实施:一批项目县级批复总投资620万元,二批项目县级批复总投资380万元,两批合计批复总投资1000万元。',
        '截至2021年12月31日,项目资金已拨付955万元,资金拨付率95.5%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '某某县2021年度衔接资金农村危桥改造桥梁建设项目', budget: '1000', executed: '955' },
    ]);
  });

  it('reads a name a unit said it carried out without the unit and its verb', () => {
    const rec = recordOf(
      [
        '农田建设项目绩效自评报告(3篇)',
        '我局负责实施某某县2020年高标准农田建设项目。项目分两个片区实施,东片区批复投资600万元,西片区批复投资400万元,两个片区合计批复总投资1000万元。',
        '项目资金已全部到位,实际支出1000万元,资金支出率100%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['某某县2020年高标准农田建设项目', '1000', '1000'],
    ]);
  });
});

describe('a firm’s evaluation of a county’s fund', () => {
  it('names the fund without its county, the unit that carries it out, a period of years in the title', () => {
    const rec = recordOf(
      [
        '关于2016—2018年度澧县农村道路养护专项资金的绩效评价报告',
        '澧县农村道路养护专项资金用于全县乡村道路的日常养护。项目组织实施单位为澧县交通运输局(以下简称“县交通运输局”)。',
        '2016——2018年,县财政共安排道路养护专项资金800.00万元,项目实施单位为县交通运输局及各乡镇交管站。',
        '截至2018年12月31日,养护专项实际支出760.00万元,资金支出率95.00%。',
        '经评价,2016—2018年度澧县农村道路养护专项资金综合得分88分,评价等级为“良”。',
        '某某联合会计师事务所',
        '2019年10月15日',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('澧县交通运输局');
    // The unit that leads, not its list with the towns' stations.
    expect(unitImplementing(['项目实施单位为县交通运输局及各乡镇交管站。'])).toBe('县交通运输局');
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['农村道路养护专项资金', '800', '760', '88'],
    ]);
  });

  it('takes the unit a clause names, without what the text calls it after', () => {
    const rec = recordOf(
      [
        '安乡县农村公路养护专项资金绩效评价报告',
        '项目组织实施单位为安乡县交通运输局(以下简称“县交通运输局”)。',
        '2020年,县财政安排农村公路养护专项资金300.00万元,实际支出290.00万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('安乡县交通运输局');
  });
});

describe('a report on a kind of funds, used for one project', () => {
  it('is on the project the funds were used for, and on none where they went to several', () => {
    const one = recordOf(
      [
        '某某县乡村振兴局2021年衔接资金项目绩效自评报告',
        '(一)2021年衔接资金共下达62.5万元,用于实施某某村光伏电站运维项目。',
        '项目资金执行率100%,自评得分95分。',
      ].join('\n'),
    );
    expect(one.projects.map((p) => [p.name, p.budget])).toEqual([['某某村光伏电站运维项目', '62.5']]);
    // The verb left out: "用于X项目".
    const bond = recordOf(
      [
        '某某县2020年度抗疫特别国债资金绩效自评报告',
        '2020年,中央下达我县抗疫特别国债资金960万元,用于某某县人民医院发热门诊改造项目,涉及诊室12间。',
        '截至2020年12月31日,已支出912万元,预算执行率95%。自评得分93分。',
      ].join('\n'),
    );
    expect(bond.projects.map((p) => [p.name, p.budget])).toEqual([['某某县人民医院发热门诊改造项目', '960']]);
    // Its funds said to be paid in full, or paid under the contract with their amount.
    const paid = recordOf(
      [
        '某某县乡村振兴局2021年衔接资金项目绩效自评报告',
        '2021年衔接资金共下达62.5万元,用于实施某某村光伏电站运维项目。',
        '某某村光伏电站运维项目资金已全部支付,执行率100%。',
      ].join('\n'),
    );
    expect(paid.projects.map((p) => p.executed)).toEqual(['62.5']);
    const contract = recordOf(
      [
        '某某县水利局2022年衔接资金项目绩效自评报告',
        '2022年衔接资金共下达186万元,用于实施某某村高效节水灌溉项目。',
        '某某村高效节水灌溉项目已按合同约定支付工程款178.56万元,资金执行率96%。',
      ].join('\n'),
    );
    expect(contract.projects.map((p) => p.executed)).toEqual(['178.56']);
    const two = recordOf(
      [
        '某某县农业农村局2023年衔接资金项目绩效自评报告',
        '2023年衔接资金共下达240万元,用于实施茶叶加工厂建设项目(150万元)和食用菌大棚提升项目(90万元)。',
      ].join('\n'),
    );
    expect(two.projects.map((p) => p.name)).not.toContain('衔接资金');
  });
});

describe('titles that name no project', () => {
  it('takes no count in brackets after a bundle, nor funds named only by what they are', () => {
    expect(
      projectOfTitle(['附件2:某某区城市管理局2022年度项目支出部门评价报告和绩效自评表(共12个).pdf']),
    ).toBeUndefined();
    expect(projectOfTitle(['某某区污水管网改造工程2022年度专项债券资金绩效自评报告'])).not.toBe(
      '专项债券资金',
    );
    expect(projectOfTitle(['某某县2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告'])).toBe(
      '财政衔接推进乡村振兴补助资金',
    );
    expect(projectOfTitle(['某省某厅2016年水利发展资金绩效评价报告(财驻某监[2017]107号)'])).toBe(
      '水利发展资金',
    );
  });
});

describe('a document site’s chrome above the file’s name', () => {
  it('takes the file’s name for the title however far down the menus put it', () => {
    const chrome = [
      '欢迎来到某某文库! | 帮助中心',
      '全部分类',
      ...Array.from({ length: 12 }, (_, k) => `• 分类${k + 1}>`),
    ];
    const titles = [
      ...chrome,
      '首页 > 资源分类 > DOCX文档下载',
      '某某县人民医院发热门诊改造项目绩效评价报告.docx',
    ];
    expect(isProjectReport(titles)).toBe(true);
    expect(projectOfTitle(titles)).toBe('某某县人民医院发热门诊改造');
    // Not a line of the chrome that is no file's name.
    expect(isProjectReport([...chrome, '某某县人民医院发热门诊改造项目绩效评价报告'])).toBe(false);
  });
});

describe('a project funded by special bonds', () => {
  it('is named before the bonds its title adds, its funds received its budget', () => {
    const rec = recordOf(
      [
        '某某县人民医院住院部改扩建项目专项债券项目绩效评价报告',
        '2022年度专项债券资金2400万元全部到位,当年支出2400万元,支出率100%。本项目自评得分95分。',
        '某某县人民医院',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate].map(String))).toEqual([
      ['某某县人民医院住院部改扩建项目', '2400', '2400', '100'],
    ]);
    const received = recordOf(
      [
        '某某县中医院康复楼新建项目专项债券项目绩效评价报告',
        '2023年度到位专项债券资金3000万元,截至2023年12月31日已支出2850万元,支出率95%。',
      ].join('\n'),
    );
    expect(received.projects.map((p) => String(p.budget))).toEqual(['3000']);
  });

  it('takes the year’s issue for the budget, not the whole the bonds were to raise over their years', () => {
    const rec = recordOf(
      [
        '某某县2022年度妇幼保健院综合楼建设项目专项债券资金绩效自评报告',
        '债券规模:本项目拟申请债券资金总额15000万元,用于某某县妇幼保健院综合楼建设项目,期限15年,2022年度发行5000万元。',
        '2022年度本项目安排专项债券资金5000万元,已全部到位。截至2022年12月31日累计支付4800万元,支付率96%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => String(p.budget))).toEqual(['5000']);
  });
});
