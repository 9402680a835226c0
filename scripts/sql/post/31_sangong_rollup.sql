-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- 三公 expenses measures pre-aggregated at the grains dashboards ask for: the fact's rows once per
-- grain (rollup_rows, 20_rollup_rows.sql), grouped by the grain's key. `grain` lists the grouped
-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown
-- plus single-valued cuts, so every figure equals the raw answer.
CREATE OR REPLACE TABLE sangong_rollup AS
SELECT
  rollup_key.*,
  sum(f.total) AS sangong_total,
  sum(f.abroad) AS sangong_abroad,
  sum(f.vehicle_purchase) AS sangong_vehicle_purchase,
  sum(f.vehicle_operation) AS sangong_vehicle_operation,
  sum(f.reception) AS sangong_reception,
  sum(f.budget) AS sangong_budget,
  sum(f.prev_effective) FILTER (WHERE f.total IS NOT NULL) AS sangong_prev_total,
  sum(f.total - f.prev_effective) AS sangong_change,
  CAST(sum(f.total) FILTER (WHERE f.budget IS NOT NULL AND f.total IS NOT NULL) * 100 / nullif(sum(f.budget) FILTER (WHERE f.budget IS NOT NULL AND f.total IS NOT NULL), 0) AS DECIMAL(18,4)) AS sangong_control_rate,
  CAST(sum(f.total - f.prev_effective) FILTER (WHERE CASE WHEN f.total IS NOT NULL THEN f.prev_effective END IS NOT NULL AND f.total - f.prev_effective IS NOT NULL) * 100 / nullif(sum(CASE WHEN f.total IS NOT NULL THEN f.prev_effective END) FILTER (WHERE CASE WHEN f.total IS NOT NULL THEN f.prev_effective END IS NOT NULL AND f.total - f.prev_effective IS NOT NULL), 0) AS DECIMAL(18,4)) AS sangong_change_pct,
  count(*) FILTER (WHERE f.total > f.prev_effective) AS sangong_rise_count,
  count(f.total) AS sangong_known,
  count(f.budget) AS sangong_budget_known,
  count(*) FILTER (WHERE f.total IS NOT NULL AND f.budget IS NOT NULL) AS sangong_control_known,
  count(*) FILTER (WHERE f.total IS NOT NULL AND f.prev_effective IS NOT NULL) AS sangong_change_known
FROM rollup_rows('sangong_facts') f
GROUP BY ALL
ORDER BY ALL;
