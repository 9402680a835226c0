// The plain-text reader: encodings detected, both flattened table layouts rebuilt, prose kept.
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError, type Block } from '../../../scripts/model/document';
import { readText, splitGluedDecimals } from '../../../scripts/readers/text';
import { decodeText } from '../../../scripts/readers/text-decode';
import { recordOf } from '../recognise/helpers';

const tables = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table.rows.map((r) => r.cells.map((c) => c.text))] : []));
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('decodeText', () => {
  it('detects UTF-8, UTF-8 with BOM and GB18030 instead of assuming', () => {
    const text = '部门整体支出绩效自评报告';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])).encoding,
    ).toBe('utf-8-bom');
    // 部门 in GBK.
    const gbk = Buffer.from([0xb2, 0xbf, 0xc3, 0xc5, 0xd5, 0xfb, 0xcc, 0xe5]);
    expect(decodeText(gbk)).toEqual({ text: '部门整体', encoding: 'gb18030' });
  });

  it('reads a UTF-8 file cut inside its last character as UTF-8, and says it was cut', () => {
    const whole = Buffer.from('部门整体支出绩效', 'utf8');
    const decoded = decodeText(whole.subarray(0, whole.length - 1));
    expect(decoded).toEqual({ text: '部门整体支出绩', encoding: 'utf-8-truncated' });
    expect(readText('cut.txt', whole.subarray(0, whole.length - 2)).notes).toEqual([
      'the file ends inside a UTF-8 character: it was cut short',
    ]);
  });

  it('refuses empty and binary input with a reason', () => {
    expect(() => decodeText(Buffer.alloc(0))).toThrow(UnreadableDocumentError);
    expect(() => decodeText(Buffer.from(' \n\t\n'))).toThrow(/no text/);
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => decodeText(garbage)).toThrow(/binary/);
  });
});

describe('readText layouts', () => {
  it('reads tab rows as a table, across the blank lines of a page break', () => {
    const m = readText('a.txt', Buffer.from('标题\n序号\t名称\t金额\n1\t甲\t10\n\n2\t乙\t20\n说明文字'));
    expect(tables(m.blocks)).toEqual([
      [
        ['序号', '名称', '金额'],
        ['1', '甲', '10'],
        ['2', '乙', '20'],
      ],
    ]);
    expect(paragraphs(m.blocks)).toEqual(['标题', '说明文字']);
    const table = m.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[2]!.line).toBe(5);
  });

  it('reads rows laid out with runs of spaces (pdftotext -layout) as a table, and leaves prose alone', () => {
    const text = [
      '一、  基本情况',
      '    一级指标    二级指标      分值    得分',
      '    投入        预算编制        10       9',
      '    合计                      100      94',
      '我局  认真落实  各项工作要求。',
      '',
      '项目  名称  说明',
      '甲  乙  丙',
    ].join('\n');
    const m = readText('a.txt', Buffer.from(text));
    expect(tables(m.blocks)).toEqual([
      [
        ['一级指标', '二级指标', '分值', '得分'],
        ['投入', '预算编制', '10', '9'],
        ['合计', '100', '94'],
      ],
    ]);
    expect(paragraphs(m.blocks)).toEqual([
      '一、  基本情况',
      '我局  认真落实  各项工作要求。',
      '项目  名称  说明',
      '甲  乙  丙',
    ]);
  });

  it('rebuilds one-cell-per-line tables, with labels wrapped over a blank line', () => {
    const text = [
      '\t一级指标',
      '\t二级指标',
      '\t分值',
      '',
      '\t投入',
      '\t财政供养人员',
      '',
      '控制率',
      '\t5',
      '',
      '\t过程',
      '\t其他',
      '',
      '收入',
      '',
      '\t3',
    ];
    const m = readText('b.txt', Buffer.from(text.join('\n')));
    expect(tables(m.blocks)).toEqual([
      [
        ['一级指标', '二级指标', '分值'],
        ['投入', '财政供养人员\n控制率', '5'],
        ['过程', '其他\n收入', '3'],
      ],
    ]);
  });

  it('keeps paragraphs inside a long cell in the same row', () => {
    const text = [
      '\t指标',
      '\t说明',
      '\t分值',
      '',
      '\t甲',
      '\t第一段说明。',
      '',
      '第二段说明，较长的文字内容。',
      '',
      '\t5',
    ].join('\n');
    const m = readText('c.txt', Buffer.from(text));
    expect(tables(m.blocks)[0]![1]).toEqual(['甲', '第一段说明。\n第二段说明，较长的文字内容。', '5']);
  });

  it('turns a one-cell row into a paragraph (a heading between tables)', () => {
    const text = ['\t姓名', '\t职务', '', '\t二、收支情况', '', '\t收入', '\t10'].join('\n');
    const m = readText('d.txt', Buffer.from(text));
    expect(paragraphs(m.blocks)).toEqual(['二、收支情况']);
    expect(tables(m.blocks)).toEqual([[['姓名', '职务']], [['收入', '10']]]);
  });
});

