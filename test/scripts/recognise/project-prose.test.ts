// Projects stated in prose (project-prose.ts).
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { recogniseDocument } from '../../../scripts/recognise/index';
import { recordOf } from './helpers';

describe('projects listed in one sentence', () => {
  it('reads the list a 具体包括 opens after the projects’ budget, names with document numbers too', () => {
    const rec = recordOf(
      [
        '某某区建设管理局2021年度部门整体支出绩效自评报告',
        '我局2021年年初预算项目12个，预算项目经费1569.38万元，具体包括：交通秩序整治155.85万元，城管系统运维费84.69万元、某财教【2019】208号 场馆开放补助资金4.39万元、屋面维修170.01万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ project_count: '12', project_total: '1569.38' });
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([
      ['交通秩序整治', '155.85'],
      ['城管系统运维费', '84.69'],
      ['某财教【2019】208号场馆开放补助资金', '4.39'],
      ['屋面维修', '170.01'],
    ]);
  });
});

describe('the name a project is called by', () => {
  it('is the one the text writes alone, where a heading adds 项目', () => {
    const rec = recordOf(
      [
        '某某县中医医院2023年度单位决算',
        '本单位反映“公立医院综合改革补助”“基本公共卫生服务补助”2个项目绩效自评结果。',
        '(1)公立医院综合改革补助项目绩效自评综述:项目自评得分为93分。全年预算数为420万元,执行数为398.60万元,完成预算的94.9%。',
        '(2)基本公共卫生服务补助项目绩效自评综述:项目自评得分为96分。全年预算数为186.5万元,执行数为186.5万元,完成预算的100%。',
        '(3)农村道路硬化项目绩效自评综述:项目自评得分为90分。全年预算数为50万元,执行数为50万元。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => p.name)).toEqual([
      '公立医院综合改革补助',
      '基本公共卫生服务补助',
      '农村道路硬化项目',
    ]);
  });
});

describe('a project’s funds by where they came from', () => {
  it('are parts of its budget, not projects; the total allocated is the budget', () => {
    const rec = recordOf(
      [
        '某某县2021年农村饮水工程维修养护资金绩效自评报告',
        '本项目为农村饮水工程维修养护。其中:依据《某某厅关于提前下达2021年中央财政水利发展资金预算的通知》下达中央财政资金30.9万元,县财政资金30.9万元,共计下达61.8万元。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([['农村饮水工程维修养护资金', '61.8']]);
  });
});

describe('a project report on the one project a unit carried out', () => {
  it('reads its name, its funds 共计 and what it spent', () => {
    const rec = recordOf(
      [
        '某某县城市管理综合行政执法局2024年度',
        '项目支出绩效自评报告',
        '一、项目基本情况',
        '某某县城市管理综合行政执法局2024年度共实施工作经费县级补助资金项目1个,项目资金共计20490.00元。',
        '根据《某某县城市管理综合行政执法局工作经费县级补助资金》文件要求,我局按时完成工作。',
        '项目资金已支出20000.00元。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '工作经费县级补助资金', budget: '2.049', executed: '2' }]);
  });
});

describe('what a one-project report spent', () => {
  it('reads 拨付使用 as the amount spent', () => {
    const rec = recordOf(
      [
        '某某县第一小学2023年度项目支出绩效自评报告',
        '项目名称:课后服务补助经费',
        '2023年度我校课后服务补助经费项目财政资金总额9.40万元,由县财政全额安排,拨付使用9.40万元,预算执行率100%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ budget: '9.4', executed: '9.4', execution_rate: '100' }]);
  });
});

describe('a project report whose title was cut off', () => {
  const report = (lines: string[]) =>
    recordOf(
      [
        '支出绩效自评报告',
        '一、项目概况',
        '(一)项目基本情况',
        ...lines,
        '某某县某某镇人民政府',
        '2021年5月20日',
      ].join('\n'),
    );

  it('names the project the unit applied for, and reads 批复下达, 实际使用 and 自评得分', () => {
    const rec = report([
      '我镇2020年申报乡镇基本财力保障资金312万元,县财政局批复下达预算资金312万元。',
      '3.资金使用。全年实际使用298.7万元,预算执行率95.74%。',
      '经自评小组综合评定,该项目自评得分94.5分,评价等级为优。',
    ]);
    expect(rec.projects).toMatchObject([
      {
        name: '乡镇基本财力保障资金',
        budget: '312',
        executed: '298.7',
        execution_rate: '95.74',
        score: '94.5',
      },
    ]);
  });

  it('names the project it refers back to, and reads what was paid for in 元', () => {
    const rec = report([
      '该农村人居环境整治专项资金项目于2021年初向市财政局申报,批复下达预算资金48.6万元。',
      '全年支付垃圾收集点建设及收运服务费468,000.00元,预算执行率96.30%。',
    ]);
    expect(rec.projects).toMatchObject([
      { name: '农村人居环境整治专项资金', budget: '48.6', executed: '46.8' },
    ]);
  });

  it('reads funds a report glued into one paragraph numbers under each section, named without 项目', () => {
    const rec = recordOf(
      '某某县某某镇中心学校2021年项目支出绩效自评报告一、项目概况(一)义务教育生均公用经费:用于办公耗材。(二)学生营养改善计划:食堂供餐。三、项目资金投入和使用情况(一)义务教育生均公用经费:2021年下达资金30.00万元,全年支出29.10万元,执行率97%。(二)学生营养改善计划:2021年下达资金20.00万元,全年支出20.00万元,执行率100%。四、项目绩效情况(一)义务教育生均公用经费:运转正常,综合评分95分。(二)学生营养改善计划:未发生食品安全事故,综合评分98分。五、存在问题(一)三公经费:无。',
    );
    expect(rec.projects).toMatchObject([
      { name: '义务教育生均公用经费', budget: '30', executed: '29.1', execution_rate: '97', score: '95' },
      { name: '学生营养改善计划', budget: '20', executed: '20', execution_rate: '100', score: '98' },
    ]);
    // The funds' figures are none of the school's own, though one is named like 公用经费.
    expect(rec.overall).toEqual({});
    expect(rec.finance.public_budget).toBeUndefined();
  });

  it('reads the projects’ scores a conclusion lists one after another', () => {
    const rec = recordOf(
      [
        '某某县某某镇中心学校2022年项目支出绩效自评报告',
        '(一)义务教育生均公用经费:全年预算30.00万元,实际支出29.10万元,预算执行率97%。',
        '(二)学生营养改善计划:全年预算20.00万元,实际支出20.00万元,预算执行率100%。',
        '七、自评结论经自评,义务教育生均公用经费项目自评得分95分,学生营养改善计划项目自评得分98分,评价等级均为优。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '义务教育生均公用经费', score: '95' },
      { name: '学生营养改善计划', score: '98' },
    ]);
    expect(rec.overall.score).toBeUndefined();
  });

  it('reads the scores a section lists item by item (1、X项目自评得分94分；2、…)', () => {
    const rec = recordOf(
      [
        '某某县某某中心2021年度项目支出绩效自评报告',
        '一、项目基本情况',
        '1、河道保洁项目:预算50万元,全年实际支付48万元,使用率96%。2、水质监测项目:预算10万元,全年实际支付10万元,使用率100%。',
        '三、自评结论',
        '1、河道保洁项目自评得分94分;2、水质监测项目自评得分97分。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '河道保洁项目', budget: '50', executed: '48', execution_rate: '96', score: '94' },
      { name: '水质监测项目', budget: '10', executed: '10', execution_rate: '100', score: '97' },
    ]);
    expect(rec.overall.score).toBeUndefined();
  });

  it('reads the first item of a list a colon leads into, named with or without 项目', () => {
    const rec = recordOf(
      [
        '某某县人民法院2020年度部门决算公开说明',
        '我院对办案经费和诉讼服务两个项目开展了绩效自评:办案经费全年预算数300.00万元,执行数297.00万元,执行率99.00%,自评得分96分;诉讼服务项目全年预算数100.00万元,执行数90.00万元,执行率90.00%,自评得分88分。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '办案经费', budget: '300', executed: '297', execution_rate: '99', score: '96' },
      { name: '诉讼服务项目', budget: '100', executed: '90', execution_rate: '90', score: '88' },
    ]);
  });

  it('reads items led by their name and a comma, and what 项目支出主要用于 lists', () => {
    const rec = recordOf(
      [
        '某某街道办事处2017年度部门整体支出绩效自评报告',
        '2017年本单位实施的项目主要有:社区工作者补贴,预算300.00万元,实际支出300.00万元;环境整治项目,预算200.00万元,实际支出190.00万元。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '社区工作者补贴', budget: '300', executed: '300' },
      { name: '环境整治项目', budget: '200', executed: '190' },
    ]);
    const spent = recordOf(
      [
        '某某县残疾人联合会2017年度部门整体支出绩效自评报告',
        '项目支出主要用于:残疾人两项补贴资金200.50万元、残疾人康复救助资金40.00万元。',
      ].join('\n'),
    );
    expect(spent.projects).toMatchObject([
      { name: '残疾人两项补贴资金', executed: '200.5' },
      { name: '残疾人康复救助资金', executed: '40' },
    ]);
  });

  it('takes the total of the parts a fund was arranged in as its budget, never the first part', () => {
    const total = recordOf(
      [
        '重大传染病防控项目绩效自评报告',
        '2023年财政安排本单位专项资金:艾滋病防治经费10万元、结核病防治经费20万元,合计30万元。',
        '截至2023年12月31日,上述专项资金到位30万元,实际支出28.5万元,预算执行率95%。',
      ].join('\n'),
    );
    expect(total.projects[0]).toMatchObject({ budget: '30', executed: '28.5' });
    const later = recordOf(
      [
        '妇幼重大公共卫生服务项目绩效自评报告',
        '2024年县财政下达本单位专项资金:两癌检查经费20万元、新生儿疾病筛查经费10万元。',
        '2024年专项资金预算30万元,实际支出30万元,执行率100%。',
      ].join('\n'),
    );
    expect(later.projects[0]).toMatchObject({ budget: '30', executed: '30' });
  });

  it('reads a project its year leads, but not a comparison with last year’s like projects', () => {
    const rec = recordOf(
      [
        '2017年度某某县城乡环卫保洁管理处财政支出绩效自评价报告 某某会计师事务所有限公司',
        '(一)项目资金安排及使用情况',
        '2017年度某某县生活垃圾收运处置项目预算安排1,000.00万元,全部为县级财政资金。截至2017年12月31日,项目实际支出950.00万元,预算执行率95%。',
        '2016年同类项目实际支出900万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县城乡环卫保洁管理处');
    expect(rec.projects).toMatchObject([
      { name: '某某县生活垃圾收运处置项目', budget: '1000', executed: '950', execution_rate: '95' },
    ]);
    expect(rec.projects).toHaveLength(1);
  });

  it('reads what the projects’ funds 主要为, each item’s 预算 its budget', () => {
    const rec = recordOf(
      [
        '某某街道办事处2016年度部门整体支出绩效自评报告',
        '2016年本单位共实施项目2个,项目资金合计600.00万元,主要为:社区运转经费预算400.00万元、维稳经费预算200.00万元,均已按计划执行。',
        '项目支出30.00万元,主要为妇女维权工作经费20.00万元、巾帼创业培训经费10.00万元。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '社区运转经费', budget: '400' },
      { name: '维稳经费', budget: '200' },
      { name: '妇女维权工作经费', executed: '20' },
      { name: '巾帼创业培训经费', executed: '10' },
    ]);
    const own = recordOf(
      ['某某县妇女联合会2018年度部门整体支出绩效自评报告', '2018年度我会收入合计215.46万元。'].join('\n'),
    );
    expect(own.finance.income_total).toBe('215.46');
  });

  it('reads a project that leads its sentence with its 年初预算', () => {
    const rec = recordOf(
      [
        '某某县农业局2018年度部门决算公开',
        '(一)项目绩效自评报告',
        '特色农业产业发展项目年初预算500.00万元,全年实际支出490.00万元,预算执行率98%,项目绩效自评得分93分。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '特色农业产业发展项目', budget: '500', executed: '490', execution_rate: '98', score: '93' },
    ]);
  });

  it('reads the project a unit evaluated 的支出情况, named after the year and the funds’ level', () => {
    const rec = recordOf(
      [
        '财政资金项目支出绩效自评报告',
        '按照通知的部署,我站对xx年度省级财政资金农技推广专项费项目的支出情况开展了绩效自评,具体情况如下:',
        '(三)项目资金安排及使用情况。',
        'xx年省财政安排农技推广专项费200万元,截至xx年12月31日,实际支出190万元,支出率为95%。',
        '(四)自评结论。',
        '农技推广专项费项目自评得分为92分,自评等级为“优”。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '农技推广专项费', budget: '200', executed: '190', execution_rate: '95', score: '92' },
    ]);
  });

  it('reads a project a unit carries out as a task, its batches’ total, 累计支付 and 支付率', () => {
    const rec = recordOf(
      [
        '建设项目绩效自评报告',
        '一、县级批复资金情况',
        '我局承担某某县2021年度村内道路硬化项目实施任务,该项目分两批实施,一批项目县级批复总投资600.00万元,二批项目县级批复投资400.00万元,合计批复总投资1000.00万元。',
        '三、资金使用情况',
        '截至2022年3月底,该项目累计支付资金980.00万元,资金支付率98%。',
        '五、自评结论',
        '经自评,村内道路硬化项目综合得分94分,评价等级为“优”。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '村内道路硬化项目', budget: '1000', executed: '980', execution_rate: '98', score: '94' },
    ]);
  });

  it('takes a one-character county and its year off the project a unit carries out, and no second name from 承担的', () => {
    const rec = recordOf(
      [
        '建设项目绩效自评报告',
        '我局承担威县2022年度农村供水保障项目实施任务,该项目分三批实施,一批项目县级批复总投资500.00万元,二批项目县级批复投资300.00万元,三批项目县级批复投资200.00万元,合计批复总投资1000.00万元。',
        '我局承担的威县2022年农村供水保障项目系巩固衔接项目。',
        '截至2023年3月底,该项目累计支付资金950.00万元,资金支付率95%。',
        '经自评,农村供水保障项目综合得分90分,评价等级为“优”。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '农村供水保障项目', budget: '1000', executed: '950', execution_rate: '95', score: '90' },
    ]);
  });

  it('reads a one-project report’s tables that name the project short and state no unit, in the unit the prose gives their figures', () => {
    const rec = recordOf(
      [
        '某某县文化馆2021年度群众文化活动专项经费项目支出绩效自评报告',
        '该群众文化活动专项经费项目于2021年初向财政局申报,批复下达预算资金16万元。',
        '2.资金使用',
        '项目名称 | 资金到位 | 实际支出 | 预算执行率',
        '群众文化活动 | 16 | 15.2 | 95%',
        '经自评,该项目得分93分,评价等级为优。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '群众文化活动专项经费', budget: '16', executed: '15.2', execution_rate: '95', score: '93' },
    ]);
    expect(rec.overall).toMatchObject({ budget: '16', executed: '15.2', score: '93' });
  });

  it('reads funds a work report lists by the document that allocated them, their amounts in 万, and their rates', () => {
    const rec = recordOf(
      [
        '某某县水利局2021年绩效自评工作报告',
        '一、绩效自评工作组织开展情况',
        '项目绩效自评共计3项。年初预算1000万元,其中专项资金600万元,财政拨款资金400万元。专项资金支出480万元,预算执行率80%,财政资金支出400万元,预算执行率100%,总支出880万元,执行率88%。',
        '(1)豫财农[2021]12号水利发展资金(农田水利)310万元,支出248万元。预算执行率80%。',
        '(2)2)豫财农[2021]37号提前下达2021年中小河流治理补助资金290万元。预算执行率80%。',
        '3)河道管护人员经费400万。预算执行率100%。',
        '二、存在的问题',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '水利发展资金(农田水利)', budget: '310', executed: '248', execution_rate: '80' },
      { name: '中小河流治理补助资金', budget: '290', execution_rate: '80' },
      { name: '河道管护人员经费', budget: '400', execution_rate: '100' },
    ]);
    // A fund's 人员经费 is none of the unit's; the rate the amounts bear out is the unit's.
    expect(rec.finance.personnel).toBeUndefined();
    expect(rec.overall).toMatchObject({ budget: '1000', executed: '880', execution_rate: '88' });
  });

  it('reads the items a section on key projects numbers with circled numbers', () => {
    const rec = recordOf(
      [
        '某某县某某街道办事处2018年度部门整体支出绩效自评报告',
        '2018年度部门预算调整后为1,000.00万元(年初预算800.00万元,年中追加200.00万元),实际支出980.00万元,预算执行率98.00%。',
        '2.重点项目',
        '①社区办公经费,预算84.00万元,支出84.00万元;',
        '②环境卫生整治经费,预算236.50万元,支出228.72万元;',
        '3.履职效益',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '社区办公经费', budget: '84', executed: '84' },
      { name: '环境卫生整治经费', budget: '236.5', executed: '228.72' },
    ]);
    expect(rec.overall).toMatchObject({ budget: '1000', executed: '980', execution_rate: '98' });
  });

  it('reads the projects a transfer’s funds were split into, then their spending under shorter names', () => {
    const rec = recordOf(
      [
        '某某县卫生健康局中央转移支付2022年度绩效自评报告',
        '一、项目资金分解下达情况',
        '局本级项目有:一是医疗服务补助资金,下达预算资金356万元。具体是:县人民医院远程会诊系统建设项目198万元;包虫病筛查与救治项目158万元。二是基本药物制度补助资金,下达预算资金218万元,项目是村卫生室实施基本药物制度补助。',
        '三、绩效目标完成情况',
        '其中:远程会诊系统建设项目执行176.6万元,执行率89.19%;包虫病筛查与救治项目执行150.6万元,执行率95.32%;村卫生室基本药物制度补助执行214万元,执行率98.17%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '县人民医院远程会诊系统建设项目', budget: '198', executed: '176.6', execution_rate: '89.19' },
      { name: '包虫病筛查与救治项目', budget: '158', executed: '150.6', execution_rate: '95.32' },
      { name: '村卫生室实施基本药物制度补助', budget: '218', executed: '214', execution_rate: '98.17' },
    ]);
  });

  it('reads what 其中 lists after a sentence counting projects, each named before its colon, one of them too', () => {
    const two = recordOf(
      [
        '某某县第三中学2021年度部门决算',
        '十三、绩效评价情况',
        '我校2021年纳入绩效自评的项目2个,涉及资金270.13万元。其中:生均公用经费:全年预算数198.60万元,执行数198.60万元,执行率100%,自评得分97分;国家助学金:全年预算数86.25万元,执行数71.53万元,执行率82.93%,自评得分88分。',
      ].join('\n'),
    );
    expect(two.projects).toMatchObject([
      { name: '生均公用经费', budget: '198.6', executed: '198.6', execution_rate: '100', score: '97' },
      { name: '国家助学金', budget: '86.25', executed: '71.53', execution_rate: '82.93', score: '88' },
    ]);
    const one = recordOf(
      [
        '某某县高级中学2022年度部门决算',
        '我校纳入自评的项目3个,涉及资金438.43万元。其中高中学生资助:全年预算数126.40万元,执行数118.27万元,执行率93.57%,自评得分92分。',
      ].join('\n'),
    );
    expect(one.projects).toMatchObject([
      { name: '高中学生资助', budget: '126.4', executed: '118.27', execution_rate: '93.57', score: '92' },
    ]);
  });

  it('reads numbered paragraphs each opening with a project and a comma: its funds, payments, 支付完成率 and 总得分, none of them the unit’s', () => {
    const rec = recordOf(
      [
        '某某县2018年重点项目绩效评价报告公开',
        '我县选取某某县水利局实施的2个县级重点项目,委托会计师事务所开展了重点项目绩效评价,现将评价结果公开如下:',
        '1、东河镇灌溉渠道防渗改造项目,改建防渗渠道12.6公里。2018年下达水利发展资金580万元,截止到2018年12月31日,实际已支付551万元,支付完成率为95%。第三方机构最终绩效评价总得分为90.05分,评价等级为优秀。',
        '2、西山乡人畜饮水巩固提升项目,铺设供水管道21公里。2018年下达财政专项扶贫资金214.6万元,实际已支付214.6万元,支付完成率为100%。第三方机构最终绩效评价总得分为93.5分,评价等级为优秀。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      {
        name: '东河镇灌溉渠道防渗改造项目',
        budget: '580',
        executed: '551',
        execution_rate: '95',
        score: '90.05',
      },
      {
        name: '西山乡人畜饮水巩固提升项目',
        budget: '214.6',
        executed: '214.6',
        execution_rate: '100',
        score: '93.5',
      },
    ]);
    expect(rec.overall.score).toBeUndefined();
    expect(rec.overall.grade).toBeUndefined();
  });

  it('names the fund the budget arranged for a one-project report, the same as the project it carries out', () => {
    const rec = recordOf(
      [
        '项目绩效自评报告',
        '一、项目基本情况',
        '2021年县财政预算安排某某县乡村振兴局防返贫监测工作经费86.50万元,用于监测对象排查走访。',
        '三、项目资金使用情况',
        '截至2021年12月31日,该项目实际支出84.26万元,预算执行率97.41%。',
        '五、自评结论',
        '经自评,防返贫监测工作经费项目自评得分95分,评价等级为优秀。',
        '某某县乡村振兴局',
        '2022年3月15日',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '防返贫监测工作经费', budget: '86.5', executed: '84.26', execution_rate: '97.41', score: '95' },
    ]);
    const both = recordOf(
      [
        '项目绩效自评报告',
        '2018年某某县农牧局实施畜牧良种补贴项目,县财政安排畜牧良种补贴经费212.40万元。',
        '该项目实际支出205.36万元,预算执行率96.69%。经自评,项目自评得分92分。',
      ].join('\n'),
    );
    expect(both.projects).toMatchObject([{ name: '畜牧良种补贴项目', budget: '212.4', executed: '205.36' }]);
  });

  it('reads a news brief on a project’s evaluation: the funds named after it, 全面评价, 最终得分', () => {
    const rec = recordOf(
      [
        '某某县水务局2017年高效节水灌溉项目绩效评价评定等次为优',
        '县水务局委托工程咨询公司,对2017年高效节水灌溉项目920万元资金的使用情况进行了全面评价,最终得分为93.05分,评定等次为“优”。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '高效节水灌溉项目', budget: '920', score: '93.05' }]);
  });

  it('reads projects numbered inside one sentence after a colon, and 全年预算收入 as the budget', () => {
    const rec = recordOf(
      [
        '某某县某某街道办事处部门整体支出绩效评价报告',
        '2019年度全年预算收入1318.27万元,其中财政拨款收入1244.6万元,上年结转73.67万元。全年实际支出1271.05万元。',
        '2019年本单位共实施项目3个:(1)社区网格化管理经费,预算96万元,实际支出93.8万元;(2)城区环境卫生整治经费,预算218.5万元,实际支出212.33万元;(3)社区服务中心运行经费,预算64万元,实际支出61.2万元。',
      ].join('\n'),
    );
    expect(rec.overall.budget).toBe('1318.27');
    expect(rec.projects).toMatchObject([
      { name: '社区网格化管理经费', budget: '96', executed: '93.8' },
      { name: '城区环境卫生整治经费', budget: '218.5', executed: '212.33' },
      { name: '社区服务中心运行经费', budget: '64', executed: '61.2' },
    ]);
  });

  it('keeps 项目 on a name whose short form the text uses only in a list of duties', () => {
    const rec = recordOf(
      [
        '某某县妇幼保健院2021年度部门决算公开说明',
        '一、部门主要职能:负责全县孕产妇和儿童保健、妇女病防治等工作。',
        '四、预算绩效情况:',
        '1、孕产妇和儿童保健项目:全年预算数200.00万元,执行数190.00万元,执行率95.00%,自评得分92分;',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '孕产妇和儿童保健项目', budget: '200' }]);
  });

  it('reads what was paid out to whom (已兑现) as the amount executed', () => {
    const rec = recordOf(
      [
        '某某县某某镇2021年度部门预算项目支出绩效自评报告 (2021年城乡临时救助备用金)',
        '一、项目概况',
        '已兑现困难群众因突发性急难情况后基本生活救助资金26,400元。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '2021年城乡临时救助备用金', executed: '2.64' }]);
  });

  it('reads a table of 资金计划 | 资金到位 | 资金使用 in 万元, its header no project', () => {
    const rec = report([
      '我镇2022年申报征缴工作经费8.5万元,批复8.5万元。',
      '项目名称 | 资金来源 | 资金计划(万元) | 资金到位(万元) | 资金使用(万元) |',
      '征缴工作经费 | 县级财政资金 | 8.5 | 8.5 | 8.5 |',
    ]);
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([['征缴工作经费', '8.5', '8.5']]);
  });
});

describe('a project in a 决算’s 预算绩效管理情况', () => {
  it('takes the bare figures after the project’s sentence for the project, not the unit', () => {
    const rec = recordOf(
      [
        '某某县陶瓷产业发展服务中心2020年度部门决算',
        '(二)预算绩效管理情况 本单位在2020年度部门决算中反映“陶瓷产业招商推介经费”项目绩效自评结果。陶瓷产业招商推介经费项目绩效自评综述:项目自评得分为91分。全年预算数为45万元,执行数为41.4万元,完成预算的92%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { budget: '45', executed: '41.4', execution_rate: '92', score: '91' },
    ]);
    expect(rec.overall.budget).toBeUndefined();
  });

  it('tells the unit’s score from the project’s in clauses a semicolon parts', () => {
    const rec = recordOf(
      [
        '某某县竹林产业服务中心2022年度部门决算',
        '(二)预算绩效管理情况 本单位2022年度部门整体支出绩效自评得分96分,等级为优;“竹林抚育补助资金”项目自评得分为94分,全年预算数为320万元,执行数为306.24万元,完成预算的95.7%。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('96');
    expect(rec.overall.budget).toBeUndefined();
    expect(rec.projects).toMatchObject([{ name: '竹林抚育补助资金', budget: '320', score: '94' }]);
  });

  it('reads two quoted projects a semicolon parts, each from its name on', () => {
    const rec = recordOf(
      [
        '某某县林业局2021年度部门决算',
        '部门整体支出绩效自评得分92分。重点项目自评情况如下,涉及资金900万元:“林区道路养护”项目:全年预算数300.00万元,执行数291.00万元,执行率97.00%,自评得分95分;“森林防火补助”项目:全年预算数120.00万元,执行数108.00万元,执行率90.00%,自评得分88分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['林区道路养护', '300', '291', '97', '95'],
      ['森林防火补助', '120', '108', '90', '88'],
    ]);
    expect(rec.overall.score).toBe('92');
  });

  it('gives a sentence a quoted project opens its score, before the unit’s own', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2022年度部门决算',
        '1.本单位对2022年度6个项目开展了绩效自评,涉及一般公共预算支出812.40万元。',
        '2.项目绩效自评结果。“村道维修”项目全年预算数200.00万元,执行数190.00万元,完成预算的95.00%,自评得分93分。',
        '3.部门整体支出绩效评价结果。本部门2022年度整体支出绩效自评得分90分。',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('90');
    expect(rec.projects).toMatchObject([{ name: '村道维修', budget: '200', score: '93' }]);
    expect(rec.finance).toMatchObject({ project_count: '6', project_total: '812.4' });
  });
});

describe('a fund a 决算’s performance part evaluates', () => {
  it('gives the figures after 对X经费开展绩效自评 to that fund, quoted words in its name or not', () => {
    const quoted = recordOf(
      [
        '某某县人民法院2016年度部门决算',
        '七、预算绩效情况说明',
        '本院2016年度对“智慧法院”运行维护经费开展绩效自评,全年预算数88.00万元,执行数84.70万元,执行率96.25%,自评得分93分。',
      ].join('\n'),
    );
    expect(quoted.projects).toMatchObject([
      {
        name: '"智慧法院"运行维护经费',
        budget: '88',
        executed: '84.7',
        execution_rate: '96.25',
        score: '93',
      },
    ]);
    const plain = recordOf(
      [
        '某某县人民检察院2023年度部门决算',
        '本院2023年度对检察业务装备经费开展项目支出绩效自评,项目预算64.00万元,执行63.10万元,执行率98.6%,自评得分95分。',
      ].join('\n'),
    );
    expect(plain.projects).toMatchObject([
      { name: '检察业务装备经费', budget: '64', executed: '63.1', score: '95' },
    ]);
  });
});

describe('projects counted, then each named before its budget after 其中', () => {
  it('reads the one project a sentence counts, whatever its name ends with', () => {
    const rec = recordOf(
      [
        '某某县教育局2023年度部门决算',
        '组织对1个项目开展绩效自评,其中:学生资助补助全年预算数312.00万元,执行数309.40万元,执行率99.17%,自评得分94分。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '学生资助补助', budget: '312', executed: '309.4', execution_rate: '99.17', score: '94' },
    ]);
    expect(rec.overall.budget).toBeUndefined();
  });
});

describe('a project’s own report annexed to a unit’s 决算', () => {
  const page = [
    '某某县人民政府办公室2023年度部门决算',
    '(五)预算绩效管理情况。本部门组织对2023年度3个项目开展了绩效自评,涉及资金310.20万元;组织对“政务大厅运维服务”项目开展了部门评价,评价得分87.4分,评价等级为“良”。',
    '附件2',
    '2023年度政务大厅运维服务项目绩效评价报告',
    '一、项目基本情况',
    '政务大厅运维服务项目由本部门组织实施。2023年度项目年初预算180.00万元,全年预算186.40万元,实际支出183.10万元,预算执行率98.23%。',
    '二、评价结论',
    '经综合评价,该项目评价得分87.4分,评价等级为“良”。',
  ];

  it('gives the report’s figures to its project, not to the unit', () => {
    const rec = recordOf(page.join('\n'));
    expect(rec.projects).toMatchObject([
      {
        name: '政务大厅运维服务',
        budget: '186.4',
        executed: '183.1',
        execution_rate: '98.23',
        score: '87.4',
      },
    ]);
    expect(rec.finance.budget_initial).toBeUndefined();
  });

  it('keeps the score and grade of the project the unit evaluated out of the unit’s own', () => {
    const rec = recordOf(page.slice(0, 2).join('\n'));
    expect(rec.overall.score).toBeUndefined();
    expect(rec.overall.grade).toBeUndefined();
    expect(rec.finance).toMatchObject({ project_count: '3', project_total: '310.2' });
  });

  it('glued to its annex mark as a page runs them together', () => {
    const glued = [...page.slice(0, 2), '附件22023年度政务大厅运维服务项目绩效评价报告', ...page.slice(4)];
    const rec = recordOf(glued.join('\n'));
    expect(rec.projects[0]).toMatchObject({ budget: '186.4', executed: '183.1' });
    expect(rec.finance.budget_initial).toBeUndefined();
  });
});

describe('a report on the projects of a budget kind, one clause each', () => {
  const page = [
    '2019年度项目支出绩效自评报告',
    '根据区财政局的要求,我单位对局机关2019年度一般公共预算项目开展绩效自评。某某市某某区文化和旅游局(以下简称区文旅局)负责全区文化旅游工作。',
    '二、项目资金安排及使用情况 2019年度我局纳入绩效自评的一般公共预算项目共2个,全年预算数合计155.00万元,实际支出150.40万元,预算执行率97.03%。其中:1.公共文化活动经费全年预算数95.00万元,实际支出92.40万元,执行率97.26%;2.文物保护专项经费全年预算数60.00万元,实际支出58.00万元,执行率96.67%。',
    '四、自评结论 根据项目支出绩效自评指标体系,公共文化活动经费自评得分95.1分,文物保护专项经费自评得分',
  ];

  it('takes the projects’ sum for their total, and names no project after the kind of budget', () => {
    const rec = recordOf(page.join('\n'));
    expect(rec.projects.map((p) => p.name)).toEqual(['公共文化活动经费', '文物保护专项经费']);
    expect(rec.finance).toMatchObject({ project_count: '2', project_total: '155' });
    expect(rec.overall.budget).toBeUndefined();
  });
});

describe('a one-project report’s figures in glued clauses', () => {
  it('reads funds 下达 with their year, 全年支出 and 项目支出费用', () => {
    const rec = recordOf(
      [
        '某某县图书馆2023年度公共文化服务体系建设资金项目绩效自评报告',
        '一、绩效目标分解下达情况 省财政厅(某财文指〔2023〕8号)下达2023年中央补助地方公共文化服务体系建设资金15.6万元,用于图书馆免费开放,二、资金执行情况,全年支出15.6万元,资金执行率100%,',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ budget: '15.6', executed: '15.6', execution_rate: '100' }]);
    const paid = recordOf(
      [
        '某某县经信局2022年度中小企业服务平台运行经费项目支出绩效自评报告',
        '项目资金支付范围、支付标准等合规合法,项目支出费用24.58万元,支付率81.93%。',
      ].join('\n'),
    );
    expect(paid.projects).toMatchObject([{ executed: '24.58', execution_rate: '81.93' }]);
  });
});

describe('a works project’s investment', () => {
  it('is its budget where no year’s budget is stated, never over one that is', () => {
    const title = '某某市农田建设服务中心2023年度某某镇高标准农田建设项目支出绩效自评报告';
    const rec = recordOf(
      [title, '项目总投资 2,500 万元,其中中央和省级资金 2,140 万元、县级配套资金 360 万元,均已到位。'].join(
        '\n',
      ),
    );
    expect(rec.projects[0]?.budget).toBe('2500');
    const bond = recordOf(
      [
        title,
        '项目总投资 3,860.00 万元。',
        '2022 年度该项目新增专项债券资金预算 1,500.00 万元,实际支出 1,326.45 万元。',
      ].join('\n'),
    );
    expect(bond.projects[0]?.budget).toBe('1500');
  });
});

describe('a project’s figures worded as a county reports them', () => {
  it('reads 实际预算 over 年初预算, 计划投资, 补助资金 before its parts, 已拨付, 支出率 and 拨付率', () => {
    const one = recordOf(
      [
        '2022年度基层医疗卫生机构设备购置项目自评结果',
        '年初预算0万元,实际预算86万元,全年执行79.12万元,执行率92%,自评分93.4分。',
      ].join('\n'),
    );
    expect(one.projects).toMatchObject([{ budget: '86', executed: '79.12', execution_rate: '92' }]);
    const two = recordOf(
      [
        '某某县2019年农村文化建设专项补助项目绩效评价自查报告',
        '2019年我县农村文化建设专项补助项目涉及16个乡镇,补助资金288万元,其中中央补助144万元,县配套144万元。',
        '补助资金已支出279.36万元,资金支出率97%。',
      ].join('\n'),
    );
    expect(two.projects).toMatchObject([{ budget: '288', executed: '279.36', execution_rate: '97' }]);
    const three = recordOf(
      [
        '某某县2020年农村饮水安全巩固提升工程项目绩效评价自查报告',
        '2020年我县农村饮水安全巩固提升工程计划投资1,350万元,其中省级以上补助资金810万元。',
        '截至2020年12月31日,资金已拨付1,215万元,资金拨付率90%。',
      ].join('\n'),
    );
    expect(three.projects).toMatchObject([{ budget: '1350', executed: '1215', execution_rate: '90' }]);
  });
});

describe('a fund a report says it evaluated, under a generic title', () => {
  it('is the project: funds 下达我县, 实际支出 with its 支出率, the unit’s figures too', () => {
    const rec = recordOf(
      [
        '财政资金项目支出绩效自评报告',
        '根据《关于开展2019年度省级财政资金绩效自评工作的通知》要求,我局对2019年度省级生态公益林效益补偿资金的支出情况进行了绩效自评。',
        '某某县林业局是县人民政府主管全县林业工作的工作部门。',
        '省财政下达我县2019年度生态公益林效益补偿资金325.6万元,已全部到位。',
        '截至2019年12月31日,实际支出318.4万元,支出率97.79%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '省级生态公益林效益补偿资金', budget: '325.6', executed: '318.4', execution_rate: '97.79' },
    ]);
    expect(rec.finance.expenditure_total).toBeUndefined();
  });
});

describe('a fund’s self-check scored part by part', () => {
  it('reads 补助资金 with a bracket before its parts, 安排我中心, 已支付工程款; a part headed 项目执行 is no project', () => {
    const rec = recordOf(
      [
        '某某县2021年基本公共卫生服务项目绩效评价自查报告',
        '2021年,全县基本公共卫生服务补助资金2,846.70万元(人均79元,常住人口按36.03万人计),其中中央资金x万元,县级配套x万元。',
        '截至2021年12月31日,已支付工程款2,704.37万元,资金拨付率95.00%。',
        '二、绩效评价情况(分值100分,自评得分94分)',
        '(三)项目执行(50分),自评得分46分。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '基本公共卫生服务', budget: '2846.7', executed: '2704.37', score: '94' },
    ]);
    expect(rec.overall).toMatchObject({ budget: '2846.7', executed: '2704.37' });
    const centre = recordOf(
      [
        '某某县农业技术推广中心2021年度项目支出绩效自评报告',
        '我中心对2021年度农业技术推广与服务补助资金的支出情况进行了绩效自评。',
        '省财政安排我中心2021年农业技术推广与服务补助资金126万元,全部到位。',
      ].join('\n'),
    );
    expect(centre.projects[0]?.budget).toBe('126');
  });
});

describe('a page on "the project" that never names it', () => {
  const page = (lines: string[]) =>
    recordOf(['首页 >> 信息公开 >> 绩效评估', '2021年度绩效评价', '来源:某某市林业局', ...lines].join('\n'));

  it('gives its figures to the document', () => {
    const rec = page([
      '项目全年预算数为236万元,执行数为230.5万元,完成预算的97.67%。项目绩效目标完成情况:一是2021年,某某市林业局完成造林1200亩。',
    ]);
    expect(rec.overall).toMatchObject({ budget: '236', executed: '230.5', execution_rate: '97.67' });
    expect(rec.projects).toEqual([]);
  });

  it('leaves them to the unit’s own figures where the document states those', () => {
    const rec = page([
      '2021年度部门整体支出预算数为980万元,执行数为975万元。',
      '项目全年预算数为236万元,执行数为230.5万元。',
    ]);
    expect(rec.overall).toMatchObject({ budget: '980', executed: '975' });
  });
});

describe('a copy whose words a site swapped for others', () => {
  it('reads 实际开支 as spent and 资金运用率 as the rate; the unit from a title with a long fund name', () => {
    const rec = recordOf(
      [
        '临县某某局2016年度农村义务教育阶段学生校外实践活动补助专项资金绩效评价报告',
        '(一)资金到位状况。2016年共下达专项资金84万元,资金到位率100%。',
        '(二)资金运用状况。全年实际开支79.8万元,资金运用率95%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('临县某某局');
    expect(rec.projects).toMatchObject([{ budget: '84', executed: '79.8', execution_rate: '95' }]);
  });
});

describe('a document site’s digest of a fund report', () => {
  const digest = [
    '城关小学图书更新专项资金绩效评价报告.doc_第1页',
    '城关小学图书更新专项资金绩效评价报告.doc_第2页',
    '文档简介',
    '某某县城关小学2016年农村学校图书更新专项资金绩效评价报 告根据县教育局的部署,我校对图书更新专项资金开展了自评。一、项目基本情况。2016年实施图书更新项目,项目总投资30万元,其中省级农村学校图书更新专项资金24万元,学校自筹6万元。二、资金使用情况。截至2016年12月底,省级专项资金24万元已全部支付,使用率100%;自筹资金6万元已支付4.2万元。三、评价结论。本项目得分90分,等级为优秀。',
  ].join('\n');

  it('names the fund as its own title does, without the unit, before the file’s name', () => {
    const rec = recordOf(digest);
    expect(rec.projects.map((p) => p.name)).toEqual(['农村学校图书更新专项资金']);
  });

  it('reads the fund’s amount after its name, spent 已全部支付, and not what the unit raised itself', () => {
    const rec = recordOf(digest);
    expect(rec.projects).toMatchObject([
      { budget: '24', executed: '24', execution_rate: '100', score: '90' },
    ]);
  });
});

describe('a project’s name before an amount', () => {
  it('gives way to a budget the sentence words as one: a part, then the whole', () => {
    const rec = recordOf(
      [
        '关于上报2023年优抚对象医疗补助项目支出绩效自评的报告',
        '2023年省级下拨优抚对象医疗补助2.1万元;市级下拨优抚对象医疗补助2.1万元;全年应执行数为4.2万元,实际执行率为100%。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ name: '优抚对象医疗补助', budget: '4.2' }]);
  });
});

describe('a notice listing its projects as 项目一, 项目二', () => {
  it('reads each after the allocation’s number, amounts in 元', () => {
    const rec = recordOf(
      [
        '某某县某某乡人民政府2022年度中央转移支付项目绩效自评情况',
        '某某乡人民政府对本乡2022年度实施的中央转移支付项目开展了绩效自评,共涉及项目2个,现将自评结果综述如下:',
        '项目一:某财农〔2022〕31号某某村食用菌大棚建设项目,项目全年预算数820,000.00元,执行数801,500.00元,完成预算的97.74%。新建大棚12栋。',
        '项目二:某财社〔2022〕87号农村危房改造补助资金,项目全年预算数96,000.00元,执行数96,000.00元,完成预算的100%。改造危房6户。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['某某村食用菌大棚建设项目', '82', '80.15', '97.74'],
      ['农村危房改造补助资金', '9.6', '9.6', '100'],
    ]);
  });
});

describe('a report on one fund whose title is set over two lines', () => {
  it('names the fund, and leaves a bracketed project after another fund to that fund', () => {
    const rec = recordOf(
      [
        '**阳县2023年度中央水利发展资金',
        '绩效自评报告',
        '一、资金下达情况',
        '2023年,市财政局向**阳县下达两批资金:一是下达中央水利发展资金860万元;二是下达乡村振兴衔接资金(配套供水项目)150万元。',
        '截至2023年12月31日,中央水利发展资金已支付812万元,支付率94.42%。',
        '经自评,本年度中央水利发展资金绩效自评得分90分,等级为优秀。',
        '某某县水利局',
        '2024年4月',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '中央水利发展资金', budget: '860', executed: '812', execution_rate: '94.42', score: '90' },
    ]);
  });
});

describe('a 决算 notice’s key projects', () => {
  it('reads a works named before its budget under 重点、重大项目信息, and 已完成投资', () => {
    const rec = recordOf(
      [
        '某某县交通运输局2021年度部门决算',
        '十二、重点、重大项目信息',
        '某某县农村公路安保工程:年度预算860.00万元,已完成投资842.50万元,整治里程96公里。',
        '第四部分 名词解释',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '某某县农村公路安保工程', budget: '860', executed: '842.5' },
    ]);
  });
});

describe('a city portal’s digest of one project under a title that names none', () => {
  const page = (title: string, supplier: string, body: string) =>
    recordOf(
      [
        '温岭市人民政府',
        '您所在的位置: 首页 >> 绩效评估',
        title,
        `发布日期:2023-08-04 15:37 来源:${supplier}`,
        '浏览次数:',
        body,
      ].join('\n'),
    );

  it('gives the one project’s figures and score to the unit, the bureau its 来源 names in the city', () => {
    const rec = page(
      '2022年度绩效评价',
      '市卫生健康局',
      '基层卫生人才培养专项资金项目全年预算数为420万元,执行数为401.1万元,完成预算的95.5%。项目绩效目标完成情况:一是培训乡村医生860人次。项目自评得分91分,等级为优。',
    );
    expect(rec.unit.name).toBe('温岭市卫生健康局');
    expect(rec.overall).toMatchObject({
      budget: '420',
      executed: '401.1',
      execution_rate: '95.5',
      score: '91',
    });
    expect(rec.projects).toMatchObject([{ score: '91' }]);
  });

  it('reads a year-first title that ends 绩效评价, without 报告', () => {
    const rec = page(
      '2021年度农村生活污水治理项目绩效评价',
      '某某市生态环境局',
      '农村生活污水治理项目全年预算数为300万元,执行数为296万元,完成预算的98.67%。经自评,该项目得分95分。',
    );
    expect(rec.projects).toMatchObject([{ name: '农村生活污水治理项目', score: '95' }]);
  });
});

describe('a fund that leads its sentence as a project does', () => {
  it('is a project, its figures kept off the department’s, after a lead 项目自评中', () => {
    const rec = recordOf(
      [
        '某某区某某街道办事处2019年度部门决算',
        '2019年度我街道部门整体支出绩效自评得分91分。社区服务群众专项经费全年预算数240.00万元,执行数228.40万元,执行率95.17%,自评得分92分。',
        '项目自评中,背街小巷整治项目全年预算数80.00万元,执行数76.00万元,执行率95%,自评得分90分。',
      ].join('\n'),
    );
    expect(rec.overall.executed).toBeUndefined();
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['社区服务群众专项经费', '240', '228.4', '92'],
      ['背街小巷整治项目', '80', '76', '90'],
    ]);
  });
});

describe('a list of bond-funded projects on a government portal', () => {
  it('reads 债券规模 in 亿元 as the budget and 自评分数 as the score, for the bureau its 信息来源 names', () => {
    const rec = recordOf(
      [
        '江山市人民政府',
        '发布日期:2025-06-10 09:05 访问次数: 信息来源:江山市交通运输局',
        '2024年度专项债券项目绩效自评情况',
        '单位:亿元',
        '| 序号 | 项目名称 | 债券性质 | 债券规模 | 自评分数 | 自评等级 |',
        '| 1 | 江山市城南路网改造工程 | 其他项目收益专项债券 | 0.85 | 92 | 优 |',
        '| 2 | 江山市客运枢纽建设工程 | 其他项目收益专项债券 | 0.4 | 88.5 | 良 |',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('江山市交通运输局');
    expect(rec.projects.map((p) => [p.name, p.budget, p.score])).toEqual([
      ['江山市城南路网改造工程', '8500', '92'],
      ['江山市客运枢纽建设工程', '4000', '88.5'],
    ]);
  });
});

describe('a project a unit says it evaluated as its own', () => {
  it('is named without 本局 before it', () => {
    const rec = recordOf(
      [
        '某某区文化和旅游局2019年区级公共文化配送服务项目绩效评价报告',
        '受委托,评价组对本局2019年区级公共文化配送服务项目开展了绩效评价。',
        '项目预算资金420万元,实际支出398.6万元,预算执行率94.9%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => p.name)).toContain('2019年区级公共文化配送服务项目');
  });
});

describe('a finance bureau’s notice of other units’ results', () => {
  it('gives each listed project to its unit, a lost merged unit cell taken from the row above', () => {
    const recs = recogniseDocument(
      readText(
        'case.txt',
        Buffer.from(
          [
            '某某市财政局关于2021年度重点项目绩效评价情况的通报',
            '现将评价情况通报如下:',
            '序号 | 主管部门(单位) | 项目名称 | 预算金额(万元) | 评价等级 |',
            '1 | 丽水市体育局 | 全民健身设施提升工程 | 1,186.50 | 良 |',
            '2 | | 体育赛事活动补助资金 | 420.00 | 良 |',
            '3 | 丽水市档案馆 | 档案数字化加工经费 | 186.00 | 优 |',
          ].join('\n'),
        ),
      ),
    );
    const sport = recs.find((r) => r.unit.name === '丽水市体育局');
    expect(sport?.projects.map((p) => [p.name, p.budget])).toEqual([
      ['全民健身设施提升工程', '1186.5'],
      ['体育赛事活动补助资金', '420'],
    ]);
  });

  it('reads a list whose columns are 单位 and 项目', () => {
    const recs = recogniseDocument(
      readText(
        'case.txt',
        Buffer.from(
          [
            '某某市财政局关于2023年度财政重点绩效评价结果的公告',
            '| 序号 | 单位 | 项目 | 预算资金(万元) | 得分 | 等次 |',
            '| 1 | 温州市民政局 | 养老服务体系建设补助 | 2,380.00 | 84 | 良好 |',
          ].join('\n'),
        ),
      ),
    );
    expect(recs.find((r) => r.unit.name === '温州市民政局')?.projects).toMatchObject([
      { name: '养老服务体系建设补助', budget: '2380', score: '84' },
    ]);
  });
});

describe('projects numbered inside a run-on paragraph of a PDF archive', () => {
  const text = [
    '重庆市某某区文化旅游委员会2021年度部门决算',
    '收入合计1,210.50 万元。 - 1 - 支出合计1,198.20 万元,其中基本支出420.10 万元,项目支出778.10 万元。(二)“三公”经费财政拨款支出情况说明 2021年度公务用车运行维护费:全年预算6.00万元,支出5.20万元。(四)预算绩效情况说明 2021 年我委对重点项目开展了绩效自评:1.公共文化场馆免费开放:全年预算数126.00 万元,执行数120.30 万元,执行率95.48%,自评得分94 分。2.非遗保护传承:全年预算数48.00 万元,执行数48.00 万元,执行率100%,自评得分97 分。 - 2 -',
  ].join('\n');

  it('makes each item a project, its figures its own and not the unit’s, whatever its name ends in', () => {
    const rec = recordOf(text);
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['公共文化场馆免费开放', '126', '120.3', '95.48', '94'],
      ['非遗保护传承', '48', '48', '100', '97'],
    ]);
    expect(rec.overall.budget).toBeUndefined();
    // A page mark between two sentences hides neither.
    expect(rec.finance).toMatchObject({ income_total: '1210.5', expenditure_total: '1198.2' });
  });
});

describe('a project the prose names after its unit and year', () => {
  it('takes the unit and the year off the name, but keeps a name that opens with its own year', () => {
    const rec = recordOf(
      [
        '某某县林业局项目绩效自评报告',
        '某某县林业局2018年度生态公益林管护项目预算资金486.50万元,实际支出470.20万元,预算执行率96.65%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([['生态公益林管护项目', '486.5']]);
  });
});

describe('a summary that counts its projects 一是, 二是 … or numbers them (一) after a colon', () => {
  it('makes each counted item a project, its figures its own', () => {
    const rec = recordOf(
      [
        '某某县住房和城乡建设局2023年度项目支出绩效自评结果',
        '我局对5个项目开展了绩效自评,具体如下:一是农村危房改造补助资金,全年预算156万元,实际支出156万元,执行率100%,自评得分93.5分;二是市政道路维护经费,全年预算58万元,实际支出55.1万元,执行率95%,自评得分92分。',
        '对2个项目开展了绩效自评,结果如下:(一)农作物病虫害统防统治项目。年初预算120万元,全年预算120万元,全年执行116.4万元,预算执行率97%,自评得分94分。(二)动物防疫补助经费。全年预算18.5万元,全年执行18.5万元,预算执行率100%,自评得分98分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['农村危房改造补助资金', '156', '156', '93.5'],
      ['市政道路维护经费', '58', '55.1', '92'],
      ['农作物病虫害统防统治项目', '120', '116.4', '94'],
      ['动物防疫补助经费', '18.5', '18.5', '98'],
    ]);
  });
});

describe('a project headed by its name and the words 绩效自评综述', () => {
  it('names it without them, and keeps its 项目 where the text counts works done, not projects', () => {
    const rec = recordOf(
      [
        '某某区社区服务中心2023年度部门决算',
        '(二)2023年重点工作完成情况。完成老旧小区改造4个,新增社区养老服务站2个。',
        '(1)老旧小区改造项目绩效自评综述:根据年初设定的绩效目标,项目自评得分为94分。全年预算数为1320万元,执行数为1286.5万元,完成预算的97.46%。',
        '(2)社区运转保障经费绩效自评综述:根据年初设定的绩效目标,项目自评得分为96分。全年预算数为420万元,执行数为418.62万元,完成预算的99.67%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.score])).toEqual([
      ['老旧小区改造项目', '1320', '94'],
      ['社区运转保障经费', '420', '96'],
    ]);
  });
});

describe('numbered items, a project and then the unit’s whole spending', () => {
  it('reads the item on 部门整体支出 as the unit’s figures, not a project', () => {
    const rec = recordOf(
      [
        '某某县某某镇卫生院2021年度部门决算',
        '(四)绩效自评情况',
        '1.基本公共卫生服务项目:全年预算数为238.76万元,执行数为238.76万元,执行率100%,自评得分96分。',
        '2.部门整体支出绩效自评:全年预算数为862.9万元,执行数为851.16万元,预算执行率98.64%,自评得分94分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => p.name)).toEqual(['基本公共卫生服务项目']);
    expect(rec.overall).toMatchObject({ budget: '862.9', executed: '851.16', score: '94' });
  });
});

describe('two classes of projects listed with their amounts, then their spending and scores', () => {
  it('reads each class’s list to its semicolon, and later clauses led by a project named before', () => {
    const rec = recordOf(
      [
        '某某市农业农村局项目绩效自评报告',
        '2022年部门预算项目支出57.6万元,分别是动物疫病防控工作经费32万元,农产品质量安全检测经费25.6万元;专项预算支出2460万元,分别是高标准农田建设市级配套资金2000万元,黑土地保护利用补助460万元。',
        '截至2022年12月31日,部门预算项目支出实际支出56万元,执行率97.22%,其中动物疫病防控工作经费支出30.4万元,执行率95%;农产品质量安全检测经费支出25.6万元,执行率100%。',
        '经自评,动物疫病防控工作经费自评得分94分;农产品质量安全检测经费自评得分97分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['动物疫病防控工作经费', '32', '30.4', '95', '94'],
      ['农产品质量安全检测经费', '25.6', '25.6', '100', '97'],
      ['高标准农田建设市级配套资金', '2000', undefined, undefined, undefined],
      ['黑土地保护利用补助', '460', undefined, undefined, undefined],
    ]);
  });
});

describe('an essay site’s copy of a project report, its years masked', () => {
  const page = (body: string[]) =>
    [
      '学校工程项目绩效自评报告',
      '时间:2023-03-08 15:22:17 报告范文 我要投稿',
      '学校工程项目绩效自评报告(精选5篇)',
      '学校工程项目绩效自评报告(精选5篇)1',
      ...body,
      '某某县教育局',
      '20xx年x月x日',
    ].join('\n');

  it('names the project as the essay announces it, the unit as it signs, and no year', () => {
    const rec = recordOf(
      page([
        '根据省财政厅《关于开展绩效自评工作的通知》要求,现将我县20xx年度中央补助地方教育发展资金--农村学校食堂改造工程项目自评报告如下:',
        '项目计划安排资金共计1,280.00万元。截至20xx年12月底,项目累计拨付资金1,152.00万元,资金执行率90.00%。',
        '经自评,本项目自评得分88分,等级为良。',
      ]),
    );
    expect(rec.year).toBeUndefined();
    expect(rec.unit.name).toBe('某某县教育局');
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['农村学校食堂改造工程', '1280', '1152', '90', '88'],
    ]);
  });

  it('names it by the paragraph that opens on it', () => {
    const rec = recordOf(
      page([
        '一、项目概况',
        '20xx年某某县义务教育学校扩容项目是县政府确定的民生实事,由某某县教育局负责组织实施。',
        '项目总投资980.00万元,已支付资金931.00万元,资金执行率95.00%。',
        '根据绩效评价指标体系,本项目自评得分93分。',
      ]),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['某某县义务教育学校扩容项目', '980', '931', '93'],
    ]);
  });
});

describe('a project report that opens on its conclusion', () => {
  it('reads 绩效评分, 自评为优, and funds all received and spent', () => {
    const rec = recordOf(
      [
        '宣威市教育体育局2023年度项目绩效自评报告(乡村学校营养餐补助项目)',
        '一、自评结论',
        '项目能严格按照项目实施方案开展绩效评分98分,自评为优。',
        '二、佐证材料',
        '乡村学校营养餐补助项目中央、省级资金共620.5万元,全部到位并使用完毕,执行率100%',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ score: '98', grade: '优秀' });
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['乡村学校营养餐补助项目', '620.5', '620.5', '100', '98'],
    ]);
  });

  it('takes no grade from 自评 without 为', () => {
    const rec = recordOf(
      ['某某县民政局2021年度部门整体支出绩效自评报告', '在自评中,发现预算执行偏慢。全年预算数120万元。'].join(
        '\n',
      ),
    );
    expect(rec.overall.grade).toBeUndefined();
  });
});

describe('projects a 决算 scores in one sentence, the first after 其中', () => {
  it('names the first without 其中', () => {
    const rec = recordOf(
      [
        '某某县中医医院2022年度单位决算',
        '2022年度我院对2个项目开展了绩效自评,涉及资金180.00万元,其中中医馆服务能力提升项目自评得分88分,家庭医生签约服务补助项目自评得分95分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.score])).toEqual([
      ['中医馆服务能力提升项目', '88'],
      ['家庭医生签约服务补助项目', '95'],
    ]);
  });
});

describe('a project’s own report annexed to a 决算', () => {
  it('gives the sections under its title, numbered too, to the project', () => {
    const rec = recordOf(
      [
        '某某县农业农村局2021年部门决算',
        '第一部分 部门概况',
        '一、基本职能及主要工作',
        '负责全县农业农村发展规划、农田建设和农村改革等工作。',
        '二、机构设置',
        '局机关内设股室8个,下属事业单位3个。',
        '第二部分 2021年度部门决算情况说明',
        '一、收入支出决算总体情况说明',
        '2021年度收、支总计2,500.00万元。',
        '第三部分 部门整体支出绩效评价报告',
        '2021年部门预算调整后全年预算数2,400.00万元,全年执行数2,280.00万元,预算执行率95.00%。',
        '经自评,2021年度部门整体支出绩效评价得分91分。',
        '农田水利设施维修项目2021年绩效评价报告',
        '一、项目基本情况',
        '该项目由某某县农业农村局负责组织实施。',
        '(一)项目资金申报及批复情况',
        '该项目于2021年初向县财政局申报,经审核批复下达预算资金300.00万元。',
        '(二)资金使用情况',
        '截至2021年12月31日,项目实际支出285.00万元,预算执行率95.00%。',
        '二、评价结论',
        '经综合评价,该项目2021年度绩效自评得分89分。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '2400', executed: '2280', score: '91' });
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['农田水利设施维修项目', '300', '285', '95', '89'],
    ]);
  });
});

describe('a school’s projects listed with the parts they were spent on', () => {
  it('reads each project after the 项目支出 it makes up, not the parts in its brackets', () => {
    const rec = recordOf(
      [
        '某某镇中心小学2017年度专项资金绩效自评报告',
        '我单位2017年项目支出决算为60.5万元,其中:校舍维修项目30.5万元(其中:屋面防水18.6万元;围墙11.9万元)、课桌椅购置项目10万元、食堂改造项目20万元。',
        '我校2017年度专项资金绩效自评得分90分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.executed])).toEqual([
      ['校舍维修项目', '30.5'],
      ['课桌椅购置项目', '10'],
      ['食堂改造项目', '20'],
    ]);
  });

  it('keeps a bracket of parts inside its project’s clause', () => {
    const rec = recordOf(
      [
        '某某镇中学2018年度专项资金绩效自评报告',
        '2018年我校专项资金预算安排96万元,实际支出91.36万元,其中:运动场改造项目预算60万元,实际支出57.2万元(其中:跑道31.5万元;看台18.7万元);教师宿舍维修项目预算36万元,实际支出34.16万元。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['运动场改造项目', '60', '57.2'],
      ['教师宿舍维修项目', '36', '34.16'],
    ]);
  });

  it('takes the fund a report evaluates for its project where the title names only 专项资金', () => {
    const rec = recordOf(
      [
        '胶州市园林管理处专项资金绩效评价报告',
        '我处对2018年城区绿地养护专项经费开展了绩效评价。2018年城区绿地养护专项经费到位500万元,实际支出480万元,资金使用率96%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['城区绿地养护专项经费', '500', '480'],
    ]);
  });
});

describe('a town’s linkage funds, spent project by project', () => {
  it('reads each project’s spending and rate after the funds’ whole', () => {
    const rec = recordOf(
      [
        '2022年度项目支出绩效自评报告',
        '截至2022年12月31日,衔接资金共支出381.9万元,执行率96.25%。其中:村道硬化项目支出240.5万元,执行率95.59%;产业奖补项目支出141.4万元,执行率100%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.executed, p.execution_rate])).toEqual([
      ['村道硬化项目', '240.5', '95.59'],
      ['产业奖补项目', '141.4', '100'],
    ]);
  });
});

describe('a town’s report on its integrated agricultural funds, project by project', () => {
  it('reads each numbered project’s funds, spending in full, and the score given under its short name', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2021年度项目支出绩效单位自评报告',
        '一、基本情况',
        '(一)项目概况',
        '1.2021年第一批统筹整合使用财政涉农资金茶园改造项目,项目建设内容:改造茶园300亩。统筹整合使用财政涉农资金90万元,目前项目资金已全部拨付。',
        '2.2021年第一批统筹整合使用财政涉农资金村道硬化项目,项目建设内容:硬化村道2公里。统筹整合使用财政涉农资金60万元,目前项目资金已拨付54万元。',
        '三、综合评价情况及评价结论',
        '经自评,茶园改造项目得分92分,村道硬化项目得分86分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['2021年第一批统筹整合使用财政涉农资金茶园改造项目', '90', '90', '92'],
      ['2021年第一批统筹整合使用财政涉农资金村道硬化项目', '60', '54', '86'],
    ]);
  });
});

describe('a town’s report on its integrated funds as a PDF wraps it, the projects listed by class', () => {
  it('reads each project’s allocation, its spending and rate, and its score under the name it was listed by', () => {
    const rec = recordOf(
      [
        '青石县柳岸镇涉农整合资金项目绩效自评报告',
        '一、绩效目标分解及下达情况',
        '柳岸镇 2021 年涉农整合资金预算金额为 240 万元。',
        '其中产业项目 2 个,核桃提质增效 90 万元,蜂蜜加工',
        '奖补 30 万元;基础设施 1 个,河口村便民桥 120 万元。',
        '二、绩效目标完成情况分析',
        '全年累计支出 232 万元,执行率 96.67%。其中:核桃提质增效支出 90 万元,执行率 100%;',
        '蜂蜜加工奖补支出 22 万元,执行率 73.33%;河口村便民桥支出 120 万元,执行率 100%。',
        '经自评,核桃提质增效自评得分 95 分,蜂蜜加工奖补自评得分 84 分,河口村便民桥自评得分 97 分。',
      ].join('\n'),
    );
    // (The fund the title names keeps the totals: not asserted here.)
    const listed = rec.projects.filter((p) => !p.name.endsWith('资金'));
    expect(listed.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['核桃提质增效', '90', '90', '100', '95'],
      ['蜂蜜加工奖补', '30', '22', '73.33', '84'],
      ['河口村便民桥', '120', '120', '100', '97'],
    ]);
  });
});

describe('a project’s funds stated as what they came to, their parts in brackets', () => {
  it('reads the total as the budget and what was paid out as spent', () => {
    const rec = recordOf(
      [
        '某某县2023年度计划生育家庭奖励扶助项目绩效自评报告',
        '2023年全县计划生育家庭奖励扶助资金共520.4万元(中央资金312.24万元、省级资金208.16万元),实际发放520.4万元,执行率100%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.budget, p.executed, p.execution_rate])).toEqual([
      ['520.4', '520.4', '100'],
    ]);
  });
});

describe('a 决算’s key projects, each a numbered paragraph opened by its quoted name', () => {
  it('gives each its figures, and counts the projects a wrapped sentence states', () => {
    const rec = recordOf(
      [
        '某某市园林局2024年度部门决算',
        '(二)项目支出绩效自评结果。',
        '1.项目绩效自评总体情况:我部门及所属二层单位2024年度',
        '项目12个,项目支出总额300万元。',
        '2.重点项目绩效自评结果。',
        '(1)“城区绿地养护”项目。全年预算数 120.00 万元,执',
        '行数 118.00 万元,预算执行率 98.33%,自评得分 95 分,评为一等。',
        '(2)“古树名木保护”项目。全年预算数 20.00 万元,执行',
        '数 16.00 万元,预算执行率 80%,自评得分 84 分,评为二等。',
      ].join('\n'),
    );
    expect(rec.finance.project_count).toBe('12');
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['城区绿地养护', '120', '118', '98.33', '95'],
      ['古树名木保护', '20', '16', '80', '84'],
    ]);
  });
});

describe('round 52: documents going through several projects', () => {
  it('reads works listed after a fund’s total, and what the verb that paid them gave each', () => {
    const rec = recordOf(
      [
        '某某县交通运输局2019年度某某专项资金绩效评价报告',
        '2019年度专项资金绩效评价资金总计300万元,其中甲村道路硬化工程120万元(路面100万元,设计费20万元);乙桥维修工程180万元(主体160万元,监理费20万元)。',
        '资金的拨付审批程序规范,全年拨付甲村道路硬化工程资金120万元,乙桥维修工程资金170万元。',
      ].join('\n'),
    );
    expect(rec.finance.project_total).toBe('300');
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['甲村道路硬化工程', '120', '120'],
      ['乙桥维修工程', '180', '170'],
    ]);
  });

  it('gives each project the stretch of a comma-parted sentence it opens, and the items numbered under its heading', () => {
    const rec = recordOf(
      [
        '某某市民族宗教事务委员会2018年度项目绩效自评报告',
        '1.项目资金到位情况:甲补助项目年初预算资金为30万元,乙维修项目年初预算资金为50万元。',
        '2.项目资金执行情况:2018年,甲补助项目支付27万元,执行率90%;乙维修项目支付50万元,执行率100%。',
        '三、项目资金情况',
        '1.丙大赛项目',
        '(1)项目资金到位情况:该项目年初预算资金为8.5万元。',
        '(2)项目资金执行情况:2016年,财政预算项目资金8.5万元,支付8.15万元,执行率95.88%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['甲补助项目', '30', '27', '90'],
      ['乙维修项目', '50', '50', '100'],
      ['丙大赛项目', '8.5', '8.15', '95.88'],
    ]);
  });

  it('reads the tasks a fund was split into (一是安排…), and their spending named as they were', () => {
    const rec = recordOf(
      [
        '某某市2020年林业改革发展资金使用情况绩效自评报告',
        '我局将中央资金分解到具体支出方向,具体为:一是安排森林抚育补助200万元。二是安排林业有害生物防治60万元。',
        '截至2020年12月31日,森林抚育补助支出190万元,执行率95%;林业有害生物防治支出60万元,执行率100%。',
      ].join('\n'),
    );
    const listed = rec.projects.filter((p) => !p.name.endsWith('资金使用情况'));
    expect(listed.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['森林抚育补助', '200', '190', '95'],
      ['林业有害生物防治', '60', '60', '100'],
    ]);
  });
});

