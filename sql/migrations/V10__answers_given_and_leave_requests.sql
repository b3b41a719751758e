-- An answer holds only what the person said (issue "Trustworthy answers"): which questions it gives, and
-- whether it is the all-normal attestation. Un-given questions stay NULL (symptoms NULL = unknown,
-- '' = no symptoms). Rows written before this migration gave every question (the parser filled the
-- form's normal answers), so they are marked as such.
ALTER TABLE answers
  ADD COLUMN all_normal      TINYINT(1)   NULL AFTER household_symptoms,
  ADD COLUMN given_questions VARCHAR(255) NULL COMMENT 'comma-separated question ids the answer gives' AFTER all_normal;

UPDATE answers SET given_questions = 'contact,health_code,household_symptoms,symptoms,temperature,travel'
 WHERE given_questions IS NULL;

-- A guardian's own words asking for leave (今天请假, 在家休息): a request for the class teacher, shown on the
-- class's list. It is not a leave: the class teacher records that with the 请假 command.
CREATE TABLE leave_requests (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  round_id      BIGINT       NOT NULL,
  student_id    BIGINT       NOT NULL,
  guardian_id   BIGINT       NOT NULL,
  raw_text      VARCHAR(1000) NOT NULL,
  source_msg_id VARCHAR(191) NULL,
  requested_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_leave_requests (round_id, student_id, guardian_id),
  CONSTRAINT fk_leave_requests_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
