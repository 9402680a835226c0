-- Generated from the catalog by server/query/rollups.ts (npx tsx scripts/synth/rollups.ts); do not edit.
-- rollup_rows(facts): the rows of the fact table `facts` once per grain the rollups (30–32) are
-- pre-aggregated at, each with `rollup_key`: the grain's name (its grouped columns in alphabetical
-- order) and its columns, NULL where the grain does not group by them. A rollup grouped by the key
-- is the fact grouped by every grain at once. A temporary macro: it is kept by the connection that
-- runs the post-load SQL, not in the warehouse.
CREATE OR REPLACE TEMP MACRO rollup_rows(facts) AS TABLE
SELECT
  {
    'grain': g.grain,
    'year': CASE WHEN g.by_year THEN f.year END,
    'province': CASE WHEN g.by_province THEN f.province END,
    'city': CASE WHEN g.by_city THEN f.city END,
    'county': CASE WHEN g.by_county THEN f.county END,
    'dept_type': CASE WHEN g.by_dept_type THEN f.dept_type END,
    'is_demo': CASE WHEN g.by_is_demo THEN f.is_demo END
  } AS rollup_key,
  f.*
FROM query_table(facts) f
CROSS JOIN (VALUES
  ('is_demo', false, false, false, false, false, true),
  ('is_demo,year', true, false, false, false, false, true),
  ('is_demo,province', false, true, false, false, false, true),
  ('is_demo,province,year', true, true, false, false, false, true),
  ('city,is_demo,province,year', true, true, true, false, false, true),
  ('city,county,is_demo,province,year', true, true, true, true, false, true),
  ('dept_type,is_demo,year', true, false, false, false, true, true),
  ('dept_type,is_demo,province,year', true, true, false, false, true, true)
) g(grain, by_year, by_province, by_city, by_county, by_dept_type, by_is_demo);
