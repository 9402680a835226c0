-- 三公经费 with the previous year's total each change is measured against (prev_effective):
-- as the document states it, else as derived from a stated change (比上年增加/减少 X), else the
-- same unit's own row of the year before. Carries the unit's region, department type, demo flag and
-- the unit-year's grade, sorted by year and unit. Read by the sangong fact of the catalog.
DROP TABLE IF EXISTS sangong_facts;
CREATE TABLE sangong_facts AS
SELECT
  s.*,
  coalesce(s.prev_total, s.prev_total_derived, p.total) AS prev_effective,
  u.name AS unit_name, u.dept_type, u.province, u.city, u.county, u.division_code, u.is_demo,
  y.grade
FROM sangong s
JOIN units u ON u.unit_id = s.unit_id
LEFT JOIN sangong p ON p.unit_id = s.unit_id AND p.year = s.year - 1
LEFT JOIN unit_years y ON y.unit_id = s.unit_id AND y.year = s.year
ORDER BY s.year, s.unit_id;
