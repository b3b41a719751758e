-- Many schools, many DingTalk apps (docs/school-config.md "dingtalk"): calls are counted per app as well.
-- Rows written before this version belong to the process-wide app and keep app_key ''.
ALTER TABLE api_call_counts
  ADD COLUMN app_key VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'the DingTalk app (appKey) that made the calls; '''' = before V21' AFTER month,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (month, app_key, api, purpose);
