// Facts stated in sentences (sentences.ts, sentence-parts.ts, fields.ts).
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

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
