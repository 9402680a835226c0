// Layout analysis of a PDF page on hand-placed text runs and rules (points, y down the page):
// line grouping with the CJK baseline offset, ruled grids with merges, unruled columns, wrapped
// prose, page numbers, tables continued on the next page.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { unreadableShare } from '../../../scripts/readers/pdf';
import { dropRunningHeads, joinPageTables } from '../../../scripts/readers/pdf-across-pages';
import { layoutPage, type PageContent } from '../../../scripts/readers/pdf-layout';
import type { HRule, VRule } from '../../../scripts/readers/pdf-ruled-tables';
import { splitSpacedRuns, type TextRun } from '../../../scripts/readers/pdf-text-lines';

const SIZE = 10;
/** A run of text at (x, baseline y), 10 pt, each character 10 pt wide (5 pt for ASCII). */
const run = (str: string, x: number, y: number): TextRun => ({
  str,
  x,
  y,
  size: SIZE,
  w: [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 5 : 10), 0),
});

const page = (
  runs: TextRun[],
  hRules: HRule[] = [],
  vRules: VRule[] = [],
  extra: Partial<PageContent> = {},
): PageContent => ({
  page: 1,
  height: 842,
  runs,
  hRules,
  vRules,
  ...extra,
});

const cells = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table.rows.map((r) => r.cells.map((c) => c.text))] : []));
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** Rules of a full grid: rows between ys, columns between xs. */
function gridRules(xs: number[], ys: number[]): { h: HRule[]; v: VRule[] } {
  return {
    h: ys.map((y) => ({ y, x0: xs[0]!, x1: xs[xs.length - 1]! })),
    v: xs.map((x) => ({ x, y0: ys[0]!, y1: ys[ys.length - 1]! })),
  };
}

describe('layoutPage', () => {
  it('puts CJK text 2 pt below the digits into the same table row', () => {
    const { h, v } = gridRules([50, 150, 250], [100, 120, 140]);
    const blocks = layoutPage(
      page(
        [run('预算数', 55, 115), run('906.09', 155, 113), run('执行数', 55, 135), run('850.00', 155, 133)],
        h,
        v,
      ),
    );
    expect(cells(blocks)).toEqual([
      [
        ['预算数', '906.09'],
        ['执行数', '850.00'],
      ],
    ]);
    const table = blocks[0]!;
    // Both runs of a row share one line number: the digits 2 pt higher did not start a new line.
    expect(table.kind === 'table' && table.table.rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reads a missing inner rule as a merged cell: text repeated, span on the origin', () => {
    const h: HRule[] = [
      { y: 100, x0: 50, x1: 350 },
      { y: 120, x0: 150, x1: 350 }, // no rule under the first column: it spans two rows
      { y: 140, x0: 50, x1: 350 },
    ];
    const v: VRule[] = [
      { x: 50, y0: 100, y1: 140 },
      { x: 150, y0: 100, y1: 140 },
      { x: 250, y0: 120, y1: 140 }, // only in the second row: the first row's header spans two columns
      { x: 350, y0: 100, y1: 140 },
    ];
    const blocks = layoutPage(
      page(
        [run('项目', 55, 125), run('预算执行', 155, 115), run('预算数', 155, 135), run('执行数', 255, 135)],
        h,
        v,
      ),
    );
    expect(cells(blocks)).toEqual([
      [
        ['项目', '预算执行', '预算执行'],
        ['项目', '预算数', '执行数'],
      ],
    ]);
    const table = blocks[0]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.table.rows[0]!.cells[0]).toMatchObject({ rowSpan: 2 });
    expect(table.table.rows[0]!.cells[1]).toMatchObject({ colSpan: 2 });
  });

  it('joins the lines of a wrapped cell without a space between CJK characters', () => {
    const { h, v } = gridRules([50, 150, 250], [100, 140]);
    const blocks = layoutPage(
      page([run('资金使用', 55, 115), run('合规性', 55, 130), run('8', 155, 122)], h, v),
    );
    expect(cells(blocks)).toEqual([[['资金使用合规性', '8']]]);
  });

  it('builds a table from columns that line up across lines when there are no rules', () => {
    const lines = [
      ['项目', '预算数', '执行数'],
      ['基本支出', '700.00', '690.50'],
      ['项目支出', '300.00', '215.59'],
    ];
    const runs = lines.flatMap((row, i) => row.map((t, c) => run(t, 50 + c * 120, 100 + i * 16)));
    const blocks = layoutPage(page([run('一、部门整体支出情况', 50, 80), ...runs]));
    expect(texts(blocks)).toEqual(['一、部门整体支出情况']);
    expect(cells(blocks)).toEqual([lines]);
  });

  it('joins a prose line that reaches the right edge with the next, but not before a numbered heading', () => {
    const right = 50 + 40 * SIZE;
    const blocks = layoutPage(
      page(
        [
          run('本'.repeat(40), 50, 100),
          run('年支出906.09万元。', 50, 114),
          run('全'.repeat(39) + '。', 50, 128),
          run('（二）项目支出情况', 50, 142),
        ],
        [],
        [],
        { rightEdge: right },
      ),
    );
    expect(texts(blocks)).toEqual([
      '本'.repeat(40) + '年支出906.09万元。',
      '全'.repeat(39) + '。',
      '（二）项目支出情况',
    ]);
  });

  it('drops page numbers in the top and bottom margins, not figures in the body', () => {
    const blocks = layoutPage(
      page([run('正文', 50, 100), run('98', 50, 400), run('- 2 -', 280, 820), run('第 3 页', 280, 20)]),
    );
    expect(texts(blocks)).toEqual(['正文', '98']);
  });

  it('numbers lines top-down on the page and keeps blocks in reading order', () => {
    const { h, v } = gridRules([50, 150, 250], [200, 220]);
    const blocks = layoutPage(
      page(
        [run('表后文字', 50, 300), run('标题', 50, 100), run('合计', 55, 215), run('100', 155, 213)],
        h,
        v,
      ),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.loc.line : b.table.line))).toEqual([1, 2, 3]);
  });
});