describe('key projects listed after 重点项目:, each named before its budget', () => {
  const list =
    '(三)项目支出情况 项目支出 1,206.40 万元,重点项目: 1、村道硬化工程,预算 540.00 万元,实际支出 528.30 万元,执行率 97.83%; ' +
    '2、集镇路灯改造,预算 120.00 万元,实际支出 96.00 万元,执行率 80.00%,未完成部分结转下年。 三、政府性基金预算支出情况 无。';
  const expected = [
    ['村道硬化工程', '540', '528.3', '97.83'],
    ['集镇路灯改造', '120', '96', '80'],
  ];
  const rows = (text: string) =>
    recordOf(text).projects.map((p) => [
      p.name,
      p.budget?.toString(),
      p.executed?.toString(),
      p.execution_rate?.toString(),
    ]);

  it('reads them on lines of their own and run together in one paragraph', () => {
    expect(rows(`某某镇人民政府2022年度部门整体支出绩效自评报告\n${list}`)).toEqual(expected);
    expect(
      rows(`某某镇人民政府2022年度部门整体支出绩效自评报告\n${list.replace(/ (?=\d、)/g, '\n')}`),
    ).toEqual(expected);
  });
});

describe('the department’s project spending, all of it one fund', () => {
  it('gives the figures after the fund’s name to the fund, the whole year’s to the department', () => {
    const rec = recordOf(
      [
        '某某区妇女联合会2022年度部门整体支出绩效自评报告',
        '项目支出15.66万元,为妇女儿童关爱服务经费,预算16.00万元,实际支出15.66万元,执行率97.88%,主要用于走访慰问。',
        '2022年全年预算数96.58万元,全年执行数94.12万元,预算执行率97.45%。',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '96.58', executed: '94.12', execution_rate: '97.45' });
    expect(
      rec.projects.map((p) => [p.name, String(p.budget), String(p.executed), String(p.execution_rate)]),
    ).toEqual([['妇女儿童关爱服务经费', '16', '15.66', '97.88']]);
  });
});

