-- When the current attempt of a delivery started. A row still 'pending' long after this was left by a
-- process that died between writing the row and sending; the next run of the step takes it over.
-- (created_at cannot serve: a row taken over keeps its first creation time.)
ALTER TABLE deliveries
  ADD COLUMN claimed_at DATETIME(3) NULL COMMENT 'start of the current attempt; stale pending rows are taken over'
  AFTER attempts;
