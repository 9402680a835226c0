// Projects stated in prose (project-prose.ts).
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

describe('projects listed in one sentence', () => {
  it('reads the list a 具体包括 opens after the projects’ budget, names with document numbers too', () => {
    const rec = recordOf(
      [
        '某某区建设管理局2021年度部门整体支出绩效自评报告',
        '我局2021年年初预算项目12个，预算项目经费1569.38万元，具体包括：交通秩序整治155.85万元，城管系统运维费84.69万元、某财教【2019】208号 场馆开放补助资金4.39万元、屋面维修170.01万元。',
      ].join('\n'),
    );
    expect(rec.finance).toMatchObject({ project_count: '12', project_total: '1569.38' });
    expect(rec.projects.map((p) => [p.name, p.budget])).toEqual([
      ['交通秩序整治', '155.85'],
      ['城管系统运维费', '84.69'],
      ['某财教【2019】208号场馆开放补助资金', '4.39'],
      ['屋面维修', '170.01'],
    ]);
  });
});
