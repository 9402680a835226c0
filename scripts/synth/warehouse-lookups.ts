// The helper tables and random macros the synthetic warehouse's SQL draws on: department types,
// project names and categories, the gazetteer's counties in a seeded shuffle, and rnd/nrm, which
// hash (row, tag, seed) so that the same seed gives the same warehouse whatever the threads.

import type { DuckDBConnection } from '@duckdb/node-api';
import { COUNTIES } from '../gazetteer';

export const DEPT_TYPES = [
  '人民政府办公室',
  '教育局',
  '财政局',
  '卫生健康局',
  '民政局',
  '农业农村局',
  '交通运输局',
  '自然资源局',
  '住房和城乡建设局',
  '公安局',
  '文化和旅游局',
  '生态环境局',
  '人力资源和社会保障局',
  '水利局',
  '市场监督管理局',
  '发展和改革局',
  '司法局',
  '审计局',
  '统计局',
  '应急管理局',
] as const;

export const PROJECT_NAMES = [
  '办公楼维修改造',
  '信息化建设运维',
  '专项业务工作经费',
  '政务公开与宣传',
  '安全生产专项整治',
  '乡村振兴帮扶',
  '档案数字化',
  '业务培训',
  '公共服务设施维护',
  '应急物资储备',
  '项目前期工作经费',
  '基层站所运转保障',
  '环境整治专项',
  '重点民生实事',
  '数据平台建设',
  '法律顾问服务',
  '公务用车平台运行',
  '课题调研',
  '会议及活动保障',
  '购买社会服务',
] as const;

export const CATEGORIES = ['专项业务类', '运转类', '建设类', '民生类'] as const;

export async function fillLookups(c: DuckDBConnection, seed: number): Promise<void> {
  await c.run(
    `CREATE TEMP MACRO rnd(a, b, c) AS ((hash(a, b, c, ${seed}) % 1000003)::DOUBLE + 0.5) / 1000003`,
  );
  await c.run(
    'CREATE TEMP MACRO nrm(a, b, c) AS sqrt(-2 * ln(rnd(a, b, c))) * cos(2 * pi() * rnd(a, b + 100000, c))',
  );
  await c.run(
    'CREATE TEMP TABLE synth_counties (idx INTEGER, code VARCHAR, name VARCHAR, city VARCHAR, province VARCHAR)',
  );
  await c.run('CREATE TEMP TABLE synth_depts (idx INTEGER, name VARCHAR)');
  await c.run('CREATE TEMP TABLE synth_projects (idx INTEGER, name VARCHAR)');
  await c.run('CREATE TEMP TABLE synth_categories (idx INTEGER, name VARCHAR)');
  // Counties in a seeded shuffle, so consecutive units land all over the country.
  const shuffled = COUNTIES.map((county, i) => ({ county, key: hash32(`${seed}:${i}`) })).sort(
    (a, b) => a.key - b.key,
  );
  const appender = await c.createAppender('synth_counties', 'main', 'temp');
  shuffled.forEach(({ county }, idx) => {
    appender.appendInteger(idx);
    appender.appendVarchar(county.code);
    appender.appendVarchar(county.name);
    appender.appendVarchar(county.city);
    appender.appendVarchar(county.province);
    appender.endRow();
  });
  appender.closeSync();
  for (const [table, names] of [
    ['synth_depts', DEPT_TYPES],
    ['synth_projects', PROJECT_NAMES],
    ['synth_categories', CATEGORIES],
  ] as const) {
    const a = await c.createAppender(table, 'main', 'temp');
    names.forEach((name, idx) => {
      a.appendInteger(idx);
      a.appendVarchar(name);
      a.endRow();
    });
    a.closeSync();
  }
}

/** FNV-1a: a small deterministic hash for the county shuffle. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
