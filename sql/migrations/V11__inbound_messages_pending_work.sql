-- Inbound messages are now stored and acknowledged first and handled afterwards by a worker
-- (docs/inbound.md). status: received (pending work) -> processing (claimed by a worker, attempted_at is the
-- claim time) -> handled, or back to received with next_attempt_at after a failed attempt, or failed after
-- the last attempt. attempts counts handling attempts, so a freshly stored message has 0.
ALTER TABLE inbound_messages
  ADD COLUMN next_attempt_at DATETIME(3) NULL AFTER attempted_at;
