-- A class teacher's "remind now" command: when it last sent reminders for the class in the round, so a
-- repeat within the throttle window (10 minutes) sends nothing.
CREATE TABLE class_reminders (
  round_id      BIGINT       NOT NULL,
  class_id      BIGINT       NOT NULL,
  last_sent_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (round_id, class_id),
  CONSTRAINT fk_class_reminders_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
