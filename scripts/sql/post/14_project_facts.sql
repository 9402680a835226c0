-- Projects with their unit's name, region, department type and demo flag side by side, two ways:
-- project_facts_by_unit, a view over `projects` (which is stored unit by unit), for queries about a
-- few units; and project_facts, the same rows stored sorted by year and execution rate, for queries
-- about a year. DuckDB skips row groups by their min/max, so a year's projects below a threshold, or
-- its lowest hundred, are read from a few row groups, without a join.
DROP VIEW IF EXISTS project_facts_by_unit;
CREATE VIEW project_facts_by_unit AS
SELECT
  p.project_id, p.unit_id, p.year, p.name, p.budget, p.executed, p.execution_rate,
  u.name AS unit_name, u.dept_type, u.province, u.city, u.county, u.division_code, u.is_demo
FROM projects p
JOIN units u ON u.unit_id = p.unit_id;
DROP TABLE IF EXISTS project_facts;
CREATE TABLE project_facts AS
SELECT * FROM project_facts_by_unit ORDER BY year, execution_rate NULLS LAST;