describe('a report on one fund, evaluated by its indicators', () => {
  const report = (title: string, body: string[]) => recordOf([title, ...body].join('\n'));

  it('takes the fund from a title on the evaluation’s work, and no indicator’s score for the whole', () => {
    const rec = report('某某县2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告', [
      '2023年度县本级预算安排的衔接资金为80万元,2024年度县本级预算安排的衔接资金为95万元,指标评价得分8分。',
      '2024年度安排财政衔接资金2486万元,其中中央资金1652万元,指标评价得分5分。',
      '截至2024年12月31日,2024年度衔接资金累计支出2361.7万元,支出进度95%,指标评价得分9分。',
      '经对照考核办法逐项自评,我县2024年度财政衔接推进乡村振兴补助资金绩效评价自评得分为91分。',
    ]);
    expect(rec.overall).toMatchObject({
      budget: '2486',
      executed: '2361.7',
      execution_rate: '95',
      score: '91',
    });
    expect(rec.projects.map((p) => [p.name, String(p.budget), String(p.executed), String(p.score)])).toEqual([
      ['财政衔接推进乡村振兴补助资金', '2486', '2361.7', '91'],
    ]);
  });

  it('takes no document number for the fund, no 转移支付 for spending, and a 量化得分 for the score', () => {
    const rec = report('吉林省某某厅2015年林业补助资金绩效评价报告(财驻吉监[2016]88号)', [
      '其中森林防火补助资金3,160万元、森林公安转移支付1,240万元。',
      '截至2016年6月30日,省某某厅已拨付使用林业补助资金82,790.4万元,资金拨付率96%。',
      '经综合评价,专员办评定省某某厅2015年林业补助资金绩效等级为优,量化得分92分。',
    ]);
    const fund = rec.projects.find((p) => p.name === '林业补助资金');
    expect(fund).toMatchObject({ execution_rate: '96', score: '92' });
    expect(String(fund?.executed)).toBe('82790.4');
    expect(fund?.budget).toBeUndefined();
  });

  it('names a transfer payment from a disclosure page’s 名称 field without its county, its subsidy paid out as spent', () => {
    const rec = report('名  称: 南陵县耕地地力保护补贴转移支付2023年度绩效自评报告', [
      '南陵县耕地地力保护补贴转移支付2023年度绩效自评报告',
      '(一)资金投入情况:2023年初耕地地力保护补贴资金预算安排3235万元 ,全年发放补贴资金3220.36万元,补贴资金支出率99.55%。',
      '南陵县农业农村局',
    ]);
    expect(rec.projects.map((p) => [p.name, String(p.budget), String(p.executed)])).toEqual([
      ['耕地地力保护补贴转移支付', '3235', '3220.36'],
    ]);
  });
});