describe('splitGluedDecimals', () => {
  it('splits figures glued together by a flattened table, and leaves real numbers alone', () => {
    expect(splitGluedDecimals('1308.05906.09')).toEqual(['1308.05', '906.09']);
    expect(splitGluedDecimals('1,308.05906.0969.27')).toEqual(['1,308.05', '906.09', '69.27']);
    expect(splitGluedDecimals('1308.05')).toEqual(['1308.05']);
    expect(splitGluedDecimals('12.5%')).toEqual(['12.5%']);
  });

  it('gives a flattened row its cells back', () => {
    const m = readText('g.txt', Buffer.from('预算数\t执行数\n1308.05906.09\t'));
    expect(tables(m.blocks)[0]![1]).toEqual(['1308.05', '906.09', '']);
  });
});

describe('a form header wrapped inside its cells, as pdftotext -layout writes it', () => {
  const form = [
    '    项目名称                             城乡道路养护经费',
    '                                    年初          全年          全年',
    '                                                                               分值      执行率        得分',
    '                                   预算数        预算数        执行数',
    '                   年度资金总额      420.00        436.50        421.18        10',
    '                 其中:当年财政拨款   420.00        436.50        421.18        —         —             —',
    '                   上年结转资金      —             —             —             —         —             —',
  ];

  it('joins the words written over each figure column into one header line over the rows', () => {
    const rows = tables(readText('f.txt', Buffer.from(form.join('\n'))).blocks)[0]!;
    expect(rows[0]).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(rows[1]).toEqual(['年度资金总额', '420.00', '436.50', '421.18', '10']);
  });

  it('leaves alone a header written on one line, and lines that stand over no figure column', () => {
    const flat = [
      '    主管部门            某某县交通运输局            实施单位            某某县公路段',
      '                               年初预算数    全年预算数    全年执行数    分值    执行率    得分',
      '                   年度资金总额      420.00        436.50        421.18        10    96.49%    9.65',
    ];
    const rows = tables(readText('f.txt', Buffer.from(flat.join('\n'))).blocks)[0]!;
    expect(rows.map((r) => r[0])).toEqual(['主管部门', '年初预算数', '年度资金总额']);
  });
});

