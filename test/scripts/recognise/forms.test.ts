// The form reader (forms.ts, forms-data.ts) on the cell stream, whatever the flattening, and the
// table rebuilding (rebuild.ts) it stands on. Small reports written here; the layout suite
// (layouts.test.ts) runs the same mechanisms over whole reports.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { readText } from '../../../scripts/readers/text';
import { cutFigures, splitGlued } from '../../../scripts/recognise/glued';
import { rebuildTables } from '../../../scripts/recognise/rebuild';
import { pairLabelRuns } from '../../../scripts/recognise/label-runs';
import { recognisedOf, recordOf } from './helpers';

const PROJECT_HEAD = [
  '项目支出绩效自评表',
  '（2022年度）',
  '项目名称',
  '乡村道路养护经费',
  '主管部门',
  '某某县交通运输局',
  '实施单位',
  '某某县公路养护中心',
];
const FUNDING = ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const TOTAL = ['年度资金总额', '80', '95.4', '88.12', '10', '92.37%', '9.24'];

describe('a project form, however it was flattened', () => {
  const cells = [...PROJECT_HEAD, ...FUNDING, ...TOTAL, '总分', '100', '93.5'];
  const expected = {
    name: '乡村道路养护经费',
    budget: '95.4',
    executed: '88.12',
    execution_rate: '92.37',
    score: '93.5',
  };

  it.each([
    [
      'one cell per line ending in " |", with filler "|" lines',
      `|\n|\n${cells.map((c) => `${c} |`).join('\n')}\n|\n`,
    ],
    ['cells separated by blank lines', cells.join('\n\n')],
    ['cells separated by no-break-space lines', cells.join('\n\u00a0\n')],
    [
      'rows on one line split by single spaces',
      [PROJECT_HEAD.join(' '), FUNDING.join(' '), TOTAL.join(' '), '总分 100 93.5'].join('\n'),
    ],
  ])('reads the project row from %s', (_, text) => {
    const rec = recordOf(text);
    expect(rec.unit.name).toBe('某某县公路养护中心');
    expect(rec.projects).toHaveLength(1);
    expect(rec.projects[0]).toMatchObject(expected);
    // The document is that one project's form: its figures are its unit's too.
    expect(rec.overall).toMatchObject({ budget: '95.4', executed: '88.12', score: '93.5' });
    expect(rec.projects[0]!.source?.['budget']?.rule).toBe('form:年度预算资金/年度资金总额');
  });

  it('reads a row that lost its empty 年初预算数 cell the way its rate agrees with', () => {
    const rec = recordOf(
      [...PROJECT_HEAD, ...FUNDING, '年度资金总额', '95.4', '88.12', '10', '92.37%', '9.24'].join('\n\n'),
    );
    expect(rec.projects[0]).toMatchObject({ budget: '95.4', executed: '88.12', execution_rate: '92.37' });
  });

  it('reads a funds header that names its weight 分值权重, its rows a space apart', () => {
    const header = '资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分';
    const rec = recordOf(
      [...PROJECT_HEAD, header, '年度资金总额 0.00 95.40 88.12 10 92.37% 9.24'].join('\n'),
    );
    expect(rec.projects[0]).toMatchObject({ budget: '95.4', executed: '88.12', execution_rate: '92.37' });
  });

  it('keeps no score where the 总分 row states only its maximum', () => {
    const rec = recordOf(
      [...PROJECT_HEAD, ...FUNDING, ...TOTAL, '总分 |', '100 |', '|', '|']
        .map((c) => (c.endsWith('|') ? c : `${c} |`))
        .join('\n'),
    );
    expect(rec.projects[0]!.score).toBeUndefined();
  });

  it('cuts figures a PDF glued together the way 执行率 = 执行数 ÷ 预算数 allows', () => {
    const glued = `${PROJECT_HEAD.join('')}${FUNDING.slice(1).join('')}年度资金总额8095.488.121092.37%9.24总分10093.5`;
    const rec = recordOf(`某某县公路养护中心2022年度项目支出绩效自评表\n${glued}`);
    expect(rec.projects[0]).toMatchObject(expected);
    expect(cutFigures('88.685.0696.00%', 3)).toContainEqual(['88.6', '85.06', '96.00%']);
  });

  it('gives a department form’s funding row to the department, with its initial budget', () => {
    const rec = recordOf(
      [
        '某某县水利局2022年度部门整体支出绩效自评表',
        '部门名称 | 某某县水利局',
        FUNDING.join(' | '),
        TOTAL.join(' | '),
        '总分 | 100 | 91.5',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({
      budget: '95.4',
      executed: '88.12',
      execution_rate: '92.37',
      score: '91.5',
    });
    expect(rec.finance.budget_initial).toBe('80');
    expect(rec.projects).toHaveLength(0);
  });

  it('reads the 福建 funds block whose head is wrapped a piece a line with circled-number formulas', () => {
    const head = [
      '财政资金安排和使用情况  资金结构',
      '(万元)',
      '年初部门预算安排金额',
      '历年结余结转',
      '年中调整金额③ 小计',
      '④ = ①+② +③',
      '年度拨付金额',
      '支出实现率(%)',
      '⑥=⑤/④',
      '本年度结余金额',
      '⑦=④-⑤',
      '资金结余率',
      '(%)',
      '⑧=⑦/④',
    ];
    const rec = recordOf(
      [
        '部门整体支出绩效自评表',
        '(2021年度)',
        '部门(单位)名称 某某市档案馆 部门预算编码 901002003',
        ...head,
        '财政资金小计 120.5 6.2 10 136.7 130.1 95% 6.6 5%',
        '其他资金小计',
        '合 计 120.5 6.2 10 136.7 130.1 95% 6.6 5%',
        '总分 100 93',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({
      budget: '136.7',
      executed: '130.1',
      execution_rate: '95',
      score: '93',
    });
    expect(rec.finance).toMatchObject({ budget_initial: '120.5', carryover_begin: '6.2' });
  });
});

describe('a funding block of sources and structure, with no total row', () => {
  const form = (structure: string[]) =>
    recordOf(
      [
        '某某县林业局2020年度部门整体支出绩效评价表',
        '部门名称 | 某某县林业局',
        '整体支出规模 | 全年预算数 | 全年执行数 | 执行率',
        '资金来源：（1）财政拨款 | 300.00 | 290.00 | 96.67%',
        '（2）其他资金 | 20.50 | 10.25 | 50%',
        ...structure,
      ].join('\n'),
    );

  it('states the whole where its sources and its structure add up to the same', () => {
    const rec = form([
      '资金结构：（1）基本支出 | 200.50 | 195.25 | 97.38%',
      '（2）项目支出 | 120.00 | 105.00 | 87.5%',
    ]);
    expect(rec.overall).toMatchObject({ budget: '320.5', executed: '300.25' });
    // two sources carry the block: neither one's rate is the block's
    expect(rec.overall.execution_rate).toBeUndefined();
    expect(rec.finance.basic).toBe('195.25');
  });

  it('gives no whole where they disagree, or where the structure is missing', () => {
    const disagree = form([
      '资金结构：（1）基本支出 | 200.50 | 195.25 | 97.38%',
      '（2）项目支出 | 110.00 | 105.00 | 95%',
    ]);
    expect(disagree.overall.budget).toBeUndefined();
    expect(disagree.overall.executed).toBe('300.25');
    expect(form([]).overall).toEqual({});
  });
});

function tables(text: string): string[][][] {
  return rebuildTables(readText('x.txt', Buffer.from(text)).blocks)
    .filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')
    .map((b) => b.table.rows.map((r) => r.cells.map((c) => c.text)));
}

describe('rebuilding flattened tables', () => {
  it('joins a header word split over two cells and leaves the caption out', () => {
    const t = tables(
      [
        '四、“三公”经费情况(万元)',
        '项目',
        '预算',
        '数',
        '实际支出数',
        '合计',
        '18.00',
        '15.36',
        '公务接待费',
        '6.00',
        '4.26',
      ].join('\n\n'),
    );
    expect(t).toEqual([
      [
        ['项目', '预算数', '实际支出数'],
        ['合计', '18.00', '15.36'],
        ['公务接待费', '6.00', '4.26'],
      ],
    ]);
  });

  it('drops the 行次 line numbers of a 决算 table written two items a line', () => {
    const t = tables(
      ['项目 行次 金额 项目 行次 金额', '本年收入合计 11 3,490.30 本年支出合计 42 3,466.97'].join('\n'),
    );
    expect(t[0]![1]).toEqual(['本年收入合计', '3,490.30', '本年支出合计', '3,466.97']);
  });

  it('keeps a short row short where the rest of the row was one empty spanning cell', () => {
    const blocks: Block[] = [
      {
        kind: 'table',
        table: {
          line: 1,
          rows: [
            {
              line: 1,
              cells: ['一级指标', '分值', '三级指标', '分值', '得分'].map((text) => ({ text, line: 1 })),
            },
            {
              line: 2,
              cells: [
                { text: '预算执行率', line: 2 },
                { text: '5', line: 2 },
                { text: '', line: 2, colSpan: 3 },
                { text: '', line: 2 },
                { text: '', line: 2 },
              ],
            },
          ],
        },
      },
    ];
    const rebuilt = rebuildTables(blocks)[0] as Extract<Block, { kind: 'table' }>;
    expect(rebuilt.table.rows[1]!.cells.map((c) => c.text)).toEqual(['预算执行率', '5']);
  });
});

describe('a project report whose funding block comes before the form names the project', () => {
  it("gives the block to the project, and the indicator table's 合计 to both", () => {
    const rec = recordOf(
      [
        '某某县农业农村局2016年耕地保护补助项目绩效自评材料',
        '项目资金到位及使用情况(万元)',
        '预算安排',
        '实际到位',
        '实际支出',
        '结余',
        '60.00',
        '60.00',
        '57.00',
        '3.00',
        '资金使用率',
        '95.00%',
        '项目名称:耕地保护补助',
        '实施单位:某某县农业农村局',
        '一级指标',
        '二级指标',
        '三级指标',
        '分值',
        '自评得分',
        '专家评分',
        '自评情况',
        '项目决策',
        '目标设置',
        '目标完整性',
        '10',
        '9',
        '9',
        '目标明确',
        '合计',
        '100',
        '88',
        '86',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '60', executed: '57', execution_rate: '95', score: '88' });
    expect(rec.projects.find((p) => p.name === '耕地保护补助')).toMatchObject({
      budget: '60',
      executed: '57',
      score: '88',
    });
  });
});

describe('a project form with only 年初预算数', () => {
  it('takes it for the budget the rate is of', () => {
    const rec = recordOf(
      [
        '项目支出绩效自评表(2016年度)',
        '项目名称\t道路保洁外包经费',
        '实施单位\t某某区某某街道城市运行服务中心',
        '项目资金(万元)\t年初预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分',
        '年度资金总额\t310.2\t154.74\t10\t50%\t5',
      ].join('\n'),
    );
    expect(rec.projects.find((p) => p.name === '道路保洁外包经费')).toMatchObject({
      budget: '310.2',
      executed: '154.74',
      execution_rate: '50',
    });
  });
});

describe('a 总分 a PDF set before its rows’ text cells', () => {
  it('takes the largest figure that ends the run after them', () => {
    const rec = recordOf(
      [
        '2019 年区级科技专项资金项目自评表 单位名称:某某区科学技术局 项目名称 2019 年区级科技专项资金 预算数 (A) 执行数(B) 执行率(B/A) 得分 52.6 47.9 91.06% 18.21 三级指标 年初目标值 (A) 实际完成值 (B) 得分 企业数量 15 14 9 总分 质量指标 有所提升 持续增加 8 7 88.21 —1— 偏差原因',
      ].join('\n'),
    );
    expect(rec.overall.score).toBe('88.21');
  });
});

describe('a project form glued into one run', () => {
  it('ends the name with its 项目 before 主管部门 and keeps a 支出 the name has', () => {
    const rec = recordOf(
      [
        '部门预算项目支出绩效自评表(2023年度)项目名称51090424T000012637015-公益性公墓建设补助项目主管部门某某区民政局实施单位某某区民政局预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额0.00 45.00 43.20 96.00% 10 9.6',
        '部门预算项目支出绩效自评表(2023年度)项目名称51090422R000000041872-工资性支出主管部门某某区民政局实施单位某某区民政局预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额498.60 512.37 512.37 100.00% 10',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['公益性公墓建设补助项目', '45', '43.2'],
      ['工资性支出', '512.37', '512.37'],
    ]);
  });
});

describe('forms glued one after another in an article, the last row of the one before running into the next', () => {
  it('reads each form, with the score of its 合计 row glued after a reason', () => {
    const form = (name: string, money: string, total: string) =>
      `部门预算项目支出绩效自评表(2021年度)项目名称62042221T0000000073-${name}主管部门某某县教育局部门实施单位(盖章)某某县第一中学预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额 ${money} 其中:财政资金 ${money}绩效指标(90分)一级指标二级指标三级指标指标性质指标值度量单位完成值权重得分未完成原因分析产出指标数量指标受助学生人数≥300人 290人 90 ${total}宣传不够到位合计100 ${total}评价结论项目基本完成。项目负责人:张三财务负责人:李四`;
    const rec = recordOf(
      [
        '某某县融媒体中心',
        '某某县第一中学2021年度部门预算项目支出绩效自评表',
        '满意度指标服务对象满意度指标学生满意度≥90% 94% 10 10 合计100 94评价结论达到目标。项目负责人:张三财务负责人:李四' +
          form('普通高中免学费补助', '120.00 110.00 110.00 100.00% 10 10', '81.8') +
          form('教师培训经费', '40.00 40.00 30.00 75.00% 10 7.5', '80.5'),
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['普通高中免学费补助', '110', '110', '81.8'],
      ['教师培训经费', '40', '30', '80.5'],
    ]);
  });
});

describe('several forms in 元 a document site glued and wrapped', () => {
  it('cuts seven-figure amounts, keeps a word of the accounts inside a name, and mends a label cut by a wrap', () => {
    const form = (name: string, money: string) =>
      `项目支出绩效自评表(2020年度)项目名称${name}主管部门某某县教育和体育局实施单位某某县第二实验小学项目资金(元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额${money}其中:当年财政拨款——`;
    const first = form('学生公用经费保障', '1520000.001520000.001489600.001098.00%9.8');
    const second = form('运动场改造', '260000.00260000.00241800.001093.00%9.3');
    // The site wrapped its text inside the second form's 主管部门.
    const cut = second.indexOf('主管部') + 3;
    const rec = recordOf(
      ['某某县第二实验小学2020年度项目支出绩效自评表', first + second.slice(0, cut), second.slice(cut)].join(
        '\n',
      ),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['学生公用经费保障', '152', '148.96', '98'],
      ['运动场改造', '26', '24.18', '93'],
    ]);
  });
});

describe('a funds row glued into one run of figures', () => {
  it('is cut so the amounts are written alike, and never with a rate of 0 beside an amount spent', () => {
    const a = recordOf(
      '部门整体支出绩效自评表(2021年度)区级预算单位名称永州市零陵区疾病预防控制中心年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10',
    );
    expect(a.overall).toMatchObject({ budget: '2456.18', executed: '2456.18', execution_rate: '100' });
    expect(a.unit.name).toBe('永州市零陵区疾病预防控制中心');
    const b = recordOf(
      '项目支出绩效自评表 项目名称 康复设备购置补助 预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政 资金总额600588.698.10%19.62',
    );
    expect(b.overall).toMatchObject({ budget: '600', executed: '588.6', execution_rate: '98.1' });
  });

  it('reads a rate written as a ratio (执行率(B/A) 0.96, or 1) as a percentage', () => {
    const form = (row: string) =>
      recordOf(
        `2021年度某某项目自评表单位名称:某某县水利局填报日期:项目名称小型水库维修养护补助主管部门某某县水利局项目实施单位某某县水利局预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额${row}总分93.2`,
      );
    expect(form('38.436.860.9619.2').projects).toMatchObject([
      {
        name: '小型水库维修养护补助',
        budget: '38.4',
        executed: '36.86',
        execution_rate: '96',
        score: '93.2',
      },
    ]);
    expect(form('12.612.6120').projects).toMatchObject([
      { budget: '12.6', executed: '12.6', execution_rate: '100' },
    ]);
  });
});

describe('a form whose rows each lost the cells between label and value', () => {
  it('reads every line as its label and what follows, the figures cut by the form’s arithmetic', () => {
    const form = [
      '项目支出绩效自评表',
      '(2022年度)',
      '项目名称村级道路养护经费',
      '主管部门某某县交通运输局实施单位某某县交通运输局',
      '项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分',
      '年度资金总额60.0072.4065.161090.00%9',
      '其中:当年财政拨款60.0072.4065.16—90.00%—',
      '上年结转资金———',
      '总分10088.5',
    ];
    const rec = recordOf(form.join('\n'));
    expect(rec.projects).toMatchObject([
      { name: '村级道路养护经费', budget: '72.4', executed: '65.16', execution_rate: '90', score: '88.5' },
    ]);
  });

  it('leaves a title and a label written with its colon or in prose whole', () => {
    expect(splitGlued('项目支出绩效自评表')).toBeUndefined();
    expect(splitGlued('项目名称:某某经费')).toBeUndefined();
    expect(splitGlued('主管部门为某某县交通运输局')).toBeUndefined();
  });
});

describe('an older project form written as label–value pairs', () => {
  it('reads its 实际支出数 and rate for the project as well as the unit', () => {
    const rec = recordOf(
      [
        '某某县水利局2018年度项目绩效自评表(小型水库维修养护)',
        '项目绩效自评表',
        '项目名称：小型水库维修养护　　项目主管部门：某某县水利局　　项目实施单位：某某县水利局',
        '一、预算执行情况',
        '　　年初预算数：65万元　　调整后预算数：71.2万元　　实际到位数：71.2万元',
        '　　实际支出数：60.52万元　　预算执行率：85%　　结余：10.68万元',
        '三、自评得分',
        '　　自评总分：86　　自评等级：良好',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '小型水库维修养护', budget: '71.2', executed: '60.52', execution_rate: '85', score: '86' },
    ]);
    expect(rec.overall).toMatchObject({ budget: '71.2', executed: '60.52', execution_rate: '85' });
  });
});

describe('a town form’s parts beside its funds block', () => {
  const form = (executed: string) =>
    recordOf(
      [
        '某某县某某镇2020年度部门整体支出绩效自评表',
        '单位名称 | 某某县某某镇人民政府 |',
        '基本支出总额 | 912.46万 | 项目支出总额 | 136.8万 |',
        '预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |',
        `部门整体支出总额 | 1049.26 | ${executed} |`,
      ].join('\n'),
    ).finance;

  it('are the budget’s where they add up to it and not to what was spent', () => {
    expect(form('1021.37 | 97.34% | 19.47')).toMatchObject({
      budget_basic: '912.46',
      budget_project: '136.8',
    });
    expect(form('1049.26 | 100% | 20')).toMatchObject({ basic: '912.46', project: '136.8' });
  });
});

describe('a form an aggregator masked', () => {
  it('reads a row whose masked cell (***) is an empty one, and takes no masked name for the unit', () => {
    const rec = recordOf(
      [
        '【江西,抚州市】某某县人民医院2022年度部门整体支出绩效自评表',
        '部门整体支出绩效自评表 (***年度) 部门名称 | 某某县***医院 |',
        '年度预算资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 *** 6,842.17 6,590.73 10 96.33% 9.63 其中:基本支出 3,280.00 3,426.50 3,418.92 — — — 项目支出 *** 3,415.67 3,171.81 — — — 年度总体目标 预期目标 实际完成情况',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '6842.17', executed: '6590.73', execution_rate: '96.33' });
    expect(rec.unit.name).toBe('某某县人民医院');
  });
});

describe('a glued form head', () => {
  it('ends a 主管部门 at the 项目实施单位 after it, leaving no 项目 on the bureau', () => {
    const cells = splitGlued(
      '项目名称禁捕退捕补助主管部门区农业农村局项目实施单位渔政执法大队项目类别部门预算项目',
    );
    expect(cells).toEqual(expect.arrayContaining(['区农业农村局', '项目实施单位', '渔政执法大队']));
  });
});

describe('parts a department form writes one to a cell under its funds', () => {
  const form = (executed: string, basic: string, project: string) =>
    recordOf(
      [
        '部门整体支出绩效自评表',
        '预算单位名称',
        '某某县林业局',
        '年度预算申请',
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
        '年度资金总额',
        '4753.66',
        '4753.66',
        executed,
        '10',
        '80.45%',
        '8',
        '按支出性质分:',
        `其中:基本支出:${basic}万元`,
        `项目支出:${project}万元`,
      ].join('\n\n'),
    );

  it('are the budget’s where they add up to the budget', () => {
    const rec = form('3824.26', '1768.16', '2985.5');
    expect(rec.finance).toMatchObject({ budget_basic: '1768.16', budget_project: '2985.5' });
    expect(rec.finance.basic).toBeUndefined();
  });

  it('are the spending’s where they do not', () => {
    const rec = form('3824.26', '1500', '2324.26');
    expect(rec.finance).toMatchObject({ basic: '1500', project: '2324.26' });
    expect(rec.finance.budget_basic).toBeUndefined();
  });
});

describe('the basic information of an older project evaluation report', () => {
  it('takes the total planned for the budget and the total used for the amount executed', () => {
    const rec = recordOf(
      [
        '财政支出项目绩效评价报告',
        '项目名称: 教师培训专项经费',
        '项目单位: 某某市教师进修学校 主管部门: 某某市教育局',
        '一、项目基本情况 项目实施单位 某某市教师进修学校 计划投资额 (万元) 其中:中央财政 省财政 市县财政 其他 60.00 60.00 实际到位资金(万元) 其中:中央财政 省财政 市县财政 其他 58.00 58.00 实际使用情况(万元) 55.50 55.50',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某市教师进修学校');
    expect(rec.projects.find((p) => p.name === '教师培训专项经费')).toMatchObject({
      budget: '60',
      executed: '55.5',
    });
  });
});

describe('a regional evaluation form with numbered rows and columns', () => {
  it('reads the funds past the columns no key takes and each row’s number, as the titled project’s', () => {
    const rec = recordOf(
      [
        '某某市某某区林业局2024年度林业草原改革发展资金绩效评价表',
        '年度:2024年',
        '资金投入情况',
        '(万元)',
        '',
        '行次 全年预算数',
        '(A)',
        '统筹整合资金数',
        '(B)',
        '扣除统筹整合资金后预算金额',
        '(C)',
        '全年到位资金',
        '(D)',
        '预算到位',
        '(D/C×100%)',
        '全年执行资金',
        '(E)',
        '预算执行',
        '(E/C×100%)',
        '佐证材料',
        '列次 0 1 2 3 4 5 6 7 所需材料 上传端口',
        '年度资金总额(万元): 1 52.800000',
        '52.800000 52.800000 100.00% 30.800000 58.33%',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '52.8', executed: '30.8', execution_rate: '58.33' });
    expect(rec.projects).toMatchObject([{ name: '林业草原改革发展资金', budget: '52.8', executed: '30.8' }]);
  });
});

describe('a project’s goal table', () => {
  it('states the project’s funds, not the unit’s, and a list header names no project', () => {
    const rec = recordOf(
      [
        '附件1',
        '项目名称 |',
        '金额 |',
        '备注 |',
        '1 |',
        '某某村排洪工程 |',
        '20 |',
        '合计 |',
        '100 |',
        '附件2',
        '2022年省级水利专项资金绩效目标表项目名称',
        '省级水利专项资金',
        '主管部门(单位)名称',
        '某某县水利局',
        '资金情况(万元)',
        '资金总额 | 100',
        '其中:财政拨款 | 100',
        '其他资金',
      ].join('\n\n'),
    );
    // The allocation's row is a project of its own, its 金额 its budget (the list header none).
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([
      ['某某村排洪工程', '20'],
      ['省级水利专项资金', '100'],
    ]);
    expect(rec.finance.fiscal_appropriation).toBeUndefined();
  });
});

describe('a PDF form on one line, amounts in 元', () => {
  const form =
    '某某区图书馆2022年度项目支出绩效自评表\n' +
    '项目支出绩效自评表 (2022 年度) 项目名称 全民阅读推广活动经费 主管部门 某某区文化广电旅游局 年初预算数 全年预算数 ' +
    '全年执行数 分值 执行率 得分 350000.00 420000.00 407,400.0 10 9.7 350000.00 420000.00 407400.0 — ' +
    '上年结转资金 0 0 — 年度资金总额 项目资金 (元) 一级指标 二级指标 三级指标 分值 得分 25 25 10 10 100 97.2 ' +
    '产出指标 数量指标 活动场次 满意度指标 读者满意度 总分 偏差原因';

  it('reads the project though its head runs on into the funding columns', () => {
    const rec = recordOf(form);
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['全民阅读推广活动经费', '42', '40.74'],
    ]);
  });

  it('takes no score for the rate where the row lost its 执行率 cell', () => {
    const rec = recordOf(form);
    expect(rec.projects[0]!.execution_rate).toBeUndefined();
    expect(rec.overall.execution_rate).toBeUndefined();
  });

  it('takes the 总分 row set before the labels it closes: 100, then the score', () => {
    expect(recordOf(form).projects[0]!.score).toBe('97.2');
  });
});

describe('the unit a provincial project report’s cover names', () => {
  it('is the 项目承担单位, not the 预算部门 it belongs to', () => {
    const rec = recordOf(
      [
        '省级预算部门',
        '财政支出项目绩效评价报告',
        '(2020年度)',
        '预算部门:某某省文物局(公章)',
        '某某省文物局',
        '古建筑防火改造项目绩效评价报告',
        '项目承担单位:某某省古建筑保护研究中心',
        '全年实际支出251.4万元,预算执行率94.87%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某省古建筑保护研究中心');
  });
});

describe('an older project evaluation report a document site glued', () => {
  it('reads 项目名称 before 项目单位, and the planned and spent totals of its basic information', () => {
    const rec = recordOf(
      [
        '某某县水利局2016年度小型水库维修项目自评报告',
        '1、财政支出项目绩效评价自评报告评价类型:项目完成结果评价项目名称小型水库维修项目单位某某县水利局主管部门某某县人民政府评价方式:部门(单位)绩效自评一、项目基本概况项目负责人张某联系电话0730-1234567项目起止时间2016年1月起至2016年12月止计划安排资金(万兀)64实际到位资金(万元)60实际支出(万元)58.5结余(万元)1.5其中:中央财政40',
        '五、评价结论经综合评价,该项目自评得分88分,等级为“良”。县级配套资金到位4万元缺口。',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([
      { name: '小型水库维修', budget: '64', executed: '58.5', score: '88' },
    ]);
  });
});

describe('a regional form whose funds went to several units', () => {
  it('takes its 主管部门 for the unit, not 各…学校', () => {
    const rec = recordOf(
      [
        '2022年度中央对地方转移支付区域绩效自评表',
        '| 转移支付(项目)名称 | 学前教育发展资金 | |||',
        '| 地方主管部门 | 某某旗教育局 | 资金使用单位 | 各苏木镇中心幼儿园 | |||',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某旗教育局');
  });
});

describe('a rate a spreadsheet wrote as a fraction', () => {
  it('is the per cent it stands for where executed over budget says so, and stays what it is otherwise', () => {
    const rec = recordOf(
      [
        '某某县某某局2022年度项目支出绩效自评表',
        '| 项目名称 | 农村公路养护 |',
        '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
        '| 年度资金总额 | 190 | 190 | 182.4 | 20 | 0.96 | 19.2 |',
      ].join('\n'),
    );
    expect(rec.projects).toMatchObject([{ budget: '190', executed: '182.4', execution_rate: '96' }]);
    const small = recordOf(
      [
        '某某县某某局2022年度项目支出绩效自评表',
        '| 项目名称 | 应急物资储备 |',
        '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
        '| 年度资金总额 | 100 | 100 | 1 | 20 | 1% | 0.2 |',
      ].join('\n'),
    );
    expect(small.projects).toMatchObject([{ execution_rate: '1' }]);
  });
});

describe('a score sheet’s 合计 after a results table', () => {
  it('is no funds row of the table above it', () => {
    const rec = recordOf(
      [
        '某某区教育局2021年项目绩效评价结果',
        '| 项目名称 | 预算金额(万元) | 实际支出(万元) | 预算执行率 | 评价得分 | 评价等级 |',
        '| 校园安全技防升级项目 | 420.00 | 400.00 | 95.24% | 86 | 良 |',
        '评价机构工作质量评分表',
        '| 考核内容 | 分值 | 计分标准 | 分数 | 备注 |',
        '| 一、评价前期工作组情况 | 30 | | 29 | |',
        '| 二、评价后期工作组情况 | 70 | | 66 | |',
        '| 合计 | 100 | | 95 | |',
      ].join('\n'),
    );
    expect(rec.overall.budget).not.toBe('100');
    expect(rec.overall.execution_rate).not.toBe('95');
  });
});

describe('a project form a PDF wrote column by column', () => {
  const head = ['项目名称', '主管部门', '实施单位'];
  const values = ['乡村道路养护经费', '某某县交通运输局', '某某县公路养护中心'];
  const rows = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];
  const byRows = [...FUNDING.slice(1), '80 95.4 88.12 10 92.37% 9.24', '80 95.4 88.12 — 92.37% —'];
  const byColumns = ['年初预算数', '80', '80', '全年预算数', '95.4', '95.4', '全年执行数', '88.12', '88.12'];
  const rest = ['分值', '10', '执行率', '92.37%', '92.37%', '得分', '9.24', '总分', '100 93.5'];

  it.each([
    ['the head labels in a column, then their values', [...head, ...values, ...rows, ...byRows]],
    [
      'the head labels on one line, their values on the next',
      [head.join(' '), values.join(' '), ...rows, ...byRows],
    ],
    [
      'the funds block column after column',
      [...head, ...values, '项目资金（万元）', ...rows, ...byColumns, ...rest],
    ],
  ])('pairs each value with its label from %s', (_, lines) => {
    const rec = recordOf(['项目支出绩效自评表', '（2022年度）', ...lines, '总分 100 93.5'].join('\n'));
    expect(rec.unit.name).toBe('某某县公路养护中心');
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['乡村道路养护经费', '95.4', '88.12', '92.37'],
    ]);
  });

  it('keeps a list header (序号 | 项目名称 | 实施单位 …) as the header it is', () => {
    const labels = (texts: string[]) => texts.map((t) => ({ raw: t, text: t, label: t, loc: { line: 1 } }));
    const list = labels(['序号', '项目名称', '实施单位', '预算资金', '评价得分', '1', '乡村道路养护经费']);
    expect(pairLabelRuns(list).map((c) => c.label)).toEqual(list.map((c) => c.label));
    expect(pairLabelRuns(labels([...head, ...values])).map((c) => c.label)).toEqual([
      '项目名称',
      '乡村道路养护经费',
      '主管部门',
      '某某县交通运输局',
      '实施单位',
      '某某县公路养护中心',
    ]);
  });
});

describe('a funds block whose header holds the arrival rate (资金到位率) before the execution rate', () => {
  it('reads the execution rate, not the arrival rate, and the amounts under their words', () => {
    const rec = recordOf(
      [
        ...PROJECT_HEAD,
        '金额单位：元',
        '资金情况\t预算安排数\t实际到位数\t实际支出数\t结余数\t资金到位率\t预算执行率',
        '\t500,000.00\t500,000.00\t462,000.00\t38,000.00\t100%\t92.4%',
      ].join('\n'),
    );
    expect(rec.projects[0]).toMatchObject({ budget: '50', executed: '46.2', execution_rate: '92.4' });
  });
});

describe('a PDF text layer that wrote the funds header’s two-line words line by line', () => {
  it('joins each first half to its second half (年初 全年 全年 分值 执行率 得分 预算数 预算数 执行数)', () => {
    const rec = recordOf(
      [
        '项目支出绩效自评表 ( 2021 年度) 项目名称 校舍维修经费 主管部门 某某县教育局 实施单位 某某县第一中学',
        '年初 全年 全年 分值 执行率 得分 预算数 预算数 执行数 项目资金 年度资金总额 40 45.5 43.2 10 94.95% 9.5 (万元)',
        '总分 100 96.5',
      ].join(' '),
    );
    expect(rec.projects[0]).toMatchObject({ budget: '45.5', executed: '43.2', execution_rate: '94.95' });
  });
});

describe('a 总分 row that states the maximum under two weight columns', () => {
  it('takes the score after the maxima, not the second maximum', () => {
    const rec = recordOf(
      [...PROJECT_HEAD, ...FUNDING, ...TOTAL, '总分', '100', '', '', '100', '93.5']
        .map((c) => `${c} |`)
        .join('\n'),
    );
    expect(rec.projects[0]?.score).toBe('93.5');
  });
});

describe('a scanned form whose 总分 row OCR wrote with letters', () => {
  it('reads the score after the maximum', () => {
    const rec = recordOf(
      [...PROJECT_HEAD, ...FUNDING, ...TOTAL].join('\n') + '\n总分 IOO 9l.6\n第 l 页 共 l 页',
    );
    expect(rec.projects[0]?.score).toBe('91.6');
  });
});

describe('a project report form a document site glued into one line, its funds with no total row', () => {
  const line =
    '部门(单位)名称:某某区河西街道办事处项目名称:社区养老助餐经费报告日期:2022年3月1日项目支出绩效报告表' +
    '项目基本情况项目名称社区养老助餐经费项目编号项目主要内容助餐点运营项目实施单位某某区河西街道办事处' +
    '项目负责人王**联系电话项目资金情况(万元)年初预算数全年预算数全年执行数执行率财政拨款60.0080.0072.0090.00%其他资金000';

  it('cuts the fields without their colons and reads the one source carrying the funds as the project’s', () => {
    expect(splitGlued(line)?.slice(0, 4)).toEqual([
      '部门(单位)名称',
      '某某区河西街道办事处',
      '项目名称',
      '社区养老助餐经费',
    ]);
    const rec = recordOf(line);
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate])).toEqual([
      ['社区养老助餐经费', '80', '72', '90'],
    ]);
  });

  it('reads no funds where two sources carry them and no total row adds them up', () => {
    const rec = recordOf(line.replace('其他资金000', '其他资金10.0010.0010.00100.00%'));
    expect(rec.projects.filter((p) => p.budget !== undefined)).toEqual([]);
  });
});

describe('round 47: a traditional-character preview’s glued form with ticked boxes', () => {
  it('keeps 项目 to the label a colon closes, reads the closing fields after a chunk number, and the ticked grade', () => {
    const rec = recordOf(
      [
        '市级财政项目支出绩效自评表',
        '(2018年度)',
        '项 目 名 称: 基层卫生补助经费项目承担单位: 某某县卫生健康局 (公章)项目主管部门: 某某县卫生健康局',
        '年度资金总额 | 100 | 90 | 90%',
        '4、自评总分86自评等级优 良r 中 差存在问题补助资金拨付较晚,部分未到位。改进措施加快拨付,按月调度。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.score])).toEqual([['基层卫生补助经费', '86']]);
    expect(rec.overall.grade).toBe('良好');
  });
});

describe('a project target sheet (绩效目标表), which states a budget and no spending', () => {
  it('reads the project a cell a line after empty sign-off fields, its 年度资金总额 as its budget', () => {
    const rec = recordOf(
      [
        '某某县农业农村局2022年项目支出绩效目标公开',
        '项目支出绩效目标表 |',
        '项目责任人: |',
        '|',
        '单位(盖章): |',
        '|',
        '项目名称 |',
        '农田水利设施维护 |',
        '主管部门及代码 |',
        '[056]某某县农业农村局 |',
        '年度资金总额: |',
        '260.00 |',
        '其中:财政拨款 |',
        '200.00 |',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget?.toString()])).toEqual([['农田水利设施维护', '260']]);
    expect(rec.finance.fiscal_appropriation).toBeUndefined();
  });

  it('reads a budget stated as 预算数 and its one figure', () => {
    const rec = recordOf(
      [
        '项目支出绩效目标表',
        '206102某某区人民法院 | 单位:万元 | |||||',
        '项目名称 | 诉讼服务运行维护 | |||||',
        '预算规模及资金用途 | 预算数 | 36.50 | 其中:财政 资金 | 36.50 | 其他资金 | |',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget?.toString()])).toEqual([['诉讼服务运行维护', '36.5']]);
  });
});

describe('a project form whose implementer is a detachment named with no place', () => {
  it('is the form of the placed body that supervises it', () => {
    const rec = recordOf(
      [
        '项目支出绩效自评表',
        '(2020年度)',
        '项目名称 交通管理经费',
        '主管部门 宣城市公安局 实施单位 交通警察支队',
        '年初预算数 全年预算数 全年执行数 分值 执行率 得分',
        '年度资金总额: 80 86 82.12 10 95.49% 9.55',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '宣城市公安局', city: '宣城市' });
  });
});

describe('a target sheet whose 资金总额 cell was left blank', () => {
  it('takes the appropriation, the only money stated, for the project’s budget', () => {
    const rec = recordOf(
      [
        '项目支出绩效目标表',
        '项目名称',
        '农村公路日常养护',
        '资金总额',
        '',
        '其中:财政拨款',
        '',
        '286',
        '',
        '其他资金',
        '',
        '总体目标',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, String(p.budget)])).toEqual([['农村公路日常养护', '286']]);
  });
});

