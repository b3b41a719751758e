-- What remains of a round once its answers, revisions and anomalies are purged after
-- chenbao.retention.days (docs/inbound.md, "Retention"): the day's counts per school and form.
CREATE TABLE daily_counts (
  school_id      BIGINT       NOT NULL,
  form_code      VARCHAR(64)  NOT NULL,
  business_date  DATE         NOT NULL,
  expected       INT          NOT NULL,
  answered       INT          NOT NULL,
  anomalies      INT          NOT NULL,
  counted_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (school_id, form_code, business_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
