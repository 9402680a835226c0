-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- Unit-year measures pre-aggregated at the grains dashboards ask for. `grain` lists the grouped
-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown
-- plus single-valued cuts, so every figure equals the raw answer.
DROP TABLE IF EXISTS unit_year_rollup;
CREATE TABLE unit_year_rollup AS
SELECT
  concat_ws(',', CASE WHEN grouping(f.city) = 0 THEN 'city' END, CASE WHEN grouping(f.county) = 0 THEN 'county' END, CASE WHEN grouping(f.dept_type) = 0 THEN 'dept_type' END, 'is_demo', CASE WHEN grouping(f.province) = 0 THEN 'province' END, CASE WHEN grouping(f.year) = 0 THEN 'year' END) AS grain,
  f.year AS year,
  f.province AS province,
  f.city AS city,
  f.county AS county,
  f.dept_type AS dept_type,
  f.is_demo AS is_demo,
  count(DISTINCT f.unit_id) AS unit_count,
  count(*) AS unit_year_count,
  sum(f.budget) AS budget,
  sum(f.executed) AS executed,
  sum(f.staff_in_service) AS staff_in_service,
  CAST(sum(f.executed) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL) * 100 / nullif(sum(f.budget) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL), 0) AS DECIMAL(18,4)) AS execution_rate,
  CAST(sum(f.budget) FILTER (WHERE f.staff_in_service IS NOT NULL AND f.budget IS NOT NULL) / nullif(sum(f.staff_in_service) FILTER (WHERE f.staff_in_service IS NOT NULL AND f.budget IS NOT NULL), 0) AS DECIMAL(18,4)) AS budget_per_staff,
  CAST(quantile_cont(f.execution_rate, 0.1) AS DECIMAL(18,4)) AS unit_rate_p10,
  CAST(quantile_cont(f.execution_rate, 0.5) AS DECIMAL(18,4)) AS unit_rate_median,
  CAST(quantile_cont(f.execution_rate, 0.9) AS DECIMAL(18,4)) AS unit_rate_p90,
  CAST(avg(coalesce(f.score, f.score_derived)) AS DECIMAL(18,3)) AS score_mean,
  CAST(quantile_cont(coalesce(f.score, f.score_derived), 0.5) AS DECIMAL(18,3)) AS score_median,
  count(*) FILTER (WHERE f.grade = '优秀') AS grade_excellent,
  count(*) FILTER (WHERE f.grade = '良好') AS grade_good,
  count(*) FILTER (WHERE f.grade = '一般') AS grade_fair,
  count(*) FILTER (WHERE f.grade = '较差') AS grade_poor,
  count(f.budget) AS budget_known,
  count(f.executed) AS executed_known,
  count(*) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL) AS rate_known,
  count(f.execution_rate) AS unit_rate_known,
  count(coalesce(f.score, f.score_derived)) AS score_known,
  count(f.grade) AS grade_known,
  sum(f.budget) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL) AS budget_matched,
  sum(f.executed) FILTER (WHERE f.budget IS NOT NULL AND f.executed IS NOT NULL) AS executed_matched
FROM unit_year_facts f
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