describe('a score sheet written a cell a paragraph', () => {
  it('takes the 合计 after its split 一级 / 指标 header for the score', () => {
    const rec = recordOf(
      [
        '某某县档案馆2020年度部门决算',
        ...['绩效指标', '指标分值', '指标解释', '计分标准', '自评', '得分', '一级', '指标', '二级', '指标'],
        ...['部门管理(20分)', '资金投入', '20', '考察资金是否足额到位。', '足额到位的,得20分。', '19'],
        ...['合计', '100', '94.3'],
      ].join('\n'),
    );
    expect(rec.overall.score?.toString()).toBe('94.3');
  });
});

describe('a form a budget system exported: no unit stated, amounts to the fen, a lost glyph after each', () => {
  const form = (total: string, fiscal: string) =>
    [
      '2023年度项目支出绩效自评表 | ||||||',
      '项目名称: | 乡村学校校舍维修 | 项目编码: | 500000231000001 | 自评总分: | 96.20 | |||',
      '项目主管部门: | 105-某某县教育委员会 | 部门联系人: | 李某 | |||',
      '资金情况 | ||||||||',
      '年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 | |||',
      `年度总金额 | ${total} | ||||`,
      `其中:财政拨款 | ${fiscal} | 10.00 | 9.62? | ||`,
    ].join('\n');

  it('reads the amounts in 元 and the rate of the one source carrying the total', () => {
    const rec = recordOf(
      form('320,000.00? | 386,500.00? | 371,813.00? |', '320,000.00? | 386,500.00? | 371,813.00? | 96.20'),
    );
    expect(rec.projects?.[0]).toMatchObject({
      name: '乡村学校校舍维修',
      budget: '38.65',
      executed: '37.1813',
      execution_rate: '96.2',
      score: '96.2',
    });
  });

  it('takes no rate from a source that carries only part of the total', () => {
    const rec = recordOf(
      form('320,000.00? | 386,500.00? | 371,813.00? |', '300,000.00? | 350,000.00? | 340,200.00? | 97.20'),
    );
    expect(rec.projects?.[0]?.execution_rate).toBeUndefined();
    expect(rec.projects?.[0]?.budget).toBe('38.65');
  });
});

