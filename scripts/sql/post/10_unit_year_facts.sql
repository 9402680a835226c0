-- Unit-years with their unit's name, department type, region and demo flag side by side, sorted by
-- year and unit: the API's unit-year measures read this table without a join, and a year filter
-- skips whole row groups. Read by the unit_year fact of the catalog.
DROP TABLE IF EXISTS unit_year_facts;
CREATE TABLE unit_year_facts AS
SELECT
  f.* EXCLUDE (is_demo),
  u.name AS unit_name, u.dept_type, u.province, u.city, u.county, u.division_code, u.is_demo
FROM unit_years f
JOIN units u ON u.unit_id = f.unit_id
ORDER BY f.year, f.unit_id;
