-- A school's own DingTalk app (the school file's dingtalk section), so that every instance sends for the
-- school with its app, also after the file was replaced through another instance's admin API. The app secret
-- is never stored: only the name of the environment variable that holds it, which each instance reads.
CREATE TABLE school_dingtalk_apps (
  school_id           BIGINT       NOT NULL,
  corp_id             VARCHAR(64)  NULL,
  app_key             VARCHAR(64)  NOT NULL,
  app_secret_variable VARCHAR(128) NOT NULL COMMENT 'the environment variable holding the app secret, never the secret',
  robot_code          VARCHAR(64)  NULL COMMENT 'NULL: the app key',
  agent_id            VARCHAR(32)  NULL COMMENT 'for work notifications',
  PRIMARY KEY (school_id),
  CONSTRAINT fk_school_dingtalk_apps_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
