// Rebuilding flattened tables whatever the format did to them, and the readings that depend on it.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { lineCells, lineRuns } from '../../../scripts/recognise/cells';
import { rebuildTables } from '../../../scripts/recognise/rebuild';
import { recogniseDocument } from '../../../scripts/recognise/index';
import { readText } from '../../../scripts/readers/text';
import { recordOf, TITLE } from './helpers';

const paragraphs = (lines: string[]): Block[] =>
  lines.map((text, i) => ({ kind: 'paragraph', text, loc: { line: i + 1 } }));

describe('a PDF page written on one line', () => {
  const page =
    '2023年“三公”经费支出决算表 单位:万元 项目 预算数 决算数 合计 12.00 9.60 因公出国(境)费 0 0 ' +
    '公务用车购置及运行费 8.00 7.20 公务接待费 4.00 2.40 二、“三公”经费情况说明 (一)总体情况。 本单位 ' +
    '2023 年度“三公”经费支出预算为 12 万元,支出决算为 9.60 万元,完成预算的 80%,较 2022 年的 10.10 ' +
    '万元减少 0.50 万元,主要原因是压减公务接待。';

  it('is cut into its table and its prose', () => {
    const runs = lineRuns(lineCells(page));
    expect(runs.map((r) => r.prose)).toEqual([false, true]);
    expect(runs[1]!.cells[0]).toBe('二、“三公”经费情况说明');
  });

  it('gives the prose its sentences back', () => {
    const r = recordOf(`${TITLE}\n${page}`);
    expect(r.sangong.total?.toString()).toBe('9.6');
    expect(r.sangong.prev_total?.toString()).toBe('10.1');
    expect(r.sangong.control_rate?.toString()).toBe('80');
  });

  it('opens a table again at a caption with its unit line', () => {
    const line =
      '一、概况 本单位是县属事业单位,主要负责城区绿化养护。 二、机构设置 内设科室3个,编制12名。 ' +
      '2023年度收入支出决算总表 单位:万元 收入 决算数 支出 决算数 财政拨款收入 120.50 基本支出 100.10';
    const runs = lineRuns(lineCells(line));
    expect(runs.map((r) => r.prose)).toEqual([true, false]);
    expect(runs[1]!.cells[0]).toBe('2023年度收入支出决算总表');
  });

  it('leaves a form row with one note cell alone', () => {
    const row = '年度资金总额 100.00 100.00 98.00 10 98.00% 9.8 偏差原因:部分采购尚未结算,年底前完成';
    expect(lineRuns(lineCells(row))).toHaveLength(1);
  });
});

describe('a PDF of statements written as one paragraph', () => {
  // Title, contents with 是否空表, a reason for the empty tables, then statements one after another,
  // each with its caption, its unit's name and 单位 line, subject codes, page marks, letter-spaced words.
  const statements = (reason: string) =>
    '附件2 2022年部门决算公开报表 部门名称:某县水文站 目录 序号 报表名称 是否空表 表1 2022年部门决算收入支出总表 否 ' +
    '表2 2022年部门决算支出总表 否 表3 2022年部门决算政府采购情况表 否 表4 2022年部门决算政府性基金收支表 是 ' +
    reason +
    '表1 2022年部门决算收入支出总表 部门名称:某县水文站 单位:万元 收 入 支 出 项 目 决算数 项 目 决算数 ' +
    '一、一般公共预算拨款收入 240.50 一、农林水支出 236.10 二、其他收入 0.00 二、住房保障支出 10.40 ' +
    '本年收入合计 240.50 本年支出合计 246.50 上年结转 12.00 结转下年 6.00 收 入 总 计 252.50 支 出 总 计 252.50 - 1 - ' +
    '表2 2022年部门决算支出总表 部门名称:某县水文站 单位:万元 科目编码 科目名称 合计 基本支出 项目支出 ' +
    '合 计 246.50 200.30 46.20 213 农林水支出 236.10 189.90 46.20 221 住房保障支出 10.40 10.40 0.00 - 2 - ' +
    '表3 2022年部门决算政府采购情况表 部门名称:某县水文站 单位:万元 采购项目 采购预算 实际采购金额 ' +
    '合 计 20.00 18.75 货物 20.00 18.75 - 3 - 表4 2022年部门决算政府性基金收支表 (本表为空表) - 4 -';

  it('is read statement by statement, with or without a sentence among the contents', () => {
    for (const reason of ['', '公开空表理由 本单位无政府性基金收支,故表4为空表;其余各表均有数据。 ']) {
      const r = recordOf(`${TITLE}\n${statements(reason)}`);
      expect(r.finance.income_total?.toString()).toBe('240.5');
      expect(r.finance.fiscal_appropriation?.toString()).toBe('240.5');
      expect(r.finance.carryover_begin?.toString()).toBe('12');
      expect(r.finance.carryover_end?.toString()).toBe('6');
      expect(r.finance.expenditure_total?.toString()).toBe('246.5');
      expect(r.finance.basic?.toString()).toBe('200.3');
      expect(r.finance.project?.toString()).toBe('46.2');
      expect(r.finance.procurement?.toString()).toBe('18.75');
      expect(r.finance.procurement_plan?.toString()).toBe('20');
    }
  });

  it('keeps a subject code out of the row before it and joins letter-spaced words', () => {
    const table = rebuildTables(paragraphs([statements('')])).find(
      (b) => b.kind === 'table' && b.table.rows.some((row) => row.cells[0]?.text === '农林水支出'),
    );
    expect(table?.kind === 'table' && table.table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '246.50', '200.30', '46.20'],
      ['农林水支出', '236.10', '189.90', '46.20'],
      ['住房保障支出', '10.40', '10.40', '0.00'],
    ]);
  });
});

