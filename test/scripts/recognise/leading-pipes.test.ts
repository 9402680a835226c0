// Rows whose first cell stands alone on a line and whose further cells open with "| ".
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { leadingPipeRows } from '../../../scripts/recognise/leading-pipes';

const para = (lines: string[]): Block[] =>
  lines.map((text, i) => ({ kind: 'paragraph', text, loc: { line: i + 1 } }));
const grid = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : b.text));

describe('leadingPipeRows', () => {
  it('joins each row, its wrapped cells and a wrapped first cell; an empty cell inside a row stays', () => {
    const out = leadingPipeRows(
      para([
        '2.资金使用',
        '绩效',
        '指标',
        '| 一级指标',
        '|',
        '项目名称',
        '| 资金到位',
        '情况',
        '| 实际支出',
        '|',
        '村道养护项目',
        '| 36万元',
        '| 33.84万元',
        '| ||',
        '合计',
        '|',
        '| 33.84万元',
        '|',
        '三、项目实施情况',
      ]),
    );
    expect(grid(out)).toEqual([
      '2.资金使用',
      [
        ['绩效指标', '一级指标'],
        ['项目名称', '资金到位情况', '实际支出'],
        ['村道养护项目', '36万元', '33.84万元'],
        ['合计', '', '33.84万元'],
      ],
      '三、项目实施情况',
    ]);
  });

  it('leaves other flattenings alone: cells ending in " |", rows holding pipes, a lone row', () => {
    const ragged = para([
      '年度资金总额 |',
      '| 512000.00 | 538462.35 |',
      '其中:当年财政拨款 |',
      '| 512000.00 | 538462.35 |',
    ]);
    expect(leadingPipeRows(ragged)).toEqual(ragged);
    const lone = para(['项目名称', '| 实际支出', '|', '正文。']);
    expect(leadingPipeRows(lone)).toEqual(lone);
  });
});
