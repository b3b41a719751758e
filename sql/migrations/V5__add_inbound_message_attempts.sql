-- Inbound messages are handled at most once per msg_id unless the handling failed. A redelivery of a
-- failed (or stuck) message claims it again by bumping attempts, which always changes the row, so two
-- concurrent redeliveries cannot both win (MySQL Connector/J reports found rows, not changed rows).
ALTER TABLE inbound_messages
  ADD COLUMN attempts     INT         NOT NULL DEFAULT 1 AFTER status,
  ADD COLUMN attempted_at DATETIME(3) NULL AFTER attempts;

UPDATE inbound_messages SET attempted_at = received_at WHERE attempted_at IS NULL;
