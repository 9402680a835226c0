-- Quarterly spending progress with the unit's name, region, department type and demo flag, sorted
-- by year and unit: the behind-schedule alert reads one year of it without a join.
DROP TABLE IF EXISTS quarterly_facts;
CREATE TABLE quarterly_facts AS
SELECT
  q.*,
  u.name AS unit_name, u.dept_type, u.province, u.city, u.county, u.division_code, u.is_demo
FROM quarterly q
JOIN units u ON u.unit_id = q.unit_id
ORDER BY q.year, q.unit_id, q.quarter;
