// " | " rows broken over lines, joined to their header's width (broken-rows.ts), and the 决算 table
// read from them; the unit named in the table's heading line ("部门:X学院").
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

const STATEMENT = [
  '二、部门决算单位构成',
  '学校为某某省教育厅所属高校,2018年度部门决算仅含学校本级决算。',
  '收入支出决算总表',
  '| 公开01表 |',
  '部门:安徽某某职业技术学院 |',
  '|',
  '| 金额单位:万元 | |',
  '项目 | 行次 | 金额 | 项目 | 行次 | 金额 |',
  '一、财政拨款收入 | 1 | 8,120.40 | 一、一般公共服务支出 | 35 |',
  '|',
  '其中:政府性基金预算财政拨款 | 2 |',
  '| 二、外交支出 | 36 |',
  '|',
  '三、事业收入 | 4 | 3,015.60 | 五、教育支出 | 39 | 11,020.00 |',
  '| 8 |',
  '| 八、社会保障和就业支出 | 42 | 310.50 |',
  '| 9 |',
  '| 九、医疗卫生与计划生育支出 | 43 |',
  '|',
  '本年收入合计 | 30 | 11,136.00 | 本年支出合计 | 60 | 11,330.50 |',
  '用事业基金弥补收支差额 | 31 |',
  '| 结余分配 | 61 |',
  '|',
  '年初结转和结余 | 32 | 702.30 | 年末结转和结余 | 62 | 507.80 |',
  '总计 | 34 | 11,838.30 | 总计 | 64 | 11,838.30 |',
  '注:本表反映部门本年度的总收支和年末结转结余情况。',
];

describe('a 决算 table whose rows broke over lines', () => {
  it('joins each row to the header’s width and reads its figures, not the 行次', () => {
    const rec = recordOf(STATEMENT.join('\n'));
    expect(rec.finance).toMatchObject({
      fiscal_appropriation: '8120.4',
      income_total: '11136',
      expenditure_total: '11330.5',
      carryover_begin: '702.3',
      carryover_end: '507.8',
    });
  });

  it('names the unit from the table’s 部门 line, a province’s institution by its short name', () => {
    const rec = recordOf(STATEMENT.join('\n'));
    expect(rec.unit).toMatchObject({ name: '安徽某某职业技术学院', province: '安徽省' });
  });
});
