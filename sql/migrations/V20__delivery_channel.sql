-- How a delivery reaches its person (docs/fallback.md): the robot's 1:1 chat (and group posts), a DingTalk work
-- notification (asyncsend_v2) for a guardian the robot could not reach, or a personal signed link to the web form
-- that the guardian opened. The retry pass sends a row again over its own channel.
ALTER TABLE deliveries
  ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'robot' COMMENT 'robot | work_notice | link' AFTER recipient_address;