describe('cells with a "|" line after each', () => {
  const lines = [
    '项 目',
    '|',
    '合计',
    '|',
    '一般公共',
    '预算',
    '|',
    '政府性基金',
    '预算',
    '|',
    '|',
    '“三公”经费',
    '|',
    '5.00',
    '|',
    '5.00',
    '|',
    '0.00',
    '|',
    '|',
  ];

  it('joins a header word wrapped over two lines', () => {
    const table = rebuildTables(paragraphs(lines)).find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[0]!.cells.map((c) => c.text)).toEqual([
      '项 目',
      '合计',
      '一般公共预算',
      '政府性基金预算',
    ]);
  });
});

describe('forms one after another, each cell closed by " |"', () => {
  // The first form's last row, then the second form's title, unit line and first field.
  const lines = [
    '总分 |',
    '100 |',
    '91.5 |',
    '||||||',
    '附件2',
    '2021年度学生资助经费项目支出绩效自评表',
    '单位:万元',
    '项目名称 |',
    '学生资助经费 |',
    '|||||||',
    '主管部门 |',
    '某县教育局 |',
  ];

  it("keeps the unit line over the second form apart from the form's first field", () => {
    const texts = rebuildTables(paragraphs(lines)).flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.table.rows.flatMap((r) => r.cells.map((c) => c.text)),
    );
    expect(texts).toContain('单位:万元');
    expect(texts).toContain('项目名称');
  });
});

describe('a table of units one cell a line, a column of words before the figures', () => {
  const lines = ['单位名称', '经费', '性质', '人员编制数', '在职', '人数'];
  const units = ['某某县城管局', '行政', '20', '18', '某某县环卫处', '事业', '31', '27', '合计', '51', '45'];

  it('gives each unit its word and figures, and the 合计 row an empty word', () => {
    const table = rebuildTables(paragraphs([...lines, ...units])).find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['单位名称', '经费性质', '人员编制数', '在职人数'],
      ['某某县城管局', '行政', '20', '18'],
      ['某某县环卫处', '事业', '31', '27'],
      ['合计', '', '51', '45'],
    ]);
  });

  it('reads the staff from the 合计 row, below the units it sums', () => {
    const rec = recordOf(
      ['某某县城管局2017年度部门决算说明', ...lines, ...units, '本年支出合计600.5万元。'].join('\n'),
    );
    expect(rec.staff).toEqual({ quota: '51', in_service: '45' });
  });
});

describe('a form one cell a line, cut inside its first row', () => {
  const form = [
    '部门整体支出绩效自评表',
    '单位：万元',
    '年度预算资金',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
  ];

  it('puts its figures under no column they may not stand in, and reads no rate from them', () => {
    const rec = recordOf([TITLE, ...form, '年度资金总额', '180.00', '192.40'].join('\n'));
    expect(rec.overall.execution_rate).toBeUndefined();
    expect(rec.overall.budget).toBe('192.4');
  });
});

