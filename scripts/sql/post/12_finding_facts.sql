-- Findings with their unit's name, region and department type, their document's file name and the
-- demo flag (the unit's, else the document's) side by side, sorted by year and unit: the API's
-- finding measures and the findings alert read this table without joins.
DROP TABLE IF EXISTS finding_facts;
CREATE TABLE finding_facts AS
SELECT
  f.*,
  u.name AS unit_name, u.dept_type, u.province, u.city, u.county, u.division_code,
  coalesce(u.is_demo, d.is_demo, false) AS is_demo,
  d.file_name
FROM findings f
LEFT JOIN units u ON u.unit_id = f.unit_id
LEFT JOIN documents d ON d.doc_id = f.doc_id
ORDER BY f.year, f.unit_id, f.finding_id;
