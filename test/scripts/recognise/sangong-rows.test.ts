// A 三公 决算表 that lost its header, one cell a line (sangong-rows.ts).
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

const table = (total: string[], rows: [string, string, string][]) =>
  [
    '某某县师范学校2022年度一般公共预算财政拨款“三公”经费支出决算公开',
    '一、2022年度一般公共预算财政拨款“三公”经费支出决算表',
    '单位:万元',
    ...total,
    ...rows.flat(),
    '注:预算数为调整后的全年预算数;决算数是实际支出。',
  ].join('\n\n');

describe('a 三公 决算表 with its header lost', () => {
  it('reads 预算数 then 决算数, the unlabelled pair before the items the 合计', () => {
    const rec = recordOf(
      table(
        ['2.80', '2.45'],
        [
          ['因公出国(境)费', '0.00', '0.00'],
          ['公务接待费', '1.60', '1.38'],
          ['公务用车购置及运行维护费', '1.20', '1.07'],
          ['其中:公务用车购置费', '0.00', '0.00'],
          ['公务用车运行维护费', '1.20', '1.07'],
        ],
      ),
    );
    expect(rec.sangong).toMatchObject({
      budget: '2.8',
      total: '2.45',
      budget_reception: '1.6',
      reception: '1.38',
      budget_vehicle_operation: '1.2',
      vehicle_operation: '1.07',
    });
  });

  it('takes nothing where the columns do not add up', () => {
    const rec = recordOf(
      table(
        ['9.99', '2.45'],
        [
          ['因公出国(境)费', '0.00', '0.00'],
          ['公务接待费', '1.60', '1.38'],
          ['公务用车购置及运行维护费', '1.20', '1.07'],
        ],
      ),
    );
    expect(rec.sangong?.budget_reception).toBeUndefined();
  });
});

describe('a 三公 table whose two-row header was flattened into one, with its 行次 row and rows named by year', () => {
  const cells = [
    '(单位:万元)',
    '三公经费项目',
    '合计',
    '因公出国(境)费',
    '公务用车购置及运行费',
    '公务接待费',
    '小计',
    '公务用车购置费',
    '公务用车运行费',
    '行次',
    ...['1', '2', '3', '4', '5', '6'],
    '2020年度预算数',
    ...['9.40', '0.00', '6.40', '2.00', '4.40', '3.00'],
    '2020年度决算数',
    ...['8.15', '0.00', '5.90', '1.80', '4.10', '2.25'],
    '2019年度决算数',
    ...['7.60', '0.00', '4.95', '0.00', '4.95', '2.65'],
  ];

  it('puts the vehicle parts under the vehicle item, skips the column numbers and reads last year’s total', () => {
    const rec = recordOf(
      ['某某县林业局2020年“三公”经费决算情况说明', ...cells.map((c) => `${c} |`)].join('\n'),
    );
    expect(rec.sangong).toMatchObject({
      budget: '9.4',
      budget_vehicle_purchase: '2',
      budget_vehicle_operation: '4.4',
      budget_reception: '3',
      total: '8.15',
      vehicle_purchase: '1.8',
      vehicle_operation: '4.1',
      reception: '2.25',
      prev_total: '7.6',
    });
  });
});

describe('a header row of 预算数 | 决算数 pairs with another table’s figure at its end', () => {
  it('takes that figure for no 三公 amount', () => {
    const rec = recordOf(
      [
        '某某区档案局2017年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表',
        '单位:万元',
        '合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | 机关运行经费决算数 |',
        '预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 86.42 |',
        '2017年度“三公”经费财政拨款支出年初预算为12.00万元,支出决算为7.35万元,完成预算的61.25%。',
      ].join('\n'),
    );
    expect(rec.sangong.total).toBe('7.35');
  });
});

describe('a 三公 table whose vehicle row states the combined figure', () => {
  it('reads the combined budget beside the combined spending, and a part stated as not budgeted', () => {
    const rec = recordOf(
      [
        '某某县市场监督管理局2020年度“三公”经费决算公开',
        '单位:万元',
        '项目 | 预算数 | 决算数',
        '合计 | 32 | 29.87',
        '公务接待费 | 6 | 4.65',
        '公务用车购置及运行维护费 | 26 | 25.22',
        '1.因公出国(境)费支出0万元,2020年度未安排因公出国(境)预算。',
      ].join('\n'),
    );
    expect([rec.sangong.budget_vehicle_total, rec.sangong.vehicle_total, rec.sangong.budget_abroad]).toEqual([
      '26',
      '25.22',
      '0',
    ]);
  });
});

describe('the vehicle purchase tax', () => {
  it('is no 公务用车购置: its 收入补助地方资金 spent is a transfer payment’s', () => {
    const rec = recordOf(
      [
        '某某县交通运输局2023年度车购税收入补助地方资金绩效自评报告',
        '截至2023年12月31日,车辆购置税收入补助地方资金已支出612.4万元,预算执行率95.12%。',
      ].join('\n'),
    );
    expect(rec.sangong.vehicle_purchase).toBeUndefined();
  });
});
