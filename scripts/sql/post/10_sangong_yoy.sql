-- 三公经费 with the previous year's total each change is measured against (prev_effective):
-- as the document states it, else as derived from a stated change (比上年增加/减少 X),
-- else the same unit's own row of the year before. Read by the sangong measures of the catalog.
DROP TABLE IF EXISTS sangong_yoy;
CREATE TABLE sangong_yoy AS
SELECT
  s.*,
  coalesce(s.prev_total, s.prev_total_derived, p.total) AS prev_effective
FROM sangong s
LEFT JOIN sangong p ON p.unit_id = s.unit_id AND p.year = s.year - 1
ORDER BY s.year, s.unit_id;