describe('a 三公 budget table led by another row', () => {
  it('reads 行政经费 as its own row, not as the 三公 total', () => {
    const r = recordOf(
      [
        '某某县园林所2023年部门预算“三公”经费及行政经费预算表',
        '单位：万元',
        '项目 | 合计 | 一般公共预算 | 政府性基金预算',
        '行政经费 | 88.20 | 88.20 | 0.00',
        '“三公”经费 | 6.30 | 6.30 | 0.00',
        '其中：（一）因公出国（境）支出 | 0.00 | 0.00 | 0.00',
        '（二）公务用车购置及运行维护支出 | 5.00 | 5.00 | 0.00',
        '（三）公务接待费支出 | 1.30 | 1.30 | 0.00',
      ].join('\n'),
    );
    expect(r.sangong.budget?.toString()).toBe('6.3');
    expect(r.sangong.budget_vehicle_total?.toString()).toBe('5');
    expect(r.sangong.budget_reception?.toString()).toBe('1.3');
    // a budget disclosure's 行政经费 is the budget of the unit's running costs
    expect(r.finance.public_budget?.toString()).toBe('88.2');
    expect(r.finance.public).toBeUndefined();
  });
});

describe('sentences', () => {
  const read = (s: string) => recordOf(`${TITLE}\n${s}`);

  it('does not take 项目支出 for a sentence about a project', () => {
    const r = read(
      '本年支出合计500.00万元，其中：基本支出400.00万元，项目支出90.00万元；年末结转和结余10.00万元。',
    );
    expect(r.finance.carryover_end?.toString()).toBe('10');
  });

  it('reads 全部为 after the rate of the same figure', () => {
    const r = read('“三公”经费年初预算5.00万元，全年实际支出4.00万元，完成预算的80%，全部为公务接待费。');
    expect(r.sangong.reception?.toString()).toBe('4');
  });

  it('reads the year before beside 持平', () => {
    const r = read('2021年度“三公”经费支出决算为0万元，与2020年决算数0.00万元持平。');
    expect(r.sangong.prev_total?.toString()).toBe('0');
  });

  it("reads 财政补助收入, the year before's 总收入, and 无政府采购支出", () => {
    const r = read(
      '2021年总收入500.00万元，其中：财政补助收入320.50万元。相比2020年的总收入480.25万元增加19.75万元。全年无政府采购支出。',
    );
    expect(r.finance).toMatchObject({
      fiscal_appropriation: '320.5',
      income_prev_year: '480.25',
      procurement: '0',
    });
  });

  it('knows 车辆运行维护费 and 编外用工', () => {
    expect(read('2021年车辆运行维护费支出3.20万元。').sangong.vehicle_operation?.toString()).toBe('3.2');
    expect(read('在职人员 | 20 | 编外用工 | 4 |').staff.contract?.toString()).toBe('4');
  });
});

describe('决算 tables written one row a line', () => {
  const text = [
    '某某县中心医院2020年度部门决算',
    '支出决算表',
    '部门：某某县中心医院 金额单位：万元',
    '项目 本年支出合计 基本支出 项目支出 经营支出',
    '科目编码 科目名称 栏次 1 2 3 4',
    '合计 1,200.50 1,000.25 200.25 0.00',
    '210 卫生健康支出 1,200.50 1,000.25 200.25 0.00',
    '基本支出决算表(节选)',
    '人员经费合计 800.10 公用经费合计 200.15',
  ].join('\n');

  it("drop the 栏次 row that numbers the columns, and end a table at the next table's title", () => {
    const r = recordOf(text);
    expect(r.finance).toMatchObject({
      basic: '1000.25',
      project: '200.25',
      personnel: '800.1',
      public: '200.15',
    });
  });
});

describe('a 三公 table of items as rows under one figure column', () => {
  it('reads each item from its row, over what the prose slipped into 元', () => {
    const r = recordOf(
      [
        '某某县某某镇卫生院2016年度部门决算',
        '三公经费支出决算为2.50万元，其中：公务接待费支出决算为0.90元，公务用车运行维护费1.60万元。',
        '某某镇卫生院2016年“三公”经费决算表',
        '单位：万元',
        '项目 | 本年决算数',
        '合计 | 2.50',
        '（一）因公出国（境）费 | 0',
        '（二）公务接待费 | 0.90',
        '（三）公务用车购置及运行费 | 1.60',
      ].join('\n'),
    );
    expect(r.sangong).toMatchObject({ total: '2.5', reception: '0.9', vehicle_total: '1.6' });
    expect(r.projects).toHaveLength(0);
  });
});

