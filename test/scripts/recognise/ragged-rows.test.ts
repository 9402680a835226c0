// Rows a page wrote short when it dropped its merged cells, put back under their columns
// (ragged-rows.ts), and a second header row of qualifiers written after the first (table-repair.ts).
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

const page = (rows: string[]) =>
  ['某某县农业农村局2022年度项目支出绩效自评结果', '单位:万元', ...rows, '以上为自评结果。'].join('\n');

const byName = (text: string) =>
  recordOf(text).projects.map((p) => [p.name, p.budget, p.executed, p.execution_rate, p.score]);

describe('a results table whose category cells were merged down over several rows', () => {
  it('puts a row that lost its category, or its closing cell, back under its columns', () => {
    const rows = [
      '| 序号 | 项目类别 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级 |',
      '| 1 | 部门预算项目 | 农机购置补贴工作经费 | 24 | 22.8 | 95% | 94 | 优 |',
      '| 2 | 耕地质量监测点运行维护经费 | 16.5 | 16.5 | 100% | 97 |',
      '| 3 | 转移支付项目 | 农村沼气池安全处置资金 | 310 | 288.3 | 93% | 91 | 优 |',
      '| 4 | 村级农技服务站建设补助资金 | 96 | 80.64 | 84% | 85 | 良 |',
    ];
    expect(byName(page(rows))).toEqual([
      ['农机购置补贴工作经费', '24', '22.8', '95', '94'],
      ['耕地质量监测点运行维护经费', '16.5', '16.5', '100', '97'],
      ['农村沼气池安全处置资金', '310', '288.3', '93', '91'],
      ['村级农技服务站建设补助资金', '96', '80.64', '84', '85'],
    ]);
  });

  it('reads 年初 | 全年 under the budget column they divide, not as columns of their own', () => {
    const rows = [
      '| 序号 | 项目名称 | 预算资金(万元) | 执行资金(万元) | 执行率 | 自评得分 | 自评等级 |',
      '| 年初 | 全年 |',
      '| 1 | 农机购置补贴工作经费 | 20 | 24 | 22.8 | 95% | 94 | 优 |',
      '| 2 | 耕地质量监测点运行维护经费 | 16.5 | 16.5 | 16.5 | 100% | 97 | 优 |',
    ];
    expect(byName(page(rows))).toEqual([
      ['农机购置补贴工作经费', '24', '22.8', '95', '94'],
      ['耕地质量监测点运行维护经费', '16.5', '16.5', '100', '97'],
    ]);
  });

  it('takes no count of projects in the prose for a project', () => {
    const text = page([
      '我局共对2个项目开展绩效自评,涉及全年预算资金40.5万元。',
      '| 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 |',
      '| 1 | 农机购置补贴工作经费 | 24 | 22.8 | 95% | 94 |',
      '| 2 | 耕地质量监测点运行维护经费 | 16.5 | 16.5 | 100% | 97 |',
    ]);
    expect(recordOf(text).projects.map((p) => p.name)).toEqual([
      '农机购置补贴工作经费',
      '耕地质量监测点运行维护经费',
    ]);
  });
});
