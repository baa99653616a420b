-- Kaoping JdbcAssessmentStore schema version 2, H2 2.x. Table prefix kaoping_ (JdbcAssessmentStore replaces
-- it when configured with another prefix). Idempotent: safe to run again over version 2. Over the tables of
-- Kaoping 0.1 (version 1) it stops at the check below: upgrade those with JdbcAssessmentStore.createSchema().
-- VARCHAR compares exactly in H2: trailing spaces and case are significant.
-- Evidence: the codec's JSON in content; the other columns index it. seq is the storage order; chain_hash
-- links each row to the one before (see docs/jdbc.md, "Tamper-evident chain").
CREATE TABLE IF NOT EXISTS kaoping_evidence (
  id             VARCHAR(255) NOT NULL,
  seq            BIGINT       NOT NULL,
  unit_id        VARCHAR(255) NOT NULL,
  evidence_key   VARCHAR(255) NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  report_period  VARCHAR(7)   NOT NULL,
  recorded_at    TIMESTAMP(9) NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  content        CLOB         NOT NULL,
  chain_hash     CHAR(64)     NOT NULL,
  CONSTRAINT kaoping_evidence_pk PRIMARY KEY (id),
  CONSTRAINT kaoping_evidence_seq UNIQUE (seq)
);
CREATE INDEX IF NOT EXISTS kaoping_evidence_unit ON kaoping_evidence (unit_id, seq);
CREATE INDEX IF NOT EXISTS kaoping_evidence_key ON kaoping_evidence (evidence_key, report_period);
-- Scorecards: the codec's JSON in content. rubric_version is the rubric version the unit was scored with, null on
-- rows stored before it was recorded; createSchema() adds it to a version-2 table that lacks it.
CREATE TABLE IF NOT EXISTS kaoping_scorecard (
  plan_id     VARCHAR(255) NOT NULL,
  unit_id     VARCHAR(255) NOT NULL,
  version     BIGINT       NOT NULL,
  rubric_id   VARCHAR(255) NOT NULL,
  rubric_version VARCHAR(255),
  computed_at TIMESTAMP(9) NOT NULL,
  content     CLOB         NOT NULL,
  CONSTRAINT kaoping_scorecard_pk PRIMARY KEY (plan_id, unit_id)
);
CREATE TABLE IF NOT EXISTS kaoping_audit (
  seq         BIGINT       NOT NULL,
  occurred_at TIMESTAMP(9) NOT NULL,
  actor       VARCHAR(255) NOT NULL,
  action      VARCHAR(32)  NOT NULL,
  unit_id     VARCHAR(255),
  subject     VARCHAR(255),
  content     CLOB         NOT NULL,
  chain_hash  CHAR(64)     NOT NULL,
  CONSTRAINT kaoping_audit_pk PRIMARY KEY (seq)
);
CREATE INDEX IF NOT EXISTS kaoping_audit_unit ON kaoping_audit (unit_id, seq);
-- One row per sequence; writers lock it (SELECT ... FOR UPDATE) so numbers are contiguous and in commit
-- order. next_value is the last number given out; head_hash is the chain_hash of that row.
CREATE TABLE IF NOT EXISTS kaoping_counter (
  name       VARCHAR(32) NOT NULL,
  next_value BIGINT      NOT NULL,
  head_hash  CHAR(64)    NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
  CONSTRAINT kaoping_counter_pk PRIMARY KEY (name)
);
INSERT INTO kaoping_counter (name, next_value, head_hash) SELECT 'evidence', 0, '0000000000000000000000000000000000000000000000000000000000000000' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM kaoping_counter WHERE name = 'evidence');
INSERT INTO kaoping_counter (name, next_value, head_hash) SELECT 'audit', 0, '0000000000000000000000000000000000000000000000000000000000000000' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM kaoping_counter WHERE name = 'audit');
-- The schema version of these tables.
CREATE TABLE IF NOT EXISTS kaoping_meta (
  name       VARCHAR(64)  NOT NULL,
  text_value VARCHAR(255) NOT NULL,
  CONSTRAINT kaoping_meta_pk PRIMARY KEY (name)
);
-- Check: fails over version 1 tables (no chain columns), before the version is recorded.
SELECT seq, chain_hash FROM kaoping_evidence WHERE 1 = 0;
SELECT seq, chain_hash FROM kaoping_audit WHERE 1 = 0;
SELECT name, head_hash FROM kaoping_counter WHERE 1 = 0;
INSERT INTO kaoping_meta (name, text_value) SELECT 'schema_version', '2' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM kaoping_meta WHERE name = 'schema_version');