describe('a report on one project that names it nowhere but in a target sheet after', () => {
  it('reads "2023 年度该项目…" and "经评价,该项目综合得分 93.5 分" for the project the sheet names', () => {
    const rec = recordOf(
      [
        '某某县卫生健康委员会项目绩效评价报告',
        '三、综合评价情况及评价结论',
        '2023 年度该项目全年预算数 1846.2 万元,全年执行数 1802.64 万元,预算执行率 97.64%。经评价,该项目综合得分 93.5 分,评价等级为“ 优 ”。',
        '项目支出绩效目标申报表',
        '(2023 年度)',
        '项目名称',
        '|',
        '乡村医生补助项目',
        '|',
        '主管部门及代码',
        '|',
        '',
        '|',
        '实施单位',
        '|',
        '卫健委',
        '|',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({
      budget: '1846.2',
      executed: '1802.64',
      execution_rate: '97.64',
      score: '93.5',
    });
    expect(rec.projects?.[0]).toMatchObject({ name: '乡村医生补助项目', budget: '1846.2', score: '93.5' });
  });
});

describe('projects listed by name and amount, after the words that allot them', () => {
  it('reads each item …项目 with its amount as a project’s budget, the lead none of the first name', () => {
    const rec = recordOf(
      [
        '某某县民政局2023年度转移支付资金绩效自评报告',
        '2023年度,中央、市级下达我局转移支付困难群众救助项目310.5万元;孤儿基本生活保障项目42万元;残疾人两项补贴项目88.6万元;合计下达转移支付资金441.1万元。',
        '截至2023年12月31日,困难群众救助项目执行305.2万元,执行率98.29%;孤儿基本生活保障项目执行42万元,执行率100%。',
      ].join('\n'),
    );
    const byName = Object.fromEntries((rec.projects ?? []).map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(
      ['困难群众救助项目', '孤儿基本生活保障项目', '残疾人两项补贴项目'].sort(),
    );
    expect(byName['困难群众救助项目']).toMatchObject({
      budget: '310.5',
      executed: '305.2',
      execution_rate: '98.29',
    });
    expect(byName['残疾人两项补贴项目']).toMatchObject({ budget: '88.6' });
  });
});

describe('projects numbered in the report’s prose, a PDF’s lines broken inside their sentences', () => {
  it('reads each numbered item’s project, its number none of the name', () => {
    const rec = recordOf(
      [
        '某某区档案馆2021年度部门整体支出绩效自评报告',
        '    二、项目支出情况',
        '    1.档案数字化加工经费项目预算 24.00 万元，实际支出 23.46 万元，',
        '执行率 97.75%。',
        '    2.档案库房维护经费项目预算 12.00 万元，实际支出 11.61 万元，',
        '执行率 96.74%。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['档案数字化加工经费项目', '24', '23.46', '97.75'],
      ['档案库房维护经费项目', '12', '11.61', '96.74'],
    ]);
  });
});

describe('a fund headed "X经费绩效自评综述：", its figures in other words', () => {
  it("reads the approved budget and the total spent as the fund's", () => {
    const rec = recordOf(
      [
        '某某市侨联2020年度项目支出绩效自评报告',
        '（一）侨界联谊活动经费绩效自评综述：项目全年预算数30万元，执行数为28.5万元，资金执行率为95%。',
        '（二）归侨侨眷帮扶经费绩效自评综述：项目年预算批复金额为18万元，实际执行资金总额18万元，资金执行率为100%。',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '归侨侨眷帮扶经费')).toMatchObject({
      budget: '18',
      executed: '18',
      execution_rate: '100',
    });
  });
});

describe('key projects under headings of their names alone', () => {
  it('reads the paragraph opening on 该项目 as the project’s, none of its figures as the unit’s', () => {
    const rec = recordOf(
      [
        '某某区水务局2024年度部门决算',
        '本单位2024年度部门整体支出全年预算数9930.40万元,全年执行数9420.34万元,预算执行率94.86%。',
        '本单位2024年度对9个项目开展了绩效自评。重点项目自评结果如下:',
        '(一)小型水库除险加固',
        '该项目年初预算数600.00万元,全年预算数685.60万元,全年执行数641.26万元,预算执行率93.53%。项目完成了3座水库的除险加固。项目自评得分92.30分。',
        '(二)防汛物资储备',
        '该项目年初预算数160.00万元,全年预算数160.00万元,全年执行数148.42万元,预算执行率92.76%。项目自评得分90.50分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score])).toEqual([
      ['小型水库除险加固', '685.6', '641.26', '93.53', '92.3'],
      ['防汛物资储备', '160', '148.42', '92.76', '90.5'],
    ]);
    expect(rec.finance.budget_initial).toBeUndefined();
  });
});

describe('the 决算 template’s review of one project', () => {
  it('reads the project a later sentence of the paragraph reviews, and leaves the unit’s figures alone', () => {
    const rec = recordOf(
      [
        '某某县技工学校2023年度部门决算',
        '十三、预算绩效情况说明',
        '(一)预算绩效管理工作开展情况。本单位组织对2023年度4个项目支出开展绩效自评,涉及一般公共预算当年财政拨款612.40万元,自评覆盖率达到100%。',
        '(二)项目绩效自评结果。实训设备更新经费绩效自评综述:项目全年预算数为300.00万元,执行数为291.50万元,完成预算的97.17%,自评得分94分。',
        '2.部门决算中项目绩效自评结果。校园“安全岛”建设专项:全年预算数120.00万元,执行数118.20万元,完成预算的98.50%,自评得分92分。',
      ].join('\n\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([
      ['实训设备更新经费', '300', '291.5', '97.17', '94'],
      ['校园"安全岛"建设专项', '120', '118.2', '98.5', '92'],
    ]);
    expect(String(rec.finance.project_total)).toBe('612.4');
    expect(rec.overall.budget).toBeUndefined();
    expect(rec.overall.score).toBeUndefined();
  });
});

describe('a report a letter opens, on the project it announces', () => {
  it('reads the project the opening sentence announces, and what was paid out of it', () => {
    const rec = recordOf(
      [
        '某某县巩固拓展脱贫攻坚成果与乡村振兴有效衔接指挥部：',
        '现将2022年某某县东山乡东岳村油茶加工车间建设项目绩效目标自评报告如下：',
        '一、绩效目标分解下达情况',
        '我乡计划在东岳村新建油茶加工车间一处,安排项目资金45万元。',
        '三、绩效目标自评完成情况分析',
        '（一）资金投入情况分析',
        '项目资金共45万元,截止2022年12月20日,已完成拨付40.5万元,执行率90%。',
        '某某县东山乡人民政府',
      ].join('\n\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed].map(String))).toEqual([
      ['某某县东山乡东岳村油茶加工车间建设', '45', '40.5'],
    ]);
  });

  it('names no project after a count of projects', () => {
    const rec = recordOf(
      [
        '某某县指挥部：',
        '现将2024年某某县东山乡两个衔接资金项目绩效目标自评报告如下：',
        '1.2024年某某县东山乡王店村排涝沟渠清淤项目,安排项目资金36万元。',
        '2.2024年某某县东山乡邬楼村产业路建设项目,安排项目资金42万元。',
      ].join('\n\n'),
    );
    expect(rec.projects.map((p) => p.name)).not.toContain('某某县东山乡两个衔接资金项目绩效目标');
    expect(rec.projects.some((p) => /两个/.test(p.name))).toBe(false);
  });
});

describe('projects listed one a paragraph with their funds, in a bureau’s report on its projects', () => {
  it('reads each item, its year before its name, its 财政资金 the budget and its 执行金额 the spending', () => {
    const rec = recordOf(
      [
        '某某县林业和草原局关于2022年度县级预算项目资金绩效自评工作的报告',
        '我局2022年预算安排项目共计27个,财政资金892.16万元。',
        '1、2022年森林防火专项经费,财政资金20.5万元,执行金额17.22万元,执行率84%,自评得分86分。',
        '2、2022年林业有害生物防治经费,财政资金15.26万元,执行金额12.97万元,执行率84.99%,自评得分85.5分。',
      ].join('\n\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([
      ['2022年森林防火专项经费', '20.5', '17.22', '84', '86'],
      ['2022年林业有害生物防治经费', '15.26', '12.97', '84.99', '85.5'],
    ]);
    // The items' rates are theirs, not the bureau's.
    expect(rec.overall.execution_rate).toBeUndefined();
  });
});

describe('projects named after the count of those evaluated and their funds', () => {
  it('reads each named after 其中, the funds stated between', () => {
    const rec = recordOf(
      [
        '某某市体育局2022年度部门决算',
        '本部门对2022年度部门整体支出开展了绩效自评,全年预算数1,860.00万元,执行数1,802.34万元,执行率96.9%,自评得分92分。' +
          '同时对6个项目开展了绩效自评,涉及资金986.20万元,其中:青少年体育训练项目全年预算数120.00万元,执行数114.00万元,执行率95%,自评得分94分。',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([['青少年体育训练项目', '120', '114', '95', '94']]);
  });
});

describe('the classes of spending by function a budget lists', () => {
  it('are no projects', () => {
    const rec = recordOf(
      [
        '某某县市场监督管理局2023年度部门预算',
        '2023年度一般公共预算拨款支出1,120.00万元,比上年预算增加64.00万元,增长6.06%,主要是食品安全抽检专项资金增加。其中:一般公共服务支出980.00万元;社会保障和就业支出86.00万元;卫生健康支出30.00万元;住房保障支出24.00万元。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([]);
  });
});

describe('main projects listed after the first one’s clause', () => {
  it('reads each of them, not the first alone', () => {
    const rec = recordOf(
      [
        '某某县林业局2023年度部门整体支出绩效自评报告',
        '2023年项目支出预算520.00万元。主要项目有:国有林场管护项目预算260.00万元,森林防火项目预算72.00万元,古树名木保护项目预算30.00万元。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, String(p.budget)])).toEqual([
      ['国有林场管护项目', '260'],
      ['森林防火项目', '72'],
      ['古树名木保护项目', '30'],
    ]);
  });
});

describe('a fund’s own report annexed to a town’s 决算', () => {
  it('gives what it states to the fund, named with its half-year', () => {
    const rec = recordOf(
      [
        '某某镇人民政府2023年度部门决算',
        '本部门对1个项目开展了绩效目标完成情况自评,评价情况详见附件。',
        '附件2',
        '2023年下半年村级道路养护资金专项预算绩效自评报告',
        '一、项目基本情况',
        '区财政局下达我镇2023年下半年村级道路养护资金16.00万元,用于村道坑槽修补。',
        '二、资金使用情况',
        '截至2023年12月31日,该项目实际支出15.20万元,预算执行率95%。',
        '三、自评结论',
        '该项目自评得分93分。',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([['2023年下半年村级道路养护资金', '16', '15.2', '95', '93']]);
  });
});

describe('projects as numbered sections, each with numbered sub-items', () => {
  it('reads each section’s figures as its project’s', () => {
    const rec = recordOf(
      [
        '某某镇中心小学2019年度项目支出绩效自评报告',
        '二、项目绩效自评情况',
        '(一)学生资助资金',
        '1.资金情况。该项目全年预算9.6万元,实际支出9.6万元,预算执行率100%。',
        '2.自评结果。经自评,该项目得分95分。',
        '(二)校舍维修改造工程',
        '1.资金情况。该项目全年预算30万元,实际支出28.5万元,预算执行率95%。',
        '2.自评结果。经自评,该项目得分91分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score].map(String))).toEqual([
      ['学生资助资金', '9.6', '9.6', '95'],
      ['校舍维修改造工程', '30', '28.5', '91'],
    ]);
  });
});

describe('projects the opening lists, each then a top-level section', () => {
  it('reads each section’s figures as its project’s', () => {
    const rec = recordOf(
      [
        '某某县农业农村局2022年县直发展项目绩效自评价报告',
        '2022年,我单位共有两个县直发展项目,分别为农机购置县级补贴资金、村庄保洁经费。',
        '一、农机购置县级补贴资金',
        '(一)项目资金使用情况',
        '2022年该项目预算安排300.00万元,资金全部到位,实际支出288.00万元,预算执行率96.00%。',
        '(二)自评结论',
        '经自评,该项目综合得分94分。',
        '二、村庄保洁经费',
        '(一)项目资金使用情况',
        '2022年该项目预算安排60.00万元,资金全部到位,实际支出60.00万元,预算执行率100.00%。',
        '(二)自评结论',
        '经自评,该项目综合得分96分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score].map(String))).toEqual([
      ['农机购置县级补贴资金', '300', '288', '94'],
      ['村庄保洁经费', '60', '60', '96'],
    ]);
  });
});

describe('budgets called 预算调整数 and scores called 评分', () => {
  it('reads them for the unit and for its projects', () => {
    const rec = recordOf(
      [
        '某某旗某某镇人民政府2022年度部门整体支出绩效自评报告',
        '2022年度部门整体支出年初预算数980.00万元，预算调整数1,060.40万元，实际支出数1,031.20万元，预算执行率97.25%。',
        '5.重点项目',
        '（1）镇区道路养护资金，预算调整数120.00万元，实际支出数117.60万元，预算执行率98.00%，评分93分；',
        '（2）农村饮水维修资金，预算调整数45.00万元，实际支出数43.20万元，预算执行率96.00%，评分90分。',
      ].join('\n'),
    );
    expect(String(rec.overall.budget)).toBe('1060.4');
    expect(rec.projects.map((p) => [p.name, p.budget, p.score].map(String))).toEqual([
      ['镇区道路养护资金', '120', '93'],
      ['农村饮水维修资金', '45', '90'],
    ]);
  });
});

describe('a section heading run into its first project’s clause', () => {
  it('is none of the project’s name, so the first project is read like the next', () => {
    const r = recordOf(
      [
        '某某县水利局2022年度部门整体支出绩效自评报告',
        '四、部门整体支出绩效自评得分92分。五、项目支出绩效自评情况 小型水库维修资金全年预算180.00万元,执行172.80万元,执行率96.00%,自评得分94分;河道保洁经费全年预算60.00万元,执行60.00万元,执行率100.00%,自评得分97分。',
      ].join('\n'),
    );
    const p = r.projects.find((x) => x.name === '小型水库维修资金');
    expect([p?.budget, p?.executed, p?.execution_rate, p?.score].map(String)).toEqual([
      '180',
      '172.8',
      '96',
      '94',
    ]);
  });
});