describe('rules and runs as some producers write them', () => {
  it('joins dashed rules into whole rules', () => {
    const dashes = (y: number): HRule[] =>
      Array.from({ length: 100 }, (_, i) => ({ y, x0: 50 + i * 2, x1: 51 + i * 2 }));
    const v: VRule[] = [50, 150, 250].map((x) => ({ x, y0: 100, y1: 120 }));
    const blocks = layoutPage(
      page([run('预算数', 55, 115), run('100', 155, 115)], [...dashes(100), ...dashes(120)], v),
    );
    expect(cells(blocks)).toEqual([[['预算数', '100']]]);
  });

  it('cuts a run padded with spaces into the cells it spans', () => {
    const { h, v } = gridRules([50, 150, 250], [100, 120]);
    // "预算数" (30 pt) + 17 spaces puts "100" at x = 50 + 20 × 5 = 150, the second column.
    const padded: TextRun = { str: `预算数${' '.repeat(17)}100`, x: 55, y: 115, size: SIZE, w: 23 * 5 };
    expect(splitSpacedRuns([padded]).map((r) => [r.str, r.x])).toEqual([
      ['预算数', 55],
      ['100', 155],
    ]);
    expect(cells(layoutPage(page([padded], h, v)))).toEqual([[['预算数', '100']]]);
  });
});

describe('dropRunningHeads', () => {
  it('drops a title and page numbers repeated in the margins, keeping body text and one-off margin text', () => {
    const pages = [1, 2, 3].map((n) => ({
      ...page([
        run('某某县教育局2021年度绩效自评报告', 200, 30),
        run(n === 1 ? '正文第一页' : `正文第${n}页`, 50, 100),
        run(`第 ${n} 页 共 3 页`, 260, 820),
        ...(n === 2 ? [run('附注', 50, 825)] : []),
      ]),
      page: n,
    }));
    const kept = dropRunningHeads(pages).map((p) => p.runs.map((r) => r.str));
    expect(kept).toEqual([['正文第一页'], ['正文第2页', '附注'], ['正文第3页']]);
  });

  it('keeps table rows near the page edge even when they differ only in their figures', () => {
    const { h, v } = gridRules([50, 150, 250], [800, 820]);
    const pages = [1, 2].map((n) => ({
      ...page([run(`项目${n}`, 55, 815), run(`${n}0.00`, 155, 815)], h, v),
      page: n,
    }));
    expect(dropRunningHeads(pages).map((p) => p.runs.length)).toEqual([2, 2]);
  });

  it('leaves a single page alone', () => {
    const one = [page([run('标题', 200, 30)])];
    expect(dropRunningHeads(one)).toBe(one);
  });
});

describe('framed text', () => {
  it('reads a single ruled box as prose', () => {
    const { h, v } = gridRules([50, 400], [100, 130]);
    expect(layoutPage(page([run('注：本表数据来源于部门决算。', 55, 120)], h, v))).toEqual([
      { kind: 'paragraph', text: '注：本表数据来源于部门决算。', loc: { line: 1, page: 1 } },
    ]);
  });
});

describe('joinPageTables', () => {
  it('continues a ruled table on the next page when its columns match, and only then', () => {
    const { h, v } = gridRules([50, 150, 250], [100, 120]);
    const first = layoutPage(page([run('预算数', 55, 115), run('100', 155, 115)], h, v));
    const next = layoutPage({ ...page([run('执行数', 55, 115), run('90', 155, 115)], h, v), page: 2 });
    const other = gridRules([50, 300, 400], [100, 120]);
    const unrelated = layoutPage({
      ...page([run('附表', 55, 115), run('1', 305, 115)], other.h, other.v),
      page: 3,
    });
    const blocks = joinPageTables([first, next, unrelated]);
    expect(cells(blocks)).toEqual([
      [
        ['预算数', '100'],
        ['执行数', '90'],
      ],
      [['附表', '1']],
    ]);
    const table = blocks[0]!;
    expect(table.kind === 'table' && table.table.rows.map((r) => r.page)).toEqual([1, 2]);
  });
});

describe('unreadableShare', () => {
  it('measures the share of private-use, replacement and control characters in a text layer', () => {
    const runs = (...strs: string[]) => [{ runs: strs.map((s, i) => run(s, 50, 100 + i * 20)) }];
    expect(unreadableShare(runs('本年支出906.09万元'))).toBe(0);
    expect(unreadableShare(runs('\ue001\ue002\ue003', '正文'))).toBeCloseTo(0.6);
    expect(unreadableShare(runs('\ufffd\ufffd', '\u0001'))).toBe(1);
    expect(unreadableShare([])).toBe(0);
  });
});
