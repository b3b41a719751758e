-- One ledger for every outbound message (docs/delivery.md). A row now carries what is needed to send it
-- again without its module: the message, the recipient's address (a DingTalk userId, or a working group's
-- code) and, for a group, its school. Rows written before this version have no message; the retry pass
-- leaves them alone. A group is addressed by school and code, so its recipient_id may be NULL.
ALTER TABLE deliveries
  MODIFY COLUMN recipient_id BIGINT NULL,
  MODIFY COLUMN status VARCHAR(16) NOT NULL COMMENT 'queued | pending | sent | unknown | undeliverable | flow_controlled | failed',
  ADD COLUMN school_id BIGINT NULL COMMENT 'the group''s school (groups are addressed by school and code)' AFTER round_id,
  ADD COLUMN recipient_address VARCHAR(128) NULL COMMENT 'DingTalk userId, or the working group code' AFTER recipient_id,
  ADD COLUMN message MEDIUMTEXT NULL COMMENT 'the message as JSON, so the retry pass can send it again';

-- Alert and tally rows were claimed without a claim time; give them one so stale ones can be recognised.
UPDATE deliveries SET claimed_at = created_at WHERE claimed_at IS NULL;

-- The retry pass looks for failed, flow-controlled, unknown and stale pending rows.
CREATE INDEX ix_deliveries_retry ON deliveries (status, claimed_at);
