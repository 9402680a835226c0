-- Warehouse schema: the tables the ETL loads and the API reads.
-- Amounts are 万元 as DECIMAL(20,6) (one 元 is 0.0001 万元; six places keep 分-level sources exact),
-- rates are percentages as DECIMAL(9,4), scores DECIMAL(9,3). Nothing here is a float.
-- The warehouse is rebuilt beside the old file on every load and swapped in atomically.

CREATE TABLE meta (
  key   VARCHAR PRIMARY KEY,
  value VARCHAR
);

-- One row per ingested file, whatever happened to it.
CREATE TABLE documents (
  doc_id         VARCHAR PRIMARY KEY,      -- sha256 of the file's bytes
  file_name      VARCHAR NOT NULL,
  path           VARCHAR,
  format         VARCHAR,                  -- text, pdf, docx, doc, xlsx, xls, html
  encoding       VARCHAR,
  size_bytes     BIGINT,
  kinds          VARCHAR[],                -- overall_self_eval, project_self_eval, project_dept_eval, final_accounts
  status         VARCHAR NOT NULL,         -- ok, partial, quarantined
  reason         VARCHAR,                  -- why quarantined / partial
  parser_version VARCHAR NOT NULL,
  loaded_at      TIMESTAMP NOT NULL,
  is_demo        BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE units (
  unit_id       VARCHAR PRIMARY KEY,       -- stable id derived from the normalised full name
  name          VARCHAR NOT NULL,
  dept_type     VARCHAR,
  province      VARCHAR,
  city          VARCHAR,
  county        VARCHAR,
  division_code VARCHAR,
  is_demo       BOOLEAN NOT NULL DEFAULT false
);

-- The merged view of one unit in one budget year. Where documents disagree the first stated
-- value (by document priority) is kept here, a value_conflict finding is recorded and every
-- stated value stays in `facts`.
CREATE TABLE unit_years (
  unit_id                VARCHAR NOT NULL,
  year                   INTEGER NOT NULL,
  report_kinds           VARCHAR[],
  budget                 DECIMAL(20,6),
  executed               DECIMAL(20,6),
  execution_rate_stated  DECIMAL(9,4),
  execution_rate         DECIMAL(9,4),     -- executed / budget where both are known, else the stated rate
  score                  DECIMAL(9,3),     -- stated total score
  score_derived          DECIMAL(9,3),     -- sum of the scoring table where no total is stated
  grade                  VARCHAR,
  budget_initial         DECIMAL(20,6),
  income_total           DECIMAL(20,6),
  income_prev_year       DECIMAL(20,6),
  fiscal_appropriation   DECIMAL(20,6),
  carryover_begin        DECIMAL(20,6),
  expenditure_total      DECIMAL(20,6),
  basic                  DECIMAL(20,6),
  personnel              DECIMAL(20,6),
  public                 DECIMAL(20,6),
  public_budget          DECIMAL(20,6),
  project                DECIMAL(20,6),
  budget_basic           DECIMAL(20,6),
  budget_project         DECIMAL(20,6),
  carryover_end          DECIMAL(20,6),
  procurement            DECIMAL(20,6),
  procurement_plan       DECIMAL(20,6),
  project_count          INTEGER,
  project_total          DECIMAL(20,6),
  staff_quota            INTEGER,
  staff_in_service       INTEGER,
  staff_retired          INTEGER,
  staff_contract         INTEGER,
  assets_total           DECIMAL(20,6),
  assets_fixed_original  DECIMAL(20,6),
  assets_fixed_net       DECIMAL(20,6),
  is_demo                BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (unit_id, year)
);

-- 三公经费 of one unit and year: actual spending, its budget and the previous year's total.
CREATE TABLE sangong (
  unit_id                  VARCHAR NOT NULL,
  year                     INTEGER NOT NULL,
  total                    DECIMAL(20,6),
  abroad                   DECIMAL(20,6),
  vehicle_purchase         DECIMAL(20,6),
  vehicle_operation        DECIMAL(20,6),
  reception                DECIMAL(20,6),
  budget                   DECIMAL(20,6),
  budget_abroad            DECIMAL(20,6),
  budget_vehicle_purchase  DECIMAL(20,6),
  budget_vehicle_operation DECIMAL(20,6),
  budget_reception         DECIMAL(20,6),
  control_rate             DECIMAL(9,4),
  prev_total               DECIMAL(20,6),
  prev_total_derived       DECIMAL(20,6),
  PRIMARY KEY (unit_id, year)
);

CREATE TABLE projects (
  project_id             VARCHAR PRIMARY KEY,   -- unit_id, year and normalised name
  unit_id                VARCHAR NOT NULL,
  year                   INTEGER NOT NULL,
  doc_id                 VARCHAR NOT NULL,
  name                   VARCHAR NOT NULL,
  category               VARCHAR,
  budget                 DECIMAL(20,6),
  executed               DECIMAL(20,6),
  returned               DECIMAL(20,6),
  execution_rate_stated  DECIMAL(9,4),
  execution_rate         DECIMAL(9,4),          -- executed / budget where both are known, else stated
  score                  DECIMAL(9,3)
);

CREATE TABLE project_indicators (
  project_id VARCHAR NOT NULL,
  seq        INTEGER NOT NULL,
  name       VARCHAR NOT NULL,
  path       VARCHAR[],
  target     VARCHAR,
  actual     VARCHAR,
  weight     DECIMAL(9,3),
  score      DECIMAL(9,3),
  PRIMARY KEY (project_id, seq)
);

-- Rows of a department's scoring table (部门整体支出绩效评价指标).
CREATE TABLE indicators (
  unit_id       VARCHAR NOT NULL,
  year          INTEGER NOT NULL,
  doc_id        VARCHAR NOT NULL,
  seq           INTEGER NOT NULL,
  name          VARCHAR NOT NULL,
  path          VARCHAR[],
  level1        VARCHAR,
  weight        DECIMAL(9,3),
  score         DECIMAL(9,3),
  derived_score DECIMAL(9,3),
  PRIMARY KEY (unit_id, year, doc_id, seq)
);

-- Cumulative spending progress at the end of each quarter, %.
CREATE TABLE quarterly (
  unit_id  VARCHAR NOT NULL,
  year     INTEGER NOT NULL,
  quarter  INTEGER NOT NULL,
  progress DECIMAL(9,4) NOT NULL,
  PRIMARY KEY (unit_id, year, quarter)
);

CREATE TABLE findings (
  finding_id VARCHAR PRIMARY KEY,
  doc_id     VARCHAR NOT NULL,
  unit_id    VARCHAR,
  year       INTEGER,
  code       VARCHAR NOT NULL,
  severity   VARCHAR NOT NULL,
  message    VARCHAR NOT NULL,
  details    JSON
);

-- Every stated or derived fact with its provenance: the document, the line or page, the quote.
CREATE TABLE facts (
  fact_id     VARCHAR PRIMARY KEY,
  doc_id      VARCHAR NOT NULL,
  unit_id     VARCHAR,
  year        INTEGER,
  subject     VARCHAR NOT NULL,   -- unit_year, sangong, project, project_indicator, indicator, quarterly, unit
  subject_id  VARCHAR,            -- project_id for project facts, "seq" for indicator rows, …
  key         VARCHAR NOT NULL,   -- e.g. overall.budget, finance.basic, project.executed
  value_num   DECIMAL(20,6),
  value_text  VARCHAR,
  source_unit VARCHAR,            -- the unit the source stated (元, 万元, %, 分 …)
  derived     BOOLEAN NOT NULL DEFAULT false,
  line        INTEGER,
  page        INTEGER,
  sheet       VARCHAR,
  quote       VARCHAR,
  rule        VARCHAR,            -- how it was read: the form block, row and column, or the rule
  chosen      BOOLEAN NOT NULL DEFAULT true  -- false when another document's value for the same unit, year and
                                             -- key is the one kept in the merged tables (see value_conflict)
);

-- Each document's extraction (the evaluation-record/1 DOC with its provenance) as the loader stored it.
-- Every other table is rebuilt from these on each load, so a load carries earlier documents over
-- into the new warehouse without needing their files again.
CREATE TABLE document_extracts (
  doc_id  VARCHAR PRIMARY KEY,
  extract JSON NOT NULL
);

-- The upload log: one row per file of every upload request through the API — who sent it (the
-- client's address), when, what (name as sent, size, sha256, where it is stored under the upload
-- folder) and what became of it. Carried over by every load like the documents; never rebuilt.
CREATE TABLE upload_log (
  upload_id   VARCHAR NOT NULL,     -- one request
  seq         INTEGER NOT NULL,     -- the file's place in the request, from 1
  received_at TIMESTAMP NOT NULL,
  client      VARCHAR,              -- the sender's address as the server saw it
  file_name   VARCHAR NOT NULL,     -- as sent, made safe
  size_bytes  BIGINT,
  sha256      VARCHAR,
  stored_as   VARCHAR,              -- relative to the upload folder
  outcome     VARCHAR NOT NULL,     -- loaded, replaced, skipped (same content already held), failed
  status      VARCHAR,              -- the document's status: ok, partial, quarantined
  message     VARCHAR,
  PRIMARY KEY (upload_id, seq)
);