describe('a re-evaluation score sheet written on one line, spaces between its cells', () => {
  it('names the project with its year and takes the score from 合计 under 指标 | 权重 | 评分结果', () => {
    const rec = recordOf(
      [
        '2018 年度市级财政支出项目绩效再评价评分表 项目名称 2018 年度城区绿化养护经费 单位 某某市园林局',
        '内容 指标 权重 评分结果 备注 投入 预算执行率 30.00 27.00',
        '产出 绿地养护面积 30.00 24.00 结果 群众满意度 40.00 31.60 合计 100.00 82.60',
      ].join(' '),
    );
    expect(rec.projects).toEqual([
      expect.objectContaining({ name: '2018年度城区绿化养护经费', score: '82.6' }),
    ]);
  });
});

describe('a transfer payment’s regional self-evaluation form', () => {
  it('names the fund from 专项名称, the unit not from the authorities above it, and reads 执行数: beside 预算数:', () => {
    const rec = recordOf(
      [
        '城乡义务教育补助经费区域绩效目标自评表',
        '来源:某某县教育和体育局 发布时间:2022-05-10',
        '专项名称 | 城乡义务教育补助经费 | 中央主管部门 | 教育部 | 自评得分 |',
        '省级财政部门 | 四川省财政厅 | 省级主管部门 | 四川省教育厅 | 94.5 |',
        '预算执行情况 | 预算数: | 412.6 | 执行数: | 398.3 | 19.3 |',
        '其中:中央补助 | 320 万元 | 其中:中央补助 | 310.2万元 | |',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县教育和体育局');
    expect(rec.projects?.[0]).toMatchObject({
      name: '城乡义务教育补助经费',
      budget: '412.6',
      executed: '398.3',
      score: '94.5',
    });
  });
});

describe('a form whose column letters lost their brackets (全年预算数A | 全年执行数B)', () => {
  it('reads the columns by their words, the letter no part of them', () => {
    const rec = recordOf(
      [
        '某某县人民检察院项目支出绩效自评表',
        '项目名称',
        '',
        '办案业务补助资金',
        '',
        '项目资金(万元)',
        '',
        '年初预算数',
        '',
        '全年预算数A',
        '',
        '全年执行数B',
        '',
        '分值',
        '',
        '执行率B/A',
        '',
        '得分',
        '',
        '年度资金总额',
        '',
        '150',
        '',
        '164.5',
        '',
        '152.3',
        '',
        '10',
        '',
        '92.58%',
        '',
        '9.3',
      ].join('\n'),
    );
    expect(rec.projects?.[0]).toMatchObject({
      name: '办案业务补助资金',
      budget: '164.5',
      executed: '152.3',
      execution_rate: '92.58',
    });
  });
});

describe('a department report with its project forms attached, as pdftotext -layout writes them', () => {
  const form = (code: string, name: string, figures: string[]) => [
    '附件',
    '                                   项目支出绩效自评表',
    '                                    ( 2021年度)',
    `    项目名称                             ${code}${name}`,
    '    主管部门            某某县民政局                    实施单位            某某县民政局',
    '                                    年初          全年          全年',
    '                                                                               分值      执行率        得分',
    '                                   预算数        预算数        执行数',
    `                   年度资金总额      ${figures.join('       ')}`,
    '    项目资金',
    '                   上年结转资金      —             —             —             —         —             —',
    '                                            总分                                           100   95.50',
  ];

  it('reads each form as a project (its budget code and a quoted word kept apart) and the unit’s figures from its report', () => {
    const rec = recordOf(
      [
        '某某县民政局2021年度部门整体支出绩效自评报告',
        '2021年度全年预算数2856.42万元,执行数2791.08万元,预算执行率97.71%。',
        ...form('37172520R000000031245-', '城乡居民最低生活保障资金', [
          '1650.00',
          '1702.60',
          '1688.14',
          '10',
        ]),
        ...form('', '“两癌”筛查救助', ['18.60', '18.60', '17.92', '10', '96.34%', '9.63']),
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '2856.42', executed: '2791.08', execution_rate: '97.71' });
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['城乡居民最低生活保障资金', '1702.6', '1688.14'],
      ['“两癌”筛查救助', '18.6', '17.92'],
    ]);
  });
});

