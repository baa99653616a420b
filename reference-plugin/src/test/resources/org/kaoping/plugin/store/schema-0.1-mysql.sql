-- Kaoping JdbcAssessmentStore schema, MySQL 5.7 and later, MariaDB 10.2 and later (InnoDB).
-- Table prefix kaoping_ (JdbcAssessmentStore replaces it when configured with another prefix).
-- Idempotent: safe to run again. utf8mb4 with binary collation: Chinese text and emoji are stored as
-- they are, and ids compare exactly (a and A are different ids). Timestamps are UTC.
-- Evidence: the codec's JSON in content; the other columns index it. seq is the storage order.
CREATE TABLE IF NOT EXISTS kaoping_evidence (
  id             VARCHAR(255) NOT NULL,
  seq            BIGINT       NOT NULL,
  unit_id        VARCHAR(255) NOT NULL,
  evidence_key   VARCHAR(255) NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  report_period  VARCHAR(7)   NOT NULL,
  recorded_at    DATETIME(6)  NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  content        LONGTEXT     NOT NULL,
  CONSTRAINT kaoping_evidence_pk PRIMARY KEY (id),
  CONSTRAINT kaoping_evidence_seq UNIQUE (seq),
  INDEX kaoping_evidence_unit (unit_id, seq),
  INDEX kaoping_evidence_key (evidence_key, report_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE IF NOT EXISTS kaoping_scorecard (
  plan_id     VARCHAR(255) NOT NULL,
  unit_id     VARCHAR(255) NOT NULL,
  version     BIGINT       NOT NULL,
  rubric_id   VARCHAR(255) NOT NULL,
  computed_at DATETIME(6)  NOT NULL,
  content     LONGTEXT     NOT NULL,
  CONSTRAINT kaoping_scorecard_pk PRIMARY KEY (plan_id, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE IF NOT EXISTS kaoping_audit (
  seq         BIGINT       NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  actor       VARCHAR(255) NOT NULL,
  action      VARCHAR(32)  NOT NULL,
  unit_id     VARCHAR(255),
  subject     VARCHAR(255),
  content     LONGTEXT     NOT NULL,
  CONSTRAINT kaoping_audit_pk PRIMARY KEY (seq),
  INDEX kaoping_audit_unit (unit_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- One row per sequence; writers lock it (UPDATE) so numbers are contiguous and in commit order.
CREATE TABLE IF NOT EXISTS kaoping_counter (
  name       VARCHAR(32) NOT NULL,
  next_value BIGINT      NOT NULL,
  CONSTRAINT kaoping_counter_pk PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT IGNORE INTO kaoping_counter (name, next_value) VALUES ('evidence', 0);
INSERT IGNORE INTO kaoping_counter (name, next_value) VALUES ('audit', 0);
