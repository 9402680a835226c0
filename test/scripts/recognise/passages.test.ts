// Prose as passages (passages.ts): lines a wrap broke are joined, and a paragraph that runs numbered
// items together is cut where each starts.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { passages } from '../../../scripts/recognise/passages';

const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text, k) => ({ kind: 'paragraph', text, loc: { line: k + 1 } }));

describe('passages', () => {
  it('joins a sentence a line end broke', () => {
    const ps = passages(paragraphs('本单位本年度全年预算数为120万元,全年执行数', '为118万元。'));
    expect(ps.map((p) => p.text)).toEqual(['本单位本年度全年预算数为120万元,全年执行数为118万元。']);
  });

  it('goes on past a semicolon that ends a wrapped line, not past a short list item’s', () => {
    const wrapped = passages(
      paragraphs(
        '全年累计支出88万元。其中:甲村道路硬化支出60万元,执行率100%;',
        '乙村饮水工程支出28万元,执行率93.33%。',
      ),
    );
    expect(wrapped).toHaveLength(1);
    const items = passages(paragraphs('甲经费预算10万元;', '乙经费预算5万元;'));
    expect(items).toHaveLength(2);
  });

  it('cuts a paragraph that runs numbered items and sections together, keeping their lines', () => {
    const ps = passages(
      paragraphs(
        '某某小学2021年项目支出绩效自评报告一、项目概况(一)甲经费:用于办公。(二)乙计划:用于供餐。',
        '三、资金使用情况(一)甲经费:预算10万元,支出9万元。(二)乙计划:预算5万元,支出5万元;1.丙项目:预算2万元。',
      ),
    );
    expect(ps.map((p) => p.text)).toEqual([
      '某某小学2021年项目支出绩效自评报告一、项目概况(一)甲经费:用于办公。',
      '(二)乙计划:用于供餐。',
      '三、资金使用情况',
      '(一)甲经费:预算10万元,支出9万元。',
      '(二)乙计划:预算5万元,支出5万元;',
      '1.丙项目:预算2万元。',
    ]);
    expect(ps.map((p) => p.parts[0]!.loc.line)).toEqual([1, 1, 2, 2, 2, 2]);
  });

  it('does not cut inside a figure or a dated list', () => {
    const ps = passages(paragraphs('全年支出58.20万元。2021年下达资金3.5万元;执行率100%。'));
    expect(ps).toHaveLength(1);
  });
});