describe('a 三公 table whose rows of figures leave cells blank, as pdftotext -layout writes it', () => {
  const table = [
    '         合计         因公出国              公务用车购置及运行费            公务接待费',
    '                      （境）费',
    '                                    小计          公务用车      公务用车',
    '                                                  购置费        运行费',
    ' 预算数     决算数   预算数   决算数   预算数   决算数   预算数   决算数   预算数   决算数   预算数   决算数',
    '  9.80       7.35                      6.00     5.10                      6.00     5.10     3.80     2.25',
  ];

  it('puts each figure in the column of the header word it stands under, the blank cells kept', () => {
    const rows = tables(readText('f.txt', Buffer.from(table.join('\n'))).blocks).at(-1)!;
    expect(rows[0]).toEqual([
      '预算数',
      '决算数',
      '预算数',
      '决算数',
      '预算数',
      '决算数',
      '预算数',
      '决算数',
      '预算数',
      '决算数',
      '预算数',
      '决算数',
    ]);
    expect(rows[1]).toEqual(['9.80', '7.35', '', '', '6.00', '5.10', '', '', '6.00', '5.10', '3.80', '2.25']);
  });

  it('keeps the items above apart from the 预算数 and 决算数 they stand over, when no cell is blank', () => {
    const full = [
      ...table.slice(0, -1),
      '  9.80       7.35     0.50     0.30    6.00     5.10     1.00     0.90    5.00     4.20     3.30     1.95',
    ];
    const rows = tables(readText('f.txt', Buffer.from(full.join('\n'))).blocks).at(-1)!;
    expect(rows[0]!.slice(0, 6)).toEqual(['预算数', '决算数', '预算数', '决算数', '预算数', '决算数']);
  });

  it("reads each item's budget and actual from its pair of columns", () => {
    const sangong = recordOf(
      ['某某县实验小学2020年度“三公”经费支出决算表', '单位:万元', ...table].join('\n'),
    ).sangong;
    expect(sangong).toMatchObject({
      budget: '9.8',
      total: '7.35',
      budget_vehicle_total: '6',
      vehicle_total: '5.1',
      budget_vehicle_operation: '6',
      budget_reception: '3.8',
      reception: '2.25',
    });
    expect(sangong.budget_abroad).toBeUndefined();
  });
});

describe('rows whose cells are joined by one space, each empty cell written as a space of its own', () => {
  const page = [
    '湖滨区农业农村局2023年度绩效自评',
    '部门绩效自评结果公开汇总表',
    '主管部门:               单位:万元',
    '序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 结余交回财政数 自评得分 自评结果应用意见',
    '中央 省级 市级 区级',
    '1 耕地地力保护补贴 湖滨区农业农村局 412.5       412.5 0   100  ',
    '2 动物防疫专项经费 湖滨区农业农村局       26 24.7 1.3 1.3 94  ',
    '3 农村人居环境整治奖补 湖滨区农业农村局   60   35 93.8 1.2   97  ',
  ];

  it('counts a run of 2k+1 spaces as k empty cells, and keeps the header lines over them', () => {
    const rows = tables(readText('f.txt', Buffer.from(page.join('\n'))).blocks).at(-1)!;
    expect(rows[1]).toEqual(['中央', '省级', '市级', '区级']);
    expect(rows[2]).toEqual([
      '1',
      '耕地地力保护补贴',
      '湖滨区农业农村局',
      '412.5',
      '',
      '',
      '',
      '412.5',
      '0',
      '',
      '100',
      '',
    ]);
    expect(rows[3]!.slice(3, 11)).toEqual(['', '', '', '26', '24.7', '1.3', '1.3', '94']);
  });

  it('leaves alone rows of single spaces with no empty cell, and runs of spaces that are even', () => {
    const full = [
      page[3]!,
      page[4]!,
      '1 耕地地力保护补贴 湖滨区农业农村局 412.5 0 0 0 412.5 0 0 100 无',
      page[6]!.replace('       ', '      '),
    ];
    const blocks = readText('f.txt', Buffer.from(full.join('\n'))).blocks;
    expect(paragraphs(blocks)).toContain(full[0]);
  });

  it("reads a project's budget from the one source column it fills, and none from two", () => {
    const projects = recordOf(page.join('\n')).projects;
    const byName = Object.fromEntries(projects.map((p) => [p.name, p]));
    expect(byName['耕地地力保护补贴']).toMatchObject({ budget: '412.5', executed: '412.5', score: '100' });
    expect(byName['动物防疫专项经费']).toMatchObject({ budget: '26', executed: '24.7', score: '94' });
    expect(byName['农村人居环境整治奖补']).toMatchObject({ executed: '93.8', score: '97' });
    expect(byName['农村人居环境整治奖补']!.budget).toBeUndefined();
  });
});
