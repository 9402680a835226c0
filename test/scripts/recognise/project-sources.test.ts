// Projects from the tables that state them (project-sources.ts).
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

describe('an allocation table of projects', () => {
  it('reads each row’s 金额 as the project’s budget and the 合计 as their funds, the table flattened one cell per line', () => {
    const cells = [
      ['序号', '乡镇名称', '项目名称', '金额', '备注'],
      ['1', '东山镇', '东山村灌溉渠道修复', '18', ''],
      ['2', '西岭乡', '西岭村山塘清淤', '12.5', '续建'],
    ];
    const rec = recordOf(
      [
        '某某县水利局',
        '附件1',
        '2022年省级水利专项资金安排表',
        '单位:万元',
        ...cells.flat().map((c) => (c ? `${c} |` : '|')),
        // The total row lost its merged cells: its one figure stands under 金额.
        '合计 |',
        '30.5 |',
        '附件2',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '东山村灌溉渠道修复', budget: '18' },
      { name: '西岭村山塘清淤', budget: '12.5' },
    ]);
    expect(rec.finance.project_total).toBe('30.5');
  });
});

describe('a list of funds with their usage', () => {
  it('reads 资金使用率 as the execution rate, not 项目完成率', () => {
    const rec = recordOf(
      [
        '某某县卫生健康局2019年度专项资金绩效自评报告',
        '单位:万元',
        '项目名称 | 预算金额(万元) | 实际支出(万元) | 资金使用率 | 项目完成率 |',
        '基本公共卫生服务补助资金 | 280 | 270 | 96.43% | 100% |',
        '计划生育奖励扶助资金 | 64 | 64 | 100% | 98% |',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '基本公共卫生服务补助资金', budget: '280', executed: '270', execution_rate: '96.43' },
      { name: '计划生育奖励扶助资金', budget: '64', executed: '64', execution_rate: '100' },
    ]);
  });
});

describe('a rate column', () => {
  it('takes a rate written with its per cent sign, in the cell or the header, not a figure slid over from an amount', () => {
    const table = (rateHeader: string, rate: string) =>
      recordOf(
        [
          '某某县财政局2020年度专项资金绩效自评结果',
          '单位:万元',
          `项目名称 | 预算金额 | 实际支出 | ${rateHeader} |`,
          `东山村道路硬化项目 | 100 | 90 | ${rate} |`,
          `西岭村饮水改造项目 | 50 | 50 | ${rate} |`,
        ].join('\n'),
      ).projects.map((p) => p.execution_rate);
    expect(table('执行率(%)', '90')).toEqual(['90', '90']);
    expect(table('执行率', '90%')).toEqual(['90', '90']);
    expect(table('执行率', '120')).toEqual([undefined, undefined]);
  });
});

describe('a budget system’s export of a unit’s project results', () => {
  const rows = [
    '预算年度\t单位名称\t项目名称\t年初预算数(万元)\t全年预算数(万元)\t全年执行数(万元)\t执行率\t自评得分',
    '2022\t某某县水利局\t饮水安全维修养护经费\t120.00\t136.80\t130.26\t95.22%\t94.5',
  ];

  it('takes 全年预算数 as the budget, not 年初预算数, and no year for an amount', () => {
    const rec = recordOf(
      [
        '某某县水利局2022年度项目支出绩效自评结果公开',
        ...rows,
        '2022\t某某县水利局\t防汛物资储备经费\t35.00\t35.00\t31.85\t91.00%\t90',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '饮水安全维修养护经费', budget: '136.8', executed: '130.26', execution_rate: '95.22' },
      { name: '防汛物资储备经费', budget: '35', executed: '31.85' },
    ]);
    expect(rec.overall.budget).toBeUndefined();
  });

  it('gives the unit the figures of its one project', () => {
    const rec = recordOf(['某某县水利局2022年度项目支出绩效自评结果公开', ...rows].join('\n'));
    expect(rec.overall).toMatchObject({ budget: '136.8', executed: '130.26', score: '94.5' });
  });
});
