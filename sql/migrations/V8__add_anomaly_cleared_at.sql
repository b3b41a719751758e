-- An anomaly row is written once per round, subject and kind, and is what alerts are de-duplicated on:
-- it is never deleted, so a correction that removes and later restores a finding does not alert twice.
-- cleared_at records that the subject's current answer no longer raises it (a correction before the
-- cut-off), so tallies and the admin view count only current anomalies. Alerts already sent are not
-- retracted.
ALTER TABLE anomalies
  ADD COLUMN cleared_at DATETIME(3) NULL AFTER detected_at;
