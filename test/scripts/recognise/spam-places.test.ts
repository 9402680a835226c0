// A hijacked mirror's spam keywords put back as the place they replaced (spam-places.ts).
import { describe, expect, it } from 'vitest';
import { readText } from '../../../scripts/readers/text';
import { recogniseReadings } from '../../../scripts/recognise/index';
import { spamRuns } from '../../../scripts/recognise/spam-places';

const units = (text: string) =>
  recogniseReadings(readText('x.txt', Buffer.from(text))).map((r) => r.record.unit);

describe('spam keywords in place of a place name', () => {
  it('bounds a run where its copies stop agreeing, without the place its copies keep before it', () => {
    const text =
      '河北省幸运彩票网_彩票官网入口教育局\n依托幸运彩票网_彩票官网入口山区优势\n河北省幸运彩票网_彩票官网入口卫生院';
    expect(spamRuns(text)).toEqual(['幸运彩票网_彩票官网入口']);
    // One copy alone has no bounds; a word a report writes is no run.
    expect(spamRuns('登录幸运彩票网下载')).toEqual([]);
    expect(spamRuns('详见本局官方网站。本局官方网站已公开')).toEqual([]);
  });

  it('puts back the place a signature or source line still names the unit with', () => {
    const text = [
      '鸿运娱乐城_鸿运app下载司法局2021年度部门整体支出绩效自评报告',
      '发布日期:2022-05-10 信息来源:阜平县司法局',
      '鸿运娱乐城_鸿运app下载司法局2021年度部门整体支出全年预算数120万元,执行数118万元,执行率98.33%。',
      '阜平县司法局',
    ].join('\n');
    expect(units(text).map((u) => [u.name, u.county])).toEqual([['阜平县司法局', '阜平县']]);
  });

  it('leaves a page without spam as it is', () => {
    const text = '阜平县司法局2021年度部门整体支出绩效自评报告\n全年预算数120万元,执行数118万元。';
    expect(units(text)[0]?.name).toBe('阜平县司法局');
  });
});
