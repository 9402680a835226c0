-- The unit-year, 三公 and quarterly rows again, sorted by unit and year. DuckDB skips row groups by
-- their min/max (zone maps), so a query about a few units (a trend, a unit's profile) reads only the
-- row groups holding them here, while queries about a year read the year-sorted tables.
DROP TABLE IF EXISTS unit_year_facts_by_unit;
CREATE TABLE unit_year_facts_by_unit AS SELECT * FROM unit_year_facts ORDER BY unit_id, year;
DROP TABLE IF EXISTS sangong_facts_by_unit;
CREATE TABLE sangong_facts_by_unit AS SELECT * FROM sangong_facts ORDER BY unit_id, year;
DROP TABLE IF EXISTS quarterly_by_unit;
CREATE TABLE quarterly_by_unit AS SELECT * FROM quarterly ORDER BY unit_id, year, quarter;
