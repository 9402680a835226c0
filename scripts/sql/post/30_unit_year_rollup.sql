-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- Unit-year measures pre-aggregated at the grains dashboards ask for: the fact's rows once per
-- grain (rollup_rows, 20_rollup_rows.sql), grouped by the grain's key. `grain` lists the grouped
-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown
-- plus single-valued cuts, so every figure equals the raw answer.
CREATE OR REPLACE TABLE unit_year_rollup AS
SELECT
  rollup_key.*,
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
FROM rollup_rows('unit_year_facts') f
GROUP BY ALL
ORDER BY ALL;
