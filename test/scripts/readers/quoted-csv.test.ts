// Quoted CSV pasted as text (quoted-csv.ts): its rows found again, whether their line breaks were
// kept, lost to spaces, or stand inside a cell's quotes.
import { describe, expect, it } from 'vitest';
import { bareCsvToTabs, csvRows, quotedCsvToTabs } from '../../../scripts/readers/quoted-csv';
import { readText } from '../../../scripts/readers/text';

describe('quoted CSV in a text file', () => {
  it('splits rows at line breaks and at the spaces that stand for lost ones', () => {
    const text = [
      ',"项目","考核指标","权数","考评得分" "支出管理(60分)","支出完成率=完成数*100%/',
      '年初预算数.","20","18.25"  ,"结转结余率","20","17"',
      '"合计",,"100","93.28"',
    ].join('\n');
    expect(csvRows(text)).toEqual([
      ['', '项目', '考核指标', '权数', '考评得分'],
      ['支出管理(60分)', '支出完成率=完成数*100%/年初预算数.', '20', '18.25'],
      ['', '结转结余率', '20', '17'],
      ['合计', '', '100', '93.28'],
    ]);
  });

  it('leaves text with a stray quoted phrase alone', () => {
    const lines = ['本单位“三公”经费支出决算为8.5万元,"公务接待"费用下降。', '二、其他情况'];
    expect(quotedCsvToTabs(lines)).toEqual(lines);
  });

  it('hands its rows to the text reader as a table, a row of one cell as a title', () => {
    const text = [
      '编辑: someone | 2019-08-02 |',
      ',,',
      ',"某某县某某局2017年度评分表",,,,',
      ',"项目","考核指标","权数","考评得分" "支出管理","预算执行率","20","19"  ,"三公控制率","10","10"',
      '"合计",,"100","96.5"',
    ].join('\n');
    const blocks = readText('sheet.txt', Buffer.from(text, 'utf8')).blocks;
    expect(blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toContain(
      '某某县某某局2017年度评分表',
    );
    const table = blocks.find((b) => b.kind === 'table' && b.table.rows.length >= 3);
    expect(table?.kind === 'table' && table.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['', '项目', '考核指标', '权数', '考评得分'],
      ['支出管理', '预算执行率', '20', '19'],
      ['', '三公控制率', '10', '10'],
      ['合计', '', '100', '96.5'],
    ]);
  });
});

describe('unquoted CSV in a text file', () => {
  it('splits a run of its lines at the commas, a row of one filled cell as a title', () => {
    expect(
      bareCsvToTabs([
        '汇总',
        '某某县某某局2019年度项目支出绩效自评汇总表,,,,,',
        '序号,项目名称,全年预算数(万元),全年执行数(万元),执行率,自评得分',
        '1,畜禽良种补贴项目,168.40,160.12,95.08%,94.51',
        '合计,,313.40,296.48,94.60%,',
      ]),
    ).toEqual([
      '汇总',
      '某某县某某局2019年度项目支出绩效自评汇总表',
      '序号\t项目名称\t全年预算数(万元)\t全年执行数(万元)\t执行率\t自评得分',
      '1\t畜禽良种补贴项目\t168.40\t160.12\t95.08%\t94.51',
      '合计\t\t313.40\t296.48\t94.60%\t',
    ]);
  });

  it('keeps a figure quoted for its thousands separator whole', () => {
    expect(
      bareCsvToTabs([
        '项目,决算数,项目,决算数',
        '一、一般公共预算财政拨款收入,"2,964.20",一、一般公共服务支出,',
        '本年收入合计,"3,012.46",本年支出合计,"3,040.18"',
        '年初结转和结余,86.54,年末结转和结余,58.82',
      ]),
    ).toEqual([
      '项目\t决算数\t项目\t决算数',
      '一、一般公共预算财政拨款收入\t2,964.20\t一、一般公共服务支出\t',
      '本年收入合计\t3,012.46\t本年支出合计\t3,040.18',
      '年初结转和结余\t86.54\t年末结转和结余\t58.82',
    ]);
  });

  it('leaves prose with ASCII commas alone', () => {
    const prose = [
      '项目全年预算数100万元,执行数95万元,执行率95%,自评得分92分。',
      '本单位严格执行预算,加强资金管理,提高资金使用效益,确保专款专用。',
      '一是加强学习,二是完善制度,三是强化监督,四是狠抓落实。',
    ];
    expect(bareCsvToTabs(prose)).toEqual(prose);
    const quoted = ['我局围绕"放管服"改革,优化审批流程,压缩办理时限,提升群众满意度。', ...prose];
    expect(bareCsvToTabs(quoted)).toEqual(quoted);
  });
});
