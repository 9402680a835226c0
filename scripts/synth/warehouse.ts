// The synthetic warehouse: `npm run synth -- warehouse --units N --years Y --projects-per-unit P --db FILE`.
// Writes a realistic warehouse straight into DuckDB with set-based SQL: the same schema
// (scripts/sql/schema.sql), units placed in real counties of the gazetteer, budgets that grow,
// execution that dips and recovers (some units persistently low), self-scores that sometimes
// flatter, 三公经费 that mostly falls and sometimes rises, quarterly progress and findings.
// Randomness is hash(row, tag, seed): the same seed gives the same warehouse, whatever the threads
// (the macros and helper tables are in warehouse-lookups.ts; the command line in warehouse-command.ts).
// Everything is marked demo (is_demo = true): synthetic figures are never mixed in with real ones.
// Unit ids are "<division code>:<department type>:synth", the division code first like the loader's
// real ids, so that DuckDB's zone maps (which keep 8-byte string prefixes) can skip row groups.
// The file is built beside the target and renamed over it, then the post-load rollups run first.

import { existsSync, renameSync, rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { COUNTIES } from '../gazetteer';
import { applySchema, runPostSql, schemaHash } from '../sql/files';
import { CATEGORIES, DEPT_TYPES, fillLookups, PROJECT_NAMES } from './warehouse-lookups';
import { DEFAULTS, GRADES, HIGH_SCORE_LOW_EXECUTION } from '../model/rules';

/** A value written into the generator's SQL (every one is a constant of the rules table). */
const literal = (v: number | string) => (typeof v === 'number' ? String(v) : `'${v}'`);
/** The grade of a generated score. */
const GRADE_CASE = `CASE ${GRADES.map((g) => `WHEN score >= ${g.from} THEN '${g.grade}'`).join(' ')} END`;

export interface SynthWarehouseOptions {
  units: number;
  years: number;
  firstYear: number;
  projectsPerUnit: number;
  db: string;
  seed: number;
  onStep?: (step: string, ms: number) => void;
}

/** SQL that builds every table from the helper tables and macros; `N`, `Y`, `Y0`, `P` are set first. */
function generationSteps(o: SynthWarehouseOptions): [string, string][] {
  const nc = COUNTIES.length;
  const nd = DEPT_TYPES.length;
  const np = PROJECT_NAMES.length;
  return [
    [
      'units',
      `INSERT INTO units
       SELECT c.code || ':' || d.name || ':synth' || CASE WHEN i >= ${nc * nd} THEN '#' || (i // ${nc * nd}) ELSE '' END,
              c.name || d.name || CASE WHEN i >= ${nc * nd} THEN '（' || (i // ${nc * nd}) || '）' ELSE '' END,
              d.name, c.province, c.city, c.name, c.code, true
       FROM range(${o.units}) r(i)
       JOIN synth_counties c ON c.idx = i % ${nc}
       JOIN synth_depts d ON d.idx = (i // ${nc}) % ${nd}
       ORDER BY i`,
    ],
    [
      'unit profiles',
      `CREATE TEMP TABLE synth_unit AS
       SELECT i, u.unit_id, u.name,
              exp(ln(420) + 0.85 * nrm(i, 1, 0)) AS size,
              rnd(i, 2, 0) < 0.12 AS low,
              rnd(i, 3, 0) < 0.15 AS flatters,
              exp(ln(0.018) + 0.5 * nrm(i, 4, 0)) AS sangong_share
       FROM range(${o.units}) r(i)
       JOIN (SELECT unit_id, name, row_number() OVER (ORDER BY rowid) - 1 AS idx FROM units) u ON u.idx = i`,
    ],
    [
      'unit_years',
      `CREATE TEMP TABLE synth_uy AS
       SELECT s.i, s.unit_id, s.name, yi, ${o.firstYear} + yi AS year, s.low, s.flatters, s.sangong_share,
              round(s.size * (1 + 0.04 * yi) * (0.85 + 0.3 * rnd(s.i, 10, yi)), 2)::DECIMAL(20,6) AS budget,
              least(104.0, greatest(15.0,
                CASE WHEN s.low THEN 60 + 22 * rnd(s.i, 11, yi) ELSE 86 + 14 * rnd(s.i, 11, yi) END
                - CASE WHEN rnd(s.i, 12, yi) < 0.06 THEN 15 + 25 * rnd(s.i, 13, yi) ELSE 0 END)) AS rate
       FROM synth_unit s, range(${o.years}) y(yi);
       INSERT INTO unit_years (unit_id, year, report_kinds, budget, executed, execution_rate_stated, execution_rate,
                               score, grade, expenditure_total, basic, personnel, public, project, project_count, is_demo)
       SELECT unit_id, year, ['overall_self_eval', 'final_accounts'], budget, executed,
              round(executed * 100 / budget, 2), round(executed * 100 / budget, 4),
              score,
              ${GRADE_CASE},
              executed, basic, round(basic * 0.86, 2), basic - round(basic * 0.86, 2), executed - basic, ${o.projectsPerUnit}, true
       FROM (
         SELECT *, round(budget * rate / 100, 2)::DECIMAL(20,6) AS executed,
                round(budget * rate / 100 * (0.55 + 0.2 * rnd(i, 14, yi)), 2)::DECIMAL(20,6) AS basic,
                round(CASE WHEN flatters THEN 91 + 8.5 * rnd(i, 15, yi)
                           ELSE least(100, greatest(50, 40 + 0.45 * rate + 12 * rnd(i, 15, yi))) END, 1)::DECIMAL(9,3) AS score
         FROM synth_uy
       ) t
       ORDER BY year, unit_id`,
    ],
    [
      'documents',
      `INSERT INTO documents
       SELECT 'demo-synth:' || unit_id || ':' || year, name || year || '年度部门整体支出绩效自评报告（演示数据）', NULL,
              'synthetic', 'utf-8', NULL, ['overall_self_eval', 'final_accounts'], 'ok', NULL, 'synth-warehouse/1',
              now()::TIMESTAMP, true
       FROM synth_uy ORDER BY year, unit_id`,
    ],
    [
      'sangong',
      `INSERT INTO sangong (unit_id, year, total, abroad, vehicle_purchase, vehicle_operation, reception, budget, control_rate)
       SELECT unit_id, year, total, abroad, purchase, total - abroad - purchase - reception, reception, sbudget,
              round(total * 100 / sbudget, 4)
       FROM (
         SELECT *, round(total / (0.72 + 0.3 * rnd(i, 26, yi)), 2)::DECIMAL(20,6) AS sbudget
         FROM (
           SELECT unit_id, year, i, yi, total,
                  CASE WHEN rnd(i, 21, yi) < 0.85 THEN 0 ELSE round(total * 0.2 * rnd(i, 22, yi), 2) END::DECIMAL(20,6) AS abroad,
                  CASE WHEN rnd(i, 23, yi) < 0.92 THEN 0 ELSE round(total * 0.3 * rnd(i, 24, yi), 2) END::DECIMAL(20,6) AS purchase,
                  round(total * (0.2 + 0.25 * rnd(i, 25, yi)), 2)::DECIMAL(20,6) AS reception
           FROM (
             SELECT unit_id, year, i, yi,
                    greatest(0.1, round(budget * sangong_share * power(0.95, yi)
                      * CASE WHEN rnd(i, 20, yi) < 0.12 THEN 1.4 ELSE 0.88 + 0.2 * rnd(i, 27, yi) END, 2))::DECIMAL(20,6) AS total
             FROM synth_uy
           ) a
         ) b
       ) c
       ORDER BY year, unit_id`,
    ],
    [
      'quarterly',
      `INSERT INTO quarterly
       SELECT unit_id, year, q,
              round(CASE WHEN q = 4 THEN rate ELSE rate * power(q / 4.0, 0.55 + 0.9 * rnd(i, 30, yi)) END, 4)
       FROM synth_uy, range(1, 5) r(q)
       ORDER BY year, unit_id, q`,
    ],
    [
      'findings',
      `INSERT INTO findings
       SELECT 'demo-synth:' || unit_id || ':' || year || ':high_score_low_execution', 'demo-synth:' || unit_id || ':' || year,
              unit_id, year, 'high_score_low_execution', 'warning',
              '自评分' || score || '分，但预算执行率仅' || round(execution_rate, 2) || '%',
              json_object('score', score::VARCHAR, 'execution_rate', execution_rate::VARCHAR)
       FROM unit_years WHERE ${HIGH_SCORE_LOW_EXECUTION.sql({ score: 'score', rate: 'execution_rate', grade: 'grade' }, DEFAULTS, literal)};
       INSERT INTO findings
       SELECT 'demo-synth:' || unit_id || ':' || year || ':rate_mismatch', 'demo-synth:' || unit_id || ':' || year,
              unit_id, year, 'rate_mismatch', 'warning',
              '报告所述执行率与执行数/预算数不符', json_object('budget', budget::VARCHAR, 'executed', executed::VARCHAR)
       FROM unit_years u JOIN synth_unit s USING (unit_id) WHERE rnd(s.i, 40, year) < 0.01`,
    ],
    [
      'projects',
      `INSERT INTO projects
       SELECT unit_id || '/' || year || '/' || pname, unit_id, year, 'demo-synth:' || unit_id || ':' || year, pname,
              category, pbudget, pexecuted, NULL,
              round(pexecuted * 100 / pbudget, 2), round(pexecuted * 100 / pbudget, 4), pscore
       FROM (
         SELECT *, round(pbudget * prate / 100, 2)::DECIMAL(20,6) AS pexecuted
         FROM (
           SELECT s.unit_id, s.year, k,
                  p.name || CASE WHEN k >= ${np} THEN '（' || (k // ${np} + 1) || '）' ELSE '' END AS pname,
                  c.name AS category,
                  greatest(0.5, round(exp(ln(18) + 0.9 * nrm(s.i * 64 + k, 50, s.yi)), 2))::DECIMAL(20,6) AS pbudget,
                  least(100.0, greatest(0.0,
                    CASE WHEN rnd(s.i * 64 + k, 51, s.yi) < 0.05 THEN 5 + 50 * rnd(s.i * 64 + k, 52, s.yi)
                         WHEN s.low THEN 50 + 45 * rnd(s.i * 64 + k, 52, s.yi)
                         ELSE 100 - 30 * power(rnd(s.i * 64 + k, 52, s.yi), 3) END)) AS prate,
                  round(78 + 22 * rnd(s.i * 64 + k, 53, s.yi), 1)::DECIMAL(9,3) AS pscore
           FROM synth_uy s, range(${o.projectsPerUnit}) r(k)
           JOIN synth_projects p ON p.idx = k % ${np}
           JOIN synth_categories c ON c.idx = (k + s.i) % ${CATEGORIES.length}
         ) a
       ) b
       ORDER BY year, unit_id, k`,
    ],
    [
      'meta',
      `INSERT INTO meta VALUES
         ('generator', 'synth-warehouse/1'), ('seed', '${o.seed}'), ('units', '${o.units}'),
         ('years', '${o.firstYear}-${o.firstYear + o.years - 1}'), ('projects_per_unit', '${o.projectsPerUnit}'),
         ('loaded_at', strftime(now()::TIMESTAMP, '%Y-%m-%dT%H:%M:%S')), ('demo', 'true'),
         ('schema_hash', '${schemaHash()}')`,
    ],
  ];
}

export async function synthWarehouse(o: SynthWarehouseOptions): Promise<void> {
  const tmp = `${o.db}.synth-${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  rmSync(`${tmp}.wal`, { force: true });
  const instance = await DuckDBInstance.create(tmp, {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  try {
    const c = await instance.connect();
    await c.run('SET preserve_insertion_order = true');
    await applySchema(c);
    await fillLookups(c, o.seed);
    for (const [step, sql] of generationSteps(o)) {
      const t = performance.now();
      await c.run(sql);
      o.onStep?.(step, performance.now() - t);
    }
    await runPostSql(c, (file, ms) => o.onStep?.(`post ${file.split('/').pop()}`, ms));
    await c.run('CHECKPOINT');
    c.closeSync();
  } catch (err) {
    instance.closeSync();
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
    throw err;
  }
  instance.closeSync();
  renameSync(tmp, o.db);
  if (existsSync(`${tmp}.wal`)) rmSync(`${tmp}.wal`, { force: true });
}