describe('one cell a line, rows led by numbered labels', () => {
  it('reads a numbered label right before its figures as a row, not a heading', () => {
    const r = recordOf(
      [
        '某某县人民法院2020年度部门决算',
        '“三公”经费情况表',
        '金额单位:万元',
        '项 目',
        '预算数',
        '决算数',
        '一、“三公”经费支出',
        '10.00',
        '8.50',
        '1.因公出国(境)费',
        '0.00',
        '0.00',
        '2.公务用车购置及运行费',
        '7.00',
        '6.20',
        '3.公务接待费',
        '3.00',
        '2.30',
      ].join('\n'),
    );
    expect(r.sangong).toMatchObject({ budget: '10', total: '8.5', vehicle_total: '6.2', reception: '2.3' });
  });
});

describe('columns aligned with runs of spaces', () => {
  it('reads each line as a row', () => {
    const r = recordOf(
      [
        '某某县农牧中心2021年度部门决算',
        '政府采购支出信息表',
        '单位:万元',
        '项目                                  统计数',
        '政府采购支出总额                     28.40',
        '    货物                               10.40',
      ].join('\n'),
    );
    expect(r.finance.procurement).toBe('28.4');
  });
});

describe('a year-by-year table whose caption lost its closing bracket', () => {
  it("reads the unit the caption declares and each year's column", () => {
    const records = recogniseDocument(
      readText(
        'case.txt',
        Buffer.from(
          [
            '某某县石湾乡人民政府2022年度部门整体支出绩效评价基础数据表',
            '经费控制情况(万元 | 2021 年决算数 | 2022 年预算数 | 2022 年决算数',
            '三公经费: | 6.80 | 6.00 | 5.42',
            '3、公务接待 | 2.60 | 2.00 | 1.77',
          ].join('\n'),
        ),
      ),
    );
    // The 2021 column is the year before's, and a record of that year too.
    expect(records.map((x) => x.year).sort()).toEqual([2021, 2022]);
    const r = records.find((x) => x.year === 2022)!;
    expect(r.sangong).toMatchObject({
      total: '5.42',
      budget: '6',
      prev_total: '6.8',
      reception: '1.77',
      budget_reception: '2',
    });
  });
});

describe('cells separated by blank lines, a base-data sheet', () => {
  const sheet = [
    '某某县某某乡卫生院2021年度部门整体支出绩效评价基础数据表',
    '',
    '财政供养人员情况(人',
    '编制数',
    '2021 年实际在职人数',
    '控制率',
    '',
    '26',
    '31',
    '119.23%',
    '',
    '经费控制情况(万元',
    '2020 年决算数',
    '2021 年预算数',
    '2021 年决算数',
    '',
    '项目支出:',
    '98.50',
    '60.00',
    '126.32',
    '1、业务工作经费',
    '……',
    '公用经费',
    '88.14',
    '70.00',
    '92.87',
  ];

  it('reads column words followed by as many figures as one row under them, captions apart', () => {
    const blocks = rebuildTables(paragraphs(sheet.filter((l) => l !== '')));
    const tables = blocks.flatMap((b) =>
      b.kind === 'table' ? [b.table.rows.map((r) => r.cells.map((c) => c.text))] : [],
    );
    expect(tables[0]).toEqual([
      ['', '编制数', '2021 年实际在职人数', '控制率'],
      ['', '26', '31', '119.23%'],
    ]);
    // A row label with no figures (its figures elided) stays in the table, which goes on.
    expect(tables[1]!.map((r) => r[0])).toEqual(['', '项目支出:', '1、业务工作经费', '公用经费']);
  });

  it('gives the quota and the staff in service, not the one for the other', () => {
    const records = recogniseDocument(readText('case.txt', Buffer.from(sheet.join('\n'), 'utf8')));
    const r = records.find((x) => x.year === 2021)!;
    expect(r.staff).toMatchObject({ quota: '26', in_service: '31' });
    expect(r.finance).toMatchObject({ public: '92.87', public_budget: '70' });
  });
});

describe('a form from a document site, its funds row glued with no decimals', () => {
  it('cuts 8686100%20 into budget, executed, rate and score', () => {
    const r = recordOf(
      [
        '2021年度财政项目绩效自评表单位名称:某某县第二小学项目名称校舍维修改造主管部门某某县教育局预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额8686100%20总分10097',
      ].join('\n'),
    );
    expect(r.projects.find((p) => p.name === '校舍维修改造')).toMatchObject({
      budget: '86',
      executed: '86',
      execution_rate: '100',
    });
  });
});

