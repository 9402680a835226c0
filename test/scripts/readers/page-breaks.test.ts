// Page numbers left between the halves of a cut sentence (page-breaks.ts).
import { describe, expect, it } from 'vitest';
import {
  joinAcrossPageNumbers,
  joinPreviewChunks,
  joinWrappedPipeRows,
} from '../../../scripts/readers/page-breaks';

describe('joinAcrossPageNumbers', () => {
  it('drops a page number that cut a sentence, and joins its halves', () => {
    expect(
      joinAcrossPageNumbers([
        '2019年茶产业品牌推广专项市级财政实际到位资金180万元,具体补',
        '',
        '2',
        '',
        '助安排如下:(1)展会补助60万元。',
      ]),
    ).toEqual(['2019年茶产业品牌推广专项市级财政实际到位资金180万元,具体补助安排如下:(1)展会补助60万元。']);
  });

  it('leaves a number that is a table’s cell, or follows a finished sentence', () => {
    const cells = ['年度资金总额', '', '1', '', '执行率'];
    expect(joinAcrossPageNumbers(cells)).toEqual(cells);
    const ended = [
      '资金已全部拨付到位,专账核算,未发现挤占挪用。',
      '',
      '3',
      '',
      '二、绩效目标完成情况,逐项说明如下。',
    ];
    expect(joinAcrossPageNumbers(ended)).toEqual(ended);
  });
});

describe('joinWrappedPipeRows', () => {
  it('puts a figure that wrapped to its own pipe line back at the end of its row', () => {
    expect(
      joinWrappedPipeRows([
        '| 一级指标 | 二级指标 | 三级指标 | 得分 |',
        '| 决策(20分) | 目标(10分) | 相关性(5分) |',
        '| 5 |',
        '| 合理性(5分) |',
        '| 4.5 ||',
      ]),
    ).toEqual([
      '| 一级指标 | 二级指标 | 三级指标 | 得分 |',
      '| 决策(20分) | 目标(10分) | 相关性(5分) | 5 |',
      '| 合理性(5分) | 4.5 |',
    ]);
  });

  it('leaves a single one-figure row alone', () => {
    const lines = ['| 项目 | 金额 |', '| 合计 |', '| 100 |', '| 说明 | 无 |'];
    expect(joinWrappedPipeRows(lines)).toEqual(lines);
  });
});

describe('joinPreviewChunks', () => {
  const filler = (n: number) => ' 指标 2.00 1.50'.repeat(n);
  it('joins a document site’s numbered chunks where each was cut inside a word or a figure', () => {
    const lines = [
      '资源描述',
      '',
      `1、2020 年度项目绩效再评价评分表 项目名称 乡村公路养护经费${filler(12)} 工程变更合规性 2.50 2`,
      '',
      `2、.50 资金节约率 2.50 2.00${filler(12)} 合计 100.00 86.50 项目名`,
      '',
      `3、称 农村客运站运营补贴${filler(12)}`,
    ];
    const out = joinPreviewChunks(lines);
    expect(out).toHaveLength(3);
    expect(out[2]).toContain('工程变更合规性 2.50 2.50 资金节约率');
    expect(out[2]).toContain('项目名称 农村客运站运营补贴');
    expect(out[2]).not.toMatch(/^1、/);
  });

  it('joins chunks written one a line, with no blank line between them', () => {
    const lines = [
      `1、2022年度财政项目绩效自评表${filler(12)} 项目名称 老旧小`,
      `2、区改造配套经费 主管部门 某某市住房和城乡建设局${filler(12)} 效益指标 社会`,
      `3、效益 受益居民户数${filler(12)}`,
    ];
    const out = joinPreviewChunks(lines);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('项目名称 老旧小区改造配套经费 主管部门');
    expect(out[0]).toContain('社会效益 受益居民户数');
  });

  it('leaves a numbered list of paragraphs that end their sentences, and two chunks, alone', () => {
    const items = [1, 2, 3].map((n) => `${n}、${'项目资金按计划拨付到位,专款专用。'.repeat(10)}`);
    expect(joinPreviewChunks(items)).toEqual(items);
    const two = [`1、${'评分表 指标 2.00'.repeat(20)}`, '', `2、${'.50 指标 2.00'.repeat(20)}`];
    expect(joinPreviewChunks(two)).toEqual(two);
  });
});
