-- Alerts are deliveries (docs/delivery.md): the alert outbox becomes a state of the ledger. A group alert is
-- written `queued` with its message; the ledger's paced sender posts it when the group's per-minute allowance
-- has room, merging what waited meanwhile. sent_with ties the rows of one message together: the rows of one
-- alert (several anomalies, one message) and the alerts merged into one post point at the row whose send
-- carried them; that row itself has none. A group's messages in a window are its sent rows without sent_with.
ALTER TABLE deliveries
  ADD COLUMN sent_with BIGINT NULL COMMENT 'the row whose message carried this one (one alert of several anomalies, a merged post)',
  ADD COLUMN outbox_id BIGINT NULL;

CREATE INDEX ix_deliveries_queued ON deliveries (status, school_id, recipient_kind, recipient_address, id);
CREATE INDEX ix_deliveries_group_sent ON deliveries (school_id, recipient_address, sent_at);

-- Alerts still waiting in the outbox move into their ledger rows (reserved as `queued`, no message yet).
UPDATE deliveries d
  JOIN alert_outbox o
    ON o.status <> 'done' AND FIND_IN_SET(d.dedup_key, REPLACE(o.delivery_keys, '\n', ',')) > 0
   SET d.message = JSON_OBJECT('type', 'markdown', 'title', o.title, 'text', o.body),
       d.outbox_id = o.id
 WHERE d.status = 'queued';

UPDATE deliveries d
  JOIN (SELECT outbox_id, MIN(id) AS lead_id FROM deliveries WHERE outbox_id IS NOT NULL GROUP BY outbox_id) l
    ON l.outbox_id = d.outbox_id
   SET d.sent_with = l.lead_id
 WHERE d.id <> l.lead_id;

-- A key reserved by a process that died before its outbox row was written has no message: it cannot be
-- sent and is closed as failed (that was the crash window the event registry now closes).
UPDATE deliveries
   SET status = 'failed', last_error = 'queued without a message before V15_1'
 WHERE status = 'queued' AND message IS NULL;

ALTER TABLE deliveries DROP COLUMN outbox_id;
DROP TABLE alert_outbox;

-- "How many of this class have the same kind now" (the no-names alert) is answered from the anomalies
-- themselves: the class comes with the answer's event instead of a join on the roster's students.
ALTER TABLE anomalies
  ADD COLUMN class_id BIGINT NULL COMMENT 'the student''s class when the anomaly was raised; NULL for staff' AFTER subject_id;

UPDATE anomalies a JOIN students st ON st.id = a.subject_id
   SET a.class_id = st.class_id
 WHERE a.subject_kind = 'student';

-- The last answer revision the alert module evaluated per subject: events are handled asynchronously and a
-- resubmitted one may come late, so an older revision never overwrites the anomalies of a newer one. The
-- row is locked while an answer is evaluated, so one subject's answers are evaluated one at a time.
CREATE TABLE anomaly_evaluations (
  round_id      BIGINT      NOT NULL,
  subject_kind  VARCHAR(8)  NOT NULL,
  subject_id    BIGINT      NOT NULL,
  revision      INT         NOT NULL COMMENT 'answers.revision last evaluated',
  PRIMARY KEY (round_id, subject_kind, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
