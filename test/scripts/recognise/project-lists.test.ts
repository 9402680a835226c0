// Projects a sentence lists with their figures (project-lists.ts); the rest of the list readers are
// exercised through whole reports in project-prose.test.ts.
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

describe('projects a report labels by number', () => {
  it('gives each label’s score to the project the label stands for', () => {
    const rec = recordOf(
      [
        '某某县科学技术协会2022年度项目支出绩效单位自评报告',
        '项目1:基层科普行动项目根据上级文件设立。',
        '项目2:科普日活动经费项目根据活动方案设立。',
        '项目1:基层科普行动项目预算资金15万元,实际支出15万元,预算执行率100%。',
        '项目2:科普日活动经费项目预算资金4.8万元,实际支出4.32万元,预算执行率90%。',
        '经自评,项目1得分95分,项目2得分92分,评价等级均为优。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['基层科普行动项目', '15', '15', '95'],
      ['科普日活动经费项目', '4.8', '4.32', '92'],
    ]);
  });
});

describe('the items a fund was allotted to, numbered after 用于以下项目', () => {
  it('gives each item its amount, and the fund the report is about its whole and the unit’s figures', () => {
    const rec = recordOf(
      [
        '某某县残疾人联合会2019年残疾人事业专项资金项目绩效评价报告',
        '一、项目基本情况',
        '我县2019年州财政资金下达8.6万元,用于以下项目:1、残疾人康复救助4.2万元,2、残疾人职业技能培训2.4万元,3、无障碍改造2万元。',
        '截至2019年12月31日,已支出8.6万元,支出率100%。',
        '经综合评价,2019年残疾人事业专项资金项目自评得分94分。',
      ].join('\n'),
    );
    expect(
      rec.projects.filter((p) => p.name !== '残疾人事业专项资金').map((p) => [p.name, p.budget]),
    ).toEqual([
      ['残疾人康复救助', '4.2'],
      ['残疾人职业技能培训', '2.4'],
      ['无障碍改造', '2'],
    ]);
    expect(rec.overall).toMatchObject({ budget: '8.6', executed: '8.6', execution_rate: '100', score: '94' });
  });

  it('takes no classes of spending for projects ("主要用于以下方面:一般公共服务(类)支出…")', () => {
    const rec = recordOf(
      [
        '某某县人民政府办公室2020年度部门决算',
        '2020年一般公共预算财政拨款支出850.18万元,主要用于以下方面:一般公共服务(类)支出712.91万元,占83.85%;社会保障和就业(类)支出78.15万元,占9.19%。',
      ].join('\n'),
    );
    expect(rec.projects).toEqual([]);
  });
});

describe('projects counted, then listed with their funds after 即', () => {
  it('gives each its budget, and the sum after them as the projects’ total', () => {
    const rec = recordOf(
      [
        '某某县档案馆2022年度部门决算',
        '2022年共安排支出项目3个,即档案数字化加工经费42万元、馆藏档案修复经费13.5万元、档案安全巡检经费4万元,共59.5万元,具体项目情况说明如下:',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([
      ['档案数字化加工经费', '42'],
      ['馆藏档案修复经费', '13.5'],
      ['档案安全巡检经费', '4'],
    ]);
    expect(rec.finance.project_total).toBe('59.5');
  });

  it('takes no total that is not the items’ sum', () => {
    const rec = recordOf(
      [
        '某某县档案馆2022年度部门决算',
        '2022年共安排支出项目3个,即档案数字化加工经费42万元、馆藏档案修复经费13.5万元,共59.5万元。',
      ].join('\n'),
    );
    expect(rec.projects).toHaveLength(2);
    expect(rec.finance.project_total).toBeUndefined();
  });
});

describe('the tasks a pooled fund was split into, listed after its total', () => {
  const report = (parts: string) =>
    recordOf(
      [
        '填报单位名称:某某县涉农资金统筹整合领导小组办公室',
        '一、涉农资金分配使用总体情况',
        `2022年我县统筹整合省级涉农资金1200万元,其中:${parts}。截至2022年12月31日,已支出1140万元,支出进度95%。`,
        '二、绩效自评结果',
        '经综合评价,我县涉农资金统筹整合区域绩效自评得分92分。',
      ].join('\n'),
    );

  it('makes each task a project with its amount, and the total and spending the office’s', () => {
    const rec = report('耕地地力保护700万元,村庄清洁行动320.5万元,水产养殖尾水治理179.5万元');
    expect(rec.projects.map((p) => [p.name, String(p.budget)])).toEqual([
      ['耕地地力保护', '700'],
      ['村庄清洁行动', '320.5'],
      ['水产养殖尾水治理', '179.5'],
    ]);
    expect([rec.overall.budget, rec.overall.executed, rec.overall.execution_rate].map(String)).toEqual([
      '1200',
      '1140',
      '95',
    ]);
  });

  it('reads no tasks where the parts are the fund’s sources, or do not add up to it', () => {
    expect(report('中央资金800万元,省级资金400万元').projects).toEqual([]);
    expect(report('耕地地力保护700万元,村庄清洁行动320.5万元').projects).toEqual([]);
    expect(report('省级补助900万元,县级配套300万元').projects).toEqual([]);
  });

  it('keeps the parts of a report’s own project its own: the project’s budget is the whole', () => {
    const rec = recordOf(
      [
        '某某县住房和城乡建设局2022年度农村人居环境整治资金项目绩效评价报告',
        '一、项目基本情况',
        '2022年度,县财政共安排该单位农村人居环境整治资金860万元,其中:农村改厕奖补资金500万元,村庄保洁经费360万元。',
        '截至2022年底,实际支出842.8万元,预算执行率98%。经评价,该项目综合得分93分。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, String(p.budget)])).toEqual([['农村人居环境整治资金', '860']]);
  });
});

describe('projects listed each with its figures in brackets', () => {
  it('gives each its budget and spending', () => {
    const rec = recordOf(
      [
        '某某县水利局2024年度部门整体支出绩效自评报告',
        '2024年项目实际支出312.40万元,预算执行率93.2%,主要用于:小型水库维修养护项目(预算120.00万元,实际支出116.80万元)、农村供水水质检测项目(预算26.00万元,实际支出26.00万元)。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed].map(String))).toEqual([
      ['小型水库维修养护项目', '120', '116.8'],
      ['农村供水水质检测项目', '26', '26'],
    ]);
  });
});
