-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- Project measures pre-aggregated at the grains dashboards ask for: the fact's rows once per
-- grain (rollup_rows, 20_rollup_rows.sql), grouped by the grain's key. `grain` lists the grouped
-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown
-- plus single-valued cuts, so every figure equals the raw answer.
CREATE OR REPLACE TABLE project_rollup AS
SELECT
  rollup_key.*,
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
FROM rollup_rows('project_facts') f
GROUP BY ALL
ORDER BY ALL;
