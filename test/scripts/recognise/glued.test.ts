// Forms a PDF or a document site ran together (glued.ts, cut into cells by cells.ts).
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { cellStream } from '../../../scripts/recognise/cells';
import { recordOf } from './helpers';

describe('a project report form run together with the prose of its cells', () => {
  it('is cut at its head’s words, and its project, funds, score and grade read', () => {
    const rec = recordOf(
      [
        '2021年项目绩效自评报告表(实施单位用)填报单位:某某县中心卫生院填报日期:2022年4月6日基本情况项目名称' +
          '急救设备更新项目项目主要内容更新除颤仪、呼吸机等急救设备,提升院前急救能力。项目单位县中心卫生院' +
          '主管部门县卫生健康局单位负责人张某项目负责人李某项目属性□经常性√一次性资金总额及构成总额240万元,' +
          '其中:中央150万元;市级财政90万元。项目起止时间2021年3月起至2021年11月止',
        '是否实行国库集中支付√是□否资金使用情况到位资金240万元实际支出228万元预算执行率95%结余资金12万元' +
          '为采购节约资金绩效目标完成情况更新设备9台全部投入使用。自评结论自评得分91分评价等级优存在问题无。',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([['急救设备更新项目', '240', '228', '95', '91']]);
    expect(rec.overall.grade).toBe('优秀');
  });

  it('leaves prose whose headings ran into it as one piece: no form head is glued in it', () => {
    const text =
      '1、项目绩效自评报告自评得分93分绩效目标完成情况执行率情况文物保护专项经费预算48万元,实际支出45.6万元,' +
      '执行率95%。完成的绩效目标:完成文物巡查120次,修缮文物点3处。存在的问题和原因:部分修缮工程因雨季推迟。' +
      '下一步拟改进措施:合理安排工期。';
    const blocks = readText('case.txt', Buffer.from(text, 'utf8')).blocks;
    expect(cellStream(blocks).map((c) => c.text)).toHaveLength(1);
  });
});

describe('a transfer payment’s form glued after its report', () => {
  it('ends the fund’s name at 中央主管部门, and takes no project from the report’s opening words', () => {
    const rec = recordOf(
      [
        '某某县文化广电体育和旅游局关于2022年度中央转移支付专项资金绩效自评的报告',
        '现将中央补助地方美术馆免费开放资金2022年度绩效自评报告公开如下:一、绩效目标分解下达情况上级下达我县资金60万元。' +
          '二、资金投入情况截至2022年12月31日,实际支出57万元,预算执行率95%,绩效目标自评表(2022年度)' +
          '转移支付(项目)名称美术馆免费开放资金中央主管部门文化和旅游部地方主管部门某某县文化广电体育和旅游局' +
          '资金使用单位某某县文化广电体育和旅游局资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)' +
          '年度资金总额:605795%其中:中央财政资金605795%地方资金其他资金总体目标完成情况',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed].map(String))).toEqual([
      ['美术馆免费开放资金', '60', '57'],
    ]);
  });
});

describe('a table’s label cell wrapped onto a line of its own, a cell a line', () => {
  it('is one cell with the rest of its word', () => {
    const rec = recordOf(
      [
        '某某县实验中学2023年度一般公共预算财政拨款“三公”经费支出决算公开',
        '一、2023年度一般公共预算财政拨款“三公”经费支出决算表',
        '单位:万元',
        '',
        '4.00',
        '',
        '3.61',
        '',
        '因公出国(境)费',
        '',
        '0.00',
        '',
        '0.00',
        '',
        '公务接待费',
        '',
        '0.90',
        '',
        '0.75',
        '',
        '公务用车购置及运行维护',
        '',
        '费',
        '',
        '3.10',
        '',
        '2.86',
        '',
        '其中:公务用车购置费',
        '',
        '0.00',
        '',
        '0.00',
        '',
        '公务用车运行维护费',
        '',
        '3.10',
        '',
        '2.86',
      ].join('\n'),
    );
    expect(rec.sangong).toMatchObject({ vehicle_operation: '2.86', budget_vehicle_operation: '3.1' });
  });
});
