-- What each counted DingTalk call was for (prompt, remind, teacher_list, tally, alert, reply, ...: the
-- delivery kind, or 'other'), so the monthly quota can be read by purpose. Rows before this count as 'other'.
ALTER TABLE api_call_counts
  ADD COLUMN purpose VARCHAR(32) NOT NULL DEFAULT 'other' AFTER api,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (month, api, purpose);