describe('河北’s older 部门工作活动(项目)绩效评价自评报告, a workbook of sheets', () => {
  it('names the project and unit from 工作活动(项目) fields and reads 本年度资金 under its two-level header', () => {
    const rec = recordOf(
      [
        '某某县部门工作活动(项目) | |||||||',
        '绩效评价自评报告 | |||||||',
        '( 2019 年度) | |||||||',
        '工作活动(项目)名称: | 档案数字化加工经费 | ||||||',
        '工作活动(项目)承担单位: | 柏乡县档案馆 | ||||||',
        '工作活动(项目)主管部门: | 柏乡县档案馆 | ||||||',
        '一、项目资金情况 | ||||||||||',
        '以前年度资金(万元) | 本年度资金(评价项目的资金使用年度) | |||||||||',
        '预算安排 (万元) | 实际到位金额 (到达项目单位) | 实际支出金额 (项目单位支出) | 结余金额 (万元) | |||||||',
        '合计 | 12 | 12 | 11.46 | 0.54 | ||||||',
        '县财政资金 | 12 | 12 | 11.46 | 0.54 | ||||||',
        '自评总分 | 92.5 | 自评等级 | 优 | ||||||',
        '评价组组长: 韩某某 | 评价组成员: 郭某某 | |||||||',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('柏乡县档案馆');
    expect(rec.overall).toMatchObject({ budget: '12', executed: '11.46', score: '92.5' });
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['档案数字化加工经费', '12', '11.46'],
    ]);
  });
});

