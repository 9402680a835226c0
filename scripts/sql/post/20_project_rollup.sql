-- Project measures pre-aggregated at the grains dashboards ask for (year, region, department type,
-- demo flag), so that percentiles over millions of projects answer in milliseconds. `grain` lists the
-- grouped columns in alphabetical order; the API reads the grains present and uses a row only when
-- its grain equals the query's drilldown plus single-valued cuts, so every figure is exact.
-- The expressions repeat the catalog's project measures (server/catalog/measures.ts); a test
-- checks rollup and raw answers agree.
DROP TABLE IF EXISTS project_rollup;
CREATE TABLE project_rollup AS
WITH p AS (
  SELECT f.year, u.province, u.city, u.county, u.dept_type, u.is_demo, f.budget, f.executed, f.execution_rate
  FROM projects f JOIN units u ON u.unit_id = f.unit_id
)
SELECT
  concat_ws(',',
    CASE WHEN grouping(city) = 0 THEN 'city' END,
    CASE WHEN grouping(county) = 0 THEN 'county' END,
    CASE WHEN grouping(dept_type) = 0 THEN 'dept_type' END,
    'is_demo',
    CASE WHEN grouping(province) = 0 THEN 'province' END,
    CASE WHEN grouping(year) = 0 THEN 'year' END) AS grain,
  year, province, city, county, dept_type, is_demo,
  count(*) AS project_count,
  sum(budget) AS project_budget,
  sum(executed) AS project_executed,
  CAST(sum(executed) FILTER (WHERE budget IS NOT NULL AND executed IS NOT NULL) * 100 /
       nullif(sum(budget) FILTER (WHERE budget IS NOT NULL AND executed IS NOT NULL), 0) AS DECIMAL(18,4)) AS project_execution_rate,
  CAST(quantile_cont(execution_rate, 0.1) AS DECIMAL(18,4)) AS project_rate_p10,
  CAST(quantile_cont(execution_rate, 0.5) AS DECIMAL(18,4)) AS project_rate_median,
  CAST(quantile_cont(execution_rate, 0.9) AS DECIMAL(18,4)) AS project_rate_p90
FROM p
GROUP BY GROUPING SETS (
  (is_demo),
  (is_demo, year),
  (is_demo, province),
  (is_demo, province, year),
  (is_demo, city, province, year),
  (is_demo, city, county, province, year),
  (is_demo, dept_type, year),
  (is_demo, dept_type, province, year)
)
ORDER BY grain, year, province, city, county, dept_type;
