-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- Project measures pre-aggregated at the grains dashboards ask for. `grain` lists the grouped
-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown
-- plus single-valued cuts, so every figure equals the raw answer.
DROP TABLE IF EXISTS project_rollup;
CREATE TABLE project_rollup AS
SELECT
  concat_ws(',', CASE WHEN grouping(f.city) = 0 THEN 'city' END, CASE WHEN grouping(f.county) = 0 THEN 'county' END, CASE WHEN grouping(f.dept_type) = 0 THEN 'dept_type' END, 'is_demo', CASE WHEN grouping(f.province) = 0 THEN 'province' END, CASE WHEN grouping(f.year) = 0 THEN 'year' END) AS grain,
  f.year AS year,
  f.province AS province,
  f.city AS city,
  f.county AS county,
  f.dept_type AS dept_type,
  f.is_demo AS is_demo,
  sum(f.budget) AS project_budget,
  sum(f.executed) AS project_executed,
  count(*) AS project_count,
  CAST(sum(f.executed) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL) * 100 / nullif(sum(f.budget) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL), 0) AS DECIMAL(18,4)) AS project_execution_rate,
  CAST(quantile_cont(f.execution_rate, 0.1) AS DECIMAL(18,4)) AS project_rate_p10,
  CAST(quantile_cont(f.execution_rate, 0.5) AS DECIMAL(18,4)) AS project_rate_median,
  CAST(quantile_cont(f.execution_rate, 0.9) AS DECIMAL(18,4)) AS project_rate_p90,
  count(f.budget) AS project_budget_known,
  count(f.executed) AS project_executed_known,
  count(*) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL) AS project_rate_known
FROM project_facts f
GROUP BY GROUPING SETS (
  (f.is_demo),
  (f.year, f.is_demo),
  (f.province, f.is_demo),
  (f.province, f.year, f.is_demo),
  (f.province, f.city, f.year, f.is_demo),
  (f.province, f.city, f.county, f.year, f.is_demo),
  (f.dept_type, f.year, f.is_demo),
  (f.province, f.dept_type, f.year, f.is_demo)
)
ORDER BY grain, year, province, city, county, dept_type, is_demo;