describe('a form from a document library, cells parted by single spaces, the year written apart', () => {
  it('keeps "2020 年市级…" one cell, so the project keeps its name', () => {
    const r = recordOf(
      '2020 年市级外贸发展专项资金项目自评表 单位名称:某某区商务局 填报日期:2021 年 4 月 16 日 项目名称 2020 年市级外贸发展专项资金 主管部门 某某区商务局 项目实施单位 某某区投资促进中心 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) 146.2 139.62 95.5% 19.1',
    );
    expect(r.projects.find((p) => p.name === '2020年市级外贸发展专项资金')).toMatchObject({
      budget: '146.2',
      executed: '139.62',
      execution_rate: '95.5',
    });
  });
});

describe('a form glued together whose funds row keeps spaces between its figures', () => {
  it('reads each figure, less the number of the note after them', () => {
    const r = recordOf(
      '部门预算项目支出绩效自评表(2022年度)项目名称51092122T000010017433-图书馆免费开放补助资金主管部门某某县文化局实施单位某某县文化局预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额18.00 18.00 17.10 95.00% 10 9.5 1.预算执行率=预算执行数/调整后预算数',
    );
    expect(r.projects.find((p) => p.name === '图书馆免费开放补助资金')).toMatchObject({
      budget: '18',
      executed: '17.1',
      execution_rate: '95',
    });
  });
});

describe('one cell a line, several row labels with their figures elided', () => {
  it('keeps the labels as empty rows and the table going to the row that fills it', () => {
    const blocks = rebuildTables(
      paragraphs([
        '经费控制情况(万元',
        '2022 年决算数',
        '2023 年预算数',
        '2023 年决算数',
        '项目支出:',
        '874.20',
        '308.17',
        '1025.20',
        '1、业务工作经费',
        '2、运行维护经费',
        '……',
        '3、省级专项资金(每个专项一行',
        '公用经费',
        '118.31',
        '85.76',
        '193.42',
      ]),
    );
    const table = blocks.find((b) => b.kind === 'table');
    const rows = table?.kind === 'table' ? table.table.rows.map((r) => r.cells[0]?.text) : [];
    expect(rows).toEqual([
      '',
      '项目支出:',
      '1、业务工作经费',
      '2、运行维护经费',
      '3、省级专项资金(每个专项一行',
      '公用经费',
    ]);
  });
});

describe('a form’s title run into its first field', () => {
  it('is cut apart at the field’s label', () => {
    expect(lineCells('2022年省级第七批水利专项资金绩效目标表项目名称')).toEqual([
      '2022年省级第七批水利专项资金绩效目标表',
      '项目名称',
    ]);
    expect(lineCells('部门整体支出绩效自评表')).toEqual(['部门整体支出绩效自评表']);
  });
});

describe('a 三公 table with a two-level header, one cell a line', () => {
  it('spreads 预算数 and 决算数 over their groups and reads each group’s 合计', () => {
    const cells = [
      '项目',
      '预算数',
      '决算数',
      '',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '',
      '因公出国(境)费',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '',
      '公务接待费',
      '3.20',
      '3.20',
      '0.00',
      '2.65',
      '2.65',
      '0.00',
      '',
      '公务用车购置及运行维护费',
      '6.00',
      '6.00',
      '0.00',
      '5.12',
      '5.12',
      '0.00',
      '',
      '总计',
      '9.20',
      '9.20',
      '0.00',
      '7.77',
      '7.77',
      '0.00',
    ];
    const r = recordOf(
      [
        '某某县实验小学2021年度“三公”经费支出决算表',
        '单位:万元 |',
        ...cells.map((c) => (c ? `${c} |` : '|')),
      ].join('\n'),
    );
    expect(r.sangong).toMatchObject({
      budget: '9.2',
      total: '7.77',
      budget_reception: '3.2',
      reception: '2.65',
      vehicle_total: '5.12',
    });
  });
});

