-- Kaoping JdbcAssessmentStore schema, H2 2.x. Table prefix kaoping_ (JdbcAssessmentStore replaces it
-- when configured with another prefix). Idempotent: safe to run again.
-- Evidence: the codec's JSON in content; the other columns index it. seq is the storage order.
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
  CONSTRAINT kaoping_evidence_pk PRIMARY KEY (id),
  CONSTRAINT kaoping_evidence_seq UNIQUE (seq)
);
CREATE INDEX IF NOT EXISTS kaoping_evidence_unit ON kaoping_evidence (unit_id, seq);
CREATE INDEX IF NOT EXISTS kaoping_evidence_key ON kaoping_evidence (evidence_key, report_period);
CREATE TABLE IF NOT EXISTS kaoping_scorecard (
  plan_id     VARCHAR(255) NOT NULL,
  unit_id     VARCHAR(255) NOT NULL,
  version     BIGINT       NOT NULL,
  rubric_id   VARCHAR(255) NOT NULL,
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
  CONSTRAINT kaoping_audit_pk PRIMARY KEY (seq)
);
CREATE INDEX IF NOT EXISTS kaoping_audit_unit ON kaoping_audit (unit_id, seq);
-- One row per sequence; writers lock it (UPDATE) so numbers are contiguous and in commit order.
CREATE TABLE IF NOT EXISTS kaoping_counter (
  name       VARCHAR(32) NOT NULL,
  next_value BIGINT      NOT NULL,
  CONSTRAINT kaoping_counter_pk PRIMARY KEY (name)
);
INSERT INTO kaoping_counter (name, next_value) SELECT 'evidence', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM kaoping_counter WHERE name = 'evidence');
INSERT INTO kaoping_counter (name, next_value) SELECT 'audit', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM kaoping_counter WHERE name = 'audit');
