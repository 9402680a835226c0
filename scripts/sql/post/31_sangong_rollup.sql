-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- 三公 expenses measures pre-aggregated at the grains dashboards ask for. `grain` lists the grouped
-- columns in alphabetical order; the API uses a row only when its grain equals the query's drilldown
-- plus single-valued cuts, so every figure equals the raw answer.
DROP TABLE IF EXISTS sangong_rollup;
CREATE TABLE sangong_rollup AS
SELECT
  concat_ws(',', CASE WHEN grouping(f.city) = 0 THEN 'city' END, CASE WHEN grouping(f.county) = 0 THEN 'county' END, CASE WHEN grouping(f.dept_type) = 0 THEN 'dept_type' END, 'is_demo', CASE WHEN grouping(f.province) = 0 THEN 'province' END, CASE WHEN grouping(f.year) = 0 THEN 'year' END) AS grain,
  f.year AS year,
  f.province AS province,
  f.city AS city,
  f.county AS county,
  f.dept_type AS dept_type,
  f.is_demo AS is_demo,
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
FROM sangong_facts f
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