describe('a 三公 budget table one cell a line, 万元 in its cells', () => {
  it('reads 本年预算数 over the items, its 合计 the 三公 budget though the caption stands apart', () => {
    const cells = [
      '项目',
      '本年预算数',
      '合计',
      '12.1万元',
      '1、因公出国(境)费用',
      '',
      '2、公务接待费',
      '3.5万元',
    ];
    const more = ['3、公务用车费', '8.6万元', '其中:(1)公务用车运行维护费', '8.6万元', '(2)公务用车购置', ''];
    const r = recordOf(
      [
        '某某县司法局2014年“三公”经费预算情况',
        '附表: |',
        '单位:万元',
        ...[...cells, ...more].map((c) => `${c}\n|`),
      ].join('\n'),
    );
    expect(r.sangong).toMatchObject({ budget: '12.1', budget_reception: '3.5' });
  });
});

describe('a 三公 table on one PDF line whose row lost its label’s place', () => {
  it('gives the lone pair of figures to the item named later with none of its own', () => {
    const r = recordOf(
      [
        '某某县人民检察院2019年“三公”经费决算.pdf',
        '某某县人民检察院 2019 年一般公共预算财政拨款“三公”经费支出决算表 单位:万元 项 目 预算数 决算数 合 计 48.00 46.35 0 0 公务接待费 16.00 15.40 公务用车购置及运行费 32.00 30.95 其中:公务用车运行维护费 32.00 30.95 公务用车购置 0 0 因公出国(境)费 二、情况说明',
      ].join('\n'),
    );
    expect(r.sangong).toMatchObject({
      budget: '48',
      total: '46.35',
      budget_reception: '16',
      abroad: '0',
      vehicle_operation: '30.95',
    });
  });
});

describe('a table a web page’s editor split in two', () => {
  const tableBlock = (rows: string[][], line: number): Block => ({
    kind: 'table',
    table: {
      line,
      rows: rows.map((cells, k) => ({
        line: line + k,
        cells: cells.map((text) => ({ text, line: line + k })),
      })),
    },
  });
  const head = tableBlock(
    [
      ['项目', '预算数', '决算数'],
      ['合计', '32', '29.87'],
      ['公务接待费', '6', '4.65'],
    ],
    1,
  );

  it('joins the second part, which opens with a row of figures, to the first', () => {
    const tail = tableBlock([['公务用车购置及运行维护费', '26', '25.22']], 10);
    const out = rebuildTables([head, tail]);
    expect(out).toHaveLength(1);
    expect(out[0]!.kind === 'table' && out[0]!.table.rows.length).toBe(4);
  });

  it('keeps apart a table with a header of its own', () => {
    const other = tableBlock(
      [
        ['项目', '年初预算数', '决算数'],
        ['基本支出', '100', '98'],
      ],
      10,
    );
    expect(rebuildTables([head, other])).toHaveLength(2);
  });
});

describe('a 三公 table one cell a line, 预算数 and 决算数 each over the items, then the 栏次 numbers', () => {
  const items = ['合计', '因公出国(境)费', '公务用车购置及运行费', '公务接待费'];
  const parts = ['小计', '公务用车购置费', '公务用车运行费'];
  const header = ['预算数', '决算数', ...items, ...items, ...parts, ...parts];
  const numbers = Array.from({ length: 12 }, (_, k) => String(k + 1));
  const figures = [
    '52,000.00',
    '0.00',
    '40,000.00',
    '0.00',
    '40,000.00',
    '12,000.00',
    '47,350.00',
    '0.00',
    '38,150.00',
    '0.00',
    '38,150.00',
    '9,200.00',
  ];
  const lines = [
    '某某县第二中学2020年度一般公共预算财政拨款“三公”经费支出决算表',
    '金额单位:元',
    ...header,
    ...numbers,
    ...figures,
  ];

  it('keeps the two-level header in the order written, so each figure finds its item', () => {
    const sangong = recordOf(lines.join('\n')).sangong;
    expect(sangong).toMatchObject({
      budget: '5.2',
      budget_vehicle_operation: '4',
      budget_reception: '1.2',
      total: '4.735',
      vehicle_operation: '3.815',
      reception: '0.92',
    });
  });
});

describe('a row of cells parted by single spaces, a percentage’s sign set apart', () => {
  it('keeps the sign with its figure, the row as wide as its header', () => {
    expect(lineCells('年度资金总额 1,210.00 1,436.80 1,351.20 10 94.04 % 9.40')).toEqual([
      '年度资金总额',
      '1,210.00',
      '1,436.80',
      '1,351.20',
      '10',
      '94.04%',
      '9.40',
    ]);
  });
});
