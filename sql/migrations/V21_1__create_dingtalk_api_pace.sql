-- One rate limit across instances (docs/rate-limits.md): DingTalk allows 20 calls a second per app and API,
-- whichever process makes them. Each row is the next free start time of one app's API; every instance claims
-- its call's slot by moving it forward in one short transaction, on the database's clock.
CREATE TABLE dingtalk_api_pace (
  app_key      VARCHAR(64)  NOT NULL,
  api          VARCHAR(128) NOT NULL,
  next_free_at DATETIME(6)  NOT NULL COMMENT 'UTC; the earliest start of the next call of this app and API',
  PRIMARY KEY (app_key, api)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