describe('a funding row short of its columns', () => {
  const head = [
    '项目支出绩效自评表',
    '（2023年度）',
    '项目名称　草场围栏维护经费',
    '主管部门　某某县人民政府　实施单位　某某县某某镇人民政府',
    '项目资金（万元）　　年初预算数　全年预算数　全年执行数　分值　执行率　得分',
  ];

  it('takes three figures for the budgets and the spending, not for a budget, a 分值 and a 得分', () => {
    const rec = recordOf([...head, '年度资金总额　8.00　8.00　7.60', '总分　100　90'].join('\n'));
    expect(rec.projects.map((p) => [p.budget, p.executed])).toEqual([['8', '7.6']]);
  });

  it('cuts a glued row whose rate and score were left empty where its amounts are to the fen', () => {
    const glued =
      '项目支出绩效自评表(2022年度)项目名称 人民调解补贴经费主管部门某某区司法局实施单位某某区司法局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额36.0036.0034.5610其中:当年财政拨款36.0036.0034.56上年结转资金其他资金总分10092.20';
    const rec = recordOf(glued);
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed])).toEqual([
      ['人民调解补贴经费', '36', '34.56'],
    ]);
  });
});

describe('a Fujian department form whose column words carry their formulas', () => {
  it('reads 支出实现率(%)⑤=④/③ as the rate column, so the 合计 row gives the rate', () => {
    const rec = recordOf(
      [
        '某某县档案馆部门整体支出绩效自评表',
        '部门(单位)名称\t某某县档案馆',
        '财政资金安排和使用情况(万元)\t年初部门预算安排金额(含历年结余结转)①\t年中调整金额②\t小计③=①+②\t年度拨付金额④\t支出实现率(%)⑤=④/③\t本年度结余金额⑥=③-④',
        '合计\t60.00\t4.50\t64.50\t63.20\t97.98\t1.30',
      ].join('\n'),
    );
    expect(rec.overall).toMatchObject({ budget: '64.5', executed: '63.2', execution_rate: '97.98' });
  });
});

