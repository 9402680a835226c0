// The funding block's header (funding-header.ts): found wherever its column words stand in the cells.
import { describe, expect, it } from 'vitest';
import type { StreamCell } from '../../../scripts/recognise/cells';
import { headerAt } from '../../../scripts/recognise/funding-header';

const cells = (labels: string[]): StreamCell[] =>
  labels.map((label, k) => ({ raw: label, text: label, label, loc: { line: k + 1 } }));

describe('headerAt', () => {
  it('reads three column words in a row', () => {
    expect(headerAt(cells(['全年预算数', '全年执行数', '执行率', '得分']), 0)?.columns).toEqual([
      'budget',
      'executed',
      'rate',
      'score',
    ]);
  });

  it('stops at the end of a document cut after a header’s blank cells, without failing', () => {
    expect(() => headerAt(cells(['预算数', '执行数', '执行率', '', '']), 0)).not.toThrow();
    expect(headerAt(cells(['预算数', '执行数', '执行率', '', '']), 0)?.columns).toEqual([
      'budget',
      'executed',
      'rate',
    ]);
  });
});
