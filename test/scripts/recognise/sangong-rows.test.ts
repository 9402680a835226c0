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
