-- 家校通讯录 sync (issue 10 part 3, docs/roster-sync.md): a student's DingTalk userId from the home-school
-- contacts, and the report of every sync (the last one is served by the admin API).
ALTER TABLE students
  ADD COLUMN dingtalk_user_id VARCHAR(64) NULL COMMENT 'the student identity in the home-school contacts, filled by the sync' AFTER class_id,
  ADD KEY ix_students_dingtalk (school_id, dingtalk_user_id);

CREATE TABLE roster_contacts_syncs (
  id                 BIGINT      NOT NULL AUTO_INCREMENT,
  school_id          BIGINT      NOT NULL,
  trigger_kind       VARCHAR(16) NOT NULL COMMENT 'manual | scheduled',
  started_at         DATETIME(3) NOT NULL,
  finished_at        DATETIME(3) NOT NULL,
  outcome            VARCHAR(24) NOT NULL COMMENT 'completed | budget-exceeded | failed',
  calls              INT         NOT NULL COMMENT 'DingTalk edu API requests this sync made',
  guardians_filled   INT         NOT NULL,
  students_filled    INT         NOT NULL,
  report             MEDIUMTEXT  NOT NULL COMMENT 'the whole report as JSON',
  PRIMARY KEY (id),
  KEY ix_contacts_syncs_school (school_id, started_at),
  CONSTRAINT fk_contacts_syncs_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
