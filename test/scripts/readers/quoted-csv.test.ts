// Quoted CSV pasted as text (quoted-csv.ts): its rows found again, whether their line breaks were
// kept, lost to spaces, or stand inside a cell's quotes.
import { describe, expect, it } from 'vitest';
import { csvRows, quotedCsvToTabs } from '../../../scripts/readers/quoted-csv';
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