describe('a form whose PDF lines were cut inside its words', () => {
  it('joins a word of the forms cut at a line’s end and taken for a row’s last cell', () => {
    const got = recognisedOf(
      [
        '某某镇卫生院2022年度项目支出绩效自评表',
        '项目名称 基本药物制度补助资金 主管部门 某某县卫生健',
        '康局 实施单位 某某镇卫生院 项目资金(万元) 年',
        '初预算数 全年预算数 全年执行数 分值 执行率 得分 年',
        '度资金总额 14.00 16.00 15.20 10 95.00% 9.50 其中:当',
        '年财政拨款 14.00 16.00 15.20 — 95.00% —',
        '总分 100 94.50',
      ].join('\n'),
    );
    // The funds row read as the form's, its first figure the 年初预算数.
    const facts = got.reading.projects.find('基本药物制度补助资金')!.facts;
    expect(
      ['budget_initial', 'budget', 'executed'].map((k) => [
        String(facts.best(k as never)?.value),
        facts.best(k as never)?.origin,
      ]),
    ).toEqual([
      ['14', 'form'],
      ['16', 'form'],
      ['15.2', 'form'],
    ]);
  });
});

describe('a funding row with a figure more than its header has columns', () => {
  it('fits the columns to the figures the form’s arithmetic supports, and reads 分总 as the 总分 row', () => {
    const rec = recordOf(
      [
        '某某县实验小学特殊教育补助资金转移支付整体绩效目标自评表',
        '(2023年度)',
        '转移支付(项目)名称 特殊教育补助资金',
        '市级主管部门 某某市教育体育局',
        '项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分',
        '年度资金总额: 42 42 42 39.9 10 95% 9.5',
        ' 其中:中央资金 42 42 42 39.9 10 95% 9.5',
        '       其他资金',
        '分总 100 96.5',
      ].join('\n'),
    );
    expect(
      rec.projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score].map(String)),
    ).toEqual([['特殊教育补助资金', '42', '39.9', '95', '96.5']]);
    expect([rec.overall.executed, rec.overall.execution_rate].map(String)).toEqual(['39.9', '95']);
  });
});
