-- Alerts leave through this outbox (docs/inbound.md): the answer's handling only writes a row; a sender
-- thread posts it when the group's per-minute allowance has room, merging what queued up meanwhile into one
-- message. delivery_keys are the deliveries rows (one per anomaly and recipient) the message settles.
CREATE TABLE alert_outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  school_id       BIGINT       NOT NULL,
  recipient_kind  VARCHAR(8)   NOT NULL COMMENT 'group | staff',
  recipient       VARCHAR(128) NOT NULL COMMENT 'working group code, or the staff member''s DingTalk userId',
  delivery_keys   TEXT         NOT NULL COMMENT 'newline-separated deliveries.dedup_key',
  title           VARCHAR(255) NOT NULL,
  body            MEDIUMTEXT   NOT NULL,
  status          VARCHAR(16)  NOT NULL COMMENT 'pending | sending | done',
  created_at      DATETIME(3)  NOT NULL,
  claimed_at      DATETIME(3)  NULL,
  sent_at         DATETIME(3)  NULL,
  merged_into     BIGINT       NULL COMMENT 'the row whose send carried this alert, when merged',
  PRIMARY KEY (id),
  KEY ix_alert_outbox_pending (status, school_id, recipient_kind, recipient, id),
  KEY ix_alert_outbox_sent (school_id, recipient_kind, recipient, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
