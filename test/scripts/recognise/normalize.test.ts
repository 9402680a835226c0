// Text repair before anything is read (normalize.ts): damage that converters, OCR and PDF extraction
// leave in report text.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { normalizeText, simplifyDocument, withoutDeletions } from '../../../scripts/recognise/normalize';

describe('text repair', () => {
  it('mends OCR misreadings of the vocabulary and of figures', () => {
    expect(normalizeText('三公经费12.4万兀，预匏数IO万元，执行率l2.5%')).toBe(
      '三公经费12.4万元,预算数10万元,执行率12.5%',
    );
    // A lone O before its unit, across a space, is a nought.
    expect(normalizeText('公务用车购置费 O 万元')).toBe('公务用车购置费0万元');
    // A mirror's converter wrote 年 as a dash; a date keeps its dashes.
    expect(normalizeText('2015-总收入,本-决算数,2015-03-22')).toBe('2015年总收入,本年决算数,2015-03-22');
    // A viewer's page marker inside an amount is dropped.
    expect(normalizeText('项目支出118.32万 第15页,共42页 元')).toBe('项目支出118.32万元');
    // 行 read as two characters, 元 and 额 misread, a column mark's bracket read as 1.
    expect(normalizeText('预算数(A)执彳亍数(B)执行率(B/A1得分(万尤)总頟')).toBe(
      '预算数执行数执行率(B/A)得分(万元)总额',
    );
    // A full stop written "." after a word; a decimal, a numbered heading and a file name keep theirs.
    expect(normalizeText('支出情况. 2018 年 7.25 万元.2017 年 一.收入 附件1.xls')).toBe(
      '支出情况。2018年7.25万元。2017年一.收入附件1.xls',
    );
    // Letters in words are left alone.
    expect(normalizeText('ICP备案 Office 2019')).toBe('ICP备案Office 2019');
    // A percentage set apart from its sign; two cells of figures stay two.
    expect(normalizeText('执行率98.01 %,得分 95 分')).toBe('执行率98.01%,得分95分');
    expect(normalizeText('100 96.5 %')).toBe('100 96.5%');
  });

  it('reads a 总分 row OCR wrote with letters for digits', () => {
    expect(normalizeText('总分 IOO 9l.6')).toBe('总分100 91.6');
    expect(normalizeText('IOO')).toBe('100');
  });

  it('joins figures a PDF spaced at the thousands, and mends misplaced separators', () => {
    expect(normalizeText('全年预算数 1 046.18 万元')).toBe('全年预算数1046.18万元');
    expect(normalizeText('全年执行数 1 005.60')).toBe('全年执行数1005.60');
    // Several groups, a comma among them, the unit after a space or on the next line.
    expect(normalizeText('收入5 127 440.36元,支出4,986 215.09 元')).toBe('收入5127440.36元,支出4986215.09元');
    expect(normalizeText('本年支出合计4 398 004.31\n元')).toBe('本年支出合计4398004.31元');
    // Two cells of a row, a weight and a rate, stay two.
    expect(normalizeText('10 100 96.5%')).toBe('10 100 96.5%');
    expect(normalizeText('执行率为1,00.00%，支出1,2345.67万元，合计1,234.56万元')).toBe(
      '执行率为100.00%,支出12345.67万元,合计1,234.56万元',
    );
  });

  it('drops page numbers between dashes and the running header each page repeats after them', () => {
    const text =
      '某某乡人民政府 — 1 — 某某省 2021 年度部门决算公开说明 第一部分 概况。项目支出 — 8 — 某某省 2021 年度部门决算公开说明 352.56 万元,占 37.06%。— 9 — 某某省 2021 年度部门决算公开说明 第四部分';
    expect(normalizeText(text)).toBe('某某乡人民政府第一部分概况。项目支出352.56万元,占37.06%。第四部分');
  });

  it('joins a figure a PDF wrapped after its decimal point, and mends %o for %。', () => {
    expect(normalizeText('预算 168. 2万元,使用率93. 5%o主要用于维修')).toBe(
      '预算168.2万元,使用率93.5%。主要用于维修',
    );
    // A list number before a year is left alone.
    expect(normalizeText('1. 2021年度预算')).toBe('1. 2021年度预算');
    // A score wrapped so too.
    expect(normalizeText('评价得分88. 5分')).toBe('评价得分88.5分');
  });

  it('reads funds written "126万" as 万元, but not a count of people', () => {
    expect(normalizeText('项目批复资金126万已全部到位')).toBe('项目批复资金126万元已全部到位');
    expect(normalizeText('下达资金45.5万,已拨付')).toBe('下达资金45.5万元,已拨付');
    expect(normalizeText('资助学生3.2万人次,资金到位')).toBe('资助学生3.2万人次,资金到位');
  });

  it('reads a decimal point a converter typed as 、 before a unit, but not a list of figures', () => {
    expect(normalizeText('工作经费86、50万元,执行率96、69%')).toBe('工作经费86.50万元,执行率96.69%');
    expect(normalizeText('分三批下达1、2、3万元')).toBe('分三批下达1、2、3万元');
    expect(normalizeText('项目1、20万元')).toBe('项目1.20万元');
  });

  it('numbers an item with a circled number as (1) does', () => {
    expect(normalizeText('①社区办公经费,预算84.00万元')).toBe('(1)社区办公经费,预算84.00万元');
  });

  it('converts a document in traditional script whole, dropping a converter’s pinyin', () => {
    const text = Array(8)
      .fill('筠連縣蒿壩鎮中心衛生院部門決算公開，財政撥款“三公”經費(jīng)支出決算')
      .join('\n');
    const doc = simplifyDocument(readText('x.txt', Buffer.from(text)));
    const first = doc.blocks[0]!;
    expect(first.kind === 'paragraph' && first.text).toBe(
      '筠连县蒿坝镇中心卫生院部门决算公开，财政拨款“三公”经费支出决算',
    );
  });

  it('keeps 於 in a simplified place name', () => {
    expect(normalizeText('杭州市临安区於潜镇人民政府')).toBe('杭州市临安区於潜镇人民政府');
  });
});

describe('withoutDeletions', () => {
  it('drops the old run of a tracked change, one word or up to where the new text repeats its opening', () => {
    expect(withoutDeletions('本年收入合计 Deleted: 5,021,640.18 5,126,840.18 元,其中')).toBe(
      '本年收入合计 5,126,840.18 元,其中',
    );
    expect(withoutDeletions('第三部分 Deleted: ××部门 2016 年度部门决算情况说明')).toBe(
      '第三部分 2016 年度部门决算情况说明',
    );
    expect(
      withoutDeletions(
        'Deleted: 2016 年度“三公”经费支出决算为 14.82 万元 2016 年度“三公”经费支出决算为 12.46 万元',
      ),
    ).toBe('2016 年度“三公”经费支出决算为 12.46 万元');
  });
});
