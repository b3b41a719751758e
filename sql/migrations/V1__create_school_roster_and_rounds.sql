-- Chenbao schema, version 1.
-- Runs on MySQL 8.0+ and MariaDB 10.11+. Apply with Flyway (the service does it at start-up) or by hand
-- in file order. All text is utf8mb4. Every instant is stored as UTC in DATETIME(3); the business date a
-- row belongs to (in the school's zone, Asia/Shanghai by default) is an explicit DATE column.
-- Unique keys carry the idempotency of imports, sends and inbound messages: re-running never doubles a row.

-- ---------------------------------------------------------------------------------------------------
-- Schools and their structure
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE schools (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(64)  NOT NULL COMMENT 'stable short code used in URLs and config files, e.g. zhengyuan',
  name        VARCHAR(128) NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_schools_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  school_id         BIGINT       NOT NULL,
  name              VARCHAR(64)  NOT NULL,
  phone             VARCHAR(20)  NULL,
  dingtalk_user_id  VARCHAR(64)  NULL COMMENT 'org userId the robot sends to',
  title             VARCHAR(64)  NULL COMMENT 'post, e.g. 语文教师, 保安, 食堂',
  status            VARCHAR(16)  NOT NULL DEFAULT 'active' COMMENT 'active | left',
  created_at        DATETIME(3)  NOT NULL,
  updated_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_staff_dingtalk (school_id, dingtalk_user_id),
  UNIQUE KEY uk_staff_phone (school_id, phone),
  CONSTRAINT fk_staff_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grades (
  id               BIGINT      NOT NULL AUTO_INCREMENT,
  school_id        BIGINT      NOT NULL,
  name             VARCHAR(32) NOT NULL COMMENT 'as the office writes it, e.g. 一年级',
  sort_order       INT         NOT NULL DEFAULT 0,
  leader_staff_id  BIGINT      NULL COMMENT '年级组长',
  PRIMARY KEY (id),
  UNIQUE KEY uk_grades_name (school_id, name),
  CONSTRAINT fk_grades_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_grades_leader FOREIGN KEY (leader_staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE classes (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  school_id         BIGINT      NOT NULL,
  grade_id          BIGINT      NOT NULL,
  name              VARCHAR(32) NOT NULL COMMENT 'as the office writes it within the grade, e.g. 1班',
  sort_order        INT         NOT NULL DEFAULT 0,
  teacher_staff_id  BIGINT      NULL COMMENT '班主任',
  PRIMARY KEY (id),
  UNIQUE KEY uk_classes_name (grade_id, name),
  KEY ix_classes_school (school_id),
  CONSTRAINT fk_classes_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_classes_grade FOREIGN KEY (grade_id) REFERENCES grades (id),
  CONSTRAINT fk_classes_teacher FOREIGN KEY (teacher_staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE students (
  id                 BIGINT      NOT NULL AUTO_INCREMENT,
  school_id          BIGINT      NOT NULL,
  student_no         VARCHAR(32) NOT NULL COMMENT '学号, unique within the school',
  name               VARCHAR(64) NOT NULL,
  class_id           BIGINT      NOT NULL,
  status             VARCHAR(16) NOT NULL DEFAULT 'active' COMMENT 'active | on_leave | transferred_out',
  status_changed_at  DATETIME(3) NOT NULL,
  created_at         DATETIME(3) NOT NULL,
  updated_at         DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_students_no (school_id, student_no),
  KEY ix_students_class (class_id, status),
  CONSTRAINT fk_students_school FOREIGN KEY (school_id) REFERENCES schools (id),
  CONSTRAINT fk_students_class FOREIGN KEY (class_id) REFERENCES classes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A guardian is one person per school, identified by phone: a parent of two children is one row.
CREATE TABLE guardians (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  school_id         BIGINT      NOT NULL,
  name              VARCHAR(64) NOT NULL,
  phone             VARCHAR(20) NOT NULL,
  dingtalk_user_id  VARCHAR(64) NULL,
  created_at        DATETIME(3) NOT NULL,
  updated_at        DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_guardians_phone (school_id, phone),
  KEY ix_guardians_dingtalk (school_id, dingtalk_user_id),
  CONSTRAINT fk_guardians_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guardian_students (
  guardian_id  BIGINT      NOT NULL,
  student_id   BIGINT      NOT NULL,
  relation     VARCHAR(16) NOT NULL COMMENT 'as written by the school: 父亲, 母亲, 爷爷, ...',
  created_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (guardian_id, student_id),
  KEY ix_guardian_students_student (student_id),
  CONSTRAINT fk_gs_guardian FOREIGN KEY (guardian_id) REFERENCES guardians (id),
  CONSTRAINT fk_gs_student FOREIGN KEY (student_id) REFERENCES students (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Leave for a date range (issue: rounds). A student on leave on a date is not expected in that round.
CREATE TABLE student_leaves (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  student_id  BIGINT       NOT NULL,
  from_date   DATE         NOT NULL,
  to_date     DATE         NOT NULL,
  reason      VARCHAR(255) NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_student_leaves_student (student_id, from_date, to_date),
  CONSTRAINT fk_leaves_student FOREIGN KEY (student_id) REFERENCES students (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roster_imports (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  school_id    BIGINT       NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  file_sha256  CHAR(64)     NOT NULL,
  created      INT          NOT NULL,
  updated      INT          NOT NULL,
  unchanged    INT          NOT NULL,
  deactivated  INT          NOT NULL,
  imported_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_roster_imports_school (school_id, imported_at),
  CONSTRAINT fk_roster_imports_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------
-- Working groups (工作组): who is in them, how the bot reaches their chat, what they receive
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE working_groups (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  school_id             BIGINT        NOT NULL,
  code                  VARCHAR(64)   NOT NULL COMMENT 'stable key from the school file, e.g. personnel',
  name                  VARCHAR(64)   NOT NULL COMMENT 'e.g. 人员管理组',
  chat_kind             VARCHAR(16)   NOT NULL COMMENT 'app_robot | webhook | none',
  open_conversation_id  VARCHAR(128)  NULL COMMENT 'app_robot: the group chat the app robot is in (cid...)',
  webhook_url           VARCHAR(512)  NULL COMMENT 'webhook: the custom robot URL with its access_token',
  webhook_secret        VARCHAR(128)  NULL COMMENT 'webhook: the SEC... signing secret; never logged',
  sort_order            INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_working_groups_code (school_id, code),
  CONSTRAINT fk_working_groups_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE working_group_members (
  group_id  BIGINT      NOT NULL,
  staff_id  BIGINT      NOT NULL,
  role      VARCHAR(16) NOT NULL COMMENT 'leader (组长) | deputy (副组长) | member (成员)',
  PRIMARY KEY (group_id, staff_id),
  KEY ix_wgm_staff (staff_id),
  CONSTRAINT fk_wgm_group FOREIGN KEY (group_id) REFERENCES working_groups (id),
  CONSTRAINT fk_wgm_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Members named by position rather than by person ("各年级组长、班主任"), resolved against the roster
-- when needed, so a roster import that changes a class teacher changes the group too.
CREATE TABLE working_group_member_rules (
  group_id  BIGINT      NOT NULL,
  rule      VARCHAR(32) NOT NULL COMMENT 'class_teachers | grade_leaders | all_staff',
  PRIMARY KEY (group_id, rule),
  CONSTRAINT fk_wgmr_group FOREIGN KEY (group_id) REFERENCES working_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE working_group_subscriptions (
  group_id         BIGINT      NOT NULL,
  tally_scope      VARCHAR(16) NOT NULL DEFAULT 'none' COMMENT 'none | school | grade | class: how fine the daily tally is',
  names_allowed    TINYINT(1)  NOT NULL DEFAULT 0 COMMENT 'may this group see names and details',
  missing_names    TINYINT(1)  NOT NULL DEFAULT 0 COMMENT 'list non-responders by name in the tally',
  absentees        TINYINT(1)  NOT NULL DEFAULT 0 COMMENT 'receives the day''s absentees (absence follow-up)',
  PRIMARY KEY (group_id),
  CONSTRAINT fk_wgs_group FOREIGN KEY (group_id) REFERENCES working_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE working_group_alert_kinds (
  group_id    BIGINT      NOT NULL,
  alert_kind  VARCHAR(32) NOT NULL COMMENT 'an anomaly kind from the form template (fever, red_code, ...) or * for all',
  PRIMARY KEY (group_id, alert_kind),
  CONSTRAINT fk_wgak_group FOREIGN KEY (group_id) REFERENCES working_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The school's daily rhythm per form: one row per step and time (remind may run twice).
CREATE TABLE school_schedule_steps (
  school_id  BIGINT      NOT NULL,
  form_code  VARCHAR(64) NOT NULL,
  step       VARCHAR(32) NOT NULL COMMENT 'push | remind | notify-teachers | close | tally',
  seq        INT         NOT NULL DEFAULT 1,
  at_time    TIME        NOT NULL COMMENT 'local time in the school''s zone',
  PRIMARY KEY (school_id, form_code, step, seq),
  CONSTRAINT fk_sss_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------
-- Rounds: one form on one date for one school, who is expected, what was sent and answered
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE rounds (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  school_id      BIGINT       NOT NULL,
  form_code      VARCHAR(64)  NOT NULL,
  business_date  DATE         NOT NULL,
  status         VARCHAR(16)  NOT NULL COMMENT 'open | closed | skipped',
  skip_reason    VARCHAR(255) NULL,
  opened_at      DATETIME(3)  NOT NULL,
  closed_at      DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_rounds (school_id, form_code, business_date),
  CONSTRAINT fk_rounds_school FOREIGN KEY (school_id) REFERENCES schools (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Snapshot of who must answer, taken when the round opens (subject = a student or a staff member).
CREATE TABLE round_expected (
  round_id      BIGINT      NOT NULL,
  subject_kind  VARCHAR(8)  NOT NULL COMMENT 'student | staff',
  subject_id    BIGINT      NOT NULL,
  class_id      BIGINT      NULL,
  PRIMARY KEY (round_id, subject_kind, subject_id),
  KEY ix_round_expected_class (round_id, class_id),
  CONSTRAINT fk_re_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per outbound message, written before it is sent. dedup_key is unique: a second attempt to
-- send the same thing (scheduler double fire, restart, second instance) finds the row and stops.
CREATE TABLE deliveries (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  dedup_key          VARCHAR(191) NOT NULL COMMENT 'round/recipient/kind/attempt, e.g. r42:guardian:17:prompt:1',
  round_id           BIGINT       NULL,
  recipient_kind     VARCHAR(16)  NOT NULL COMMENT 'guardian | staff | group',
  recipient_id       BIGINT       NOT NULL,
  kind               VARCHAR(32)  NOT NULL COMMENT 'prompt | remind | teacher_list | tally | alert | receipt | ...',
  status             VARCHAR(16)  NOT NULL COMMENT 'pending | sent | unknown | undeliverable | flow_controlled | failed',
  process_query_key  VARCHAR(128) NULL,
  attempts           INT          NOT NULL DEFAULT 0,
  last_error         VARCHAR(255) NULL,
  created_at         DATETIME(3)  NOT NULL,
  sent_at            DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_deliveries_dedup (dedup_key),
  KEY ix_deliveries_round (round_id, kind, status),
  CONSTRAINT fk_deliveries_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The current interpreted answer per subject per round. Earlier versions live in answer_revisions.
CREATE TABLE answers (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  round_id             BIGINT        NOT NULL,
  subject_kind         VARCHAR(8)    NOT NULL,
  subject_id           BIGINT        NOT NULL,
  answered_by_kind     VARCHAR(16)   NOT NULL COMMENT 'guardian | staff',
  answered_by_id       BIGINT        NOT NULL,
  temperature          DECIMAL(4,1)  NULL,
  symptoms             VARCHAR(255)  NULL COMMENT 'comma-separated symptom codes from the form',
  health_code          VARCHAR(8)    NULL COMMENT 'green | yellow | red',
  travel               VARCHAR(255)  NULL,
  contact              TINYINT(1)    NULL,
  household_symptoms   TINYINT(1)    NULL,
  raw_text             TEXT          NULL,
  late                 TINYINT(1)    NOT NULL DEFAULT 0,
  revision             INT           NOT NULL DEFAULT 1,
  source_msg_id        VARCHAR(191)  NULL,
  answered_at          DATETIME(3)   NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_answers (round_id, subject_kind, subject_id),
  CONSTRAINT fk_answers_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE answer_revisions (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  round_id          BIGINT       NOT NULL,
  subject_kind      VARCHAR(8)   NOT NULL,
  subject_id        BIGINT       NOT NULL,
  revision          INT          NOT NULL,
  answered_by_kind  VARCHAR(16)  NOT NULL,
  answered_by_id    BIGINT       NOT NULL,
  payload_json      TEXT         NOT NULL COMMENT 'the interpreted answer as it was at this revision',
  raw_text          TEXT         NULL,
  source_msg_id     VARCHAR(191) NULL,
  recorded_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_answer_revisions (round_id, subject_kind, subject_id, revision),
  CONSTRAINT fk_ar_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE anomalies (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  round_id      BIGINT       NOT NULL,
  subject_kind  VARCHAR(8)   NOT NULL,
  subject_id    BIGINT       NOT NULL,
  kind          VARCHAR(32)  NOT NULL COMMENT 'rule id from the form template, e.g. fever, red_code',
  severity      VARCHAR(8)   NOT NULL COMMENT 'urgent | warning',
  detail        VARCHAR(255) NOT NULL,
  detected_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_anomalies (round_id, subject_kind, subject_id, kind),
  CONSTRAINT fk_anomalies_round FOREIGN KEY (round_id) REFERENCES rounds (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------
-- DingTalk bookkeeping and audit
-- ---------------------------------------------------------------------------------------------------
-- Every inbound robot message, stored before it is acknowledged; msg_id makes redeliveries harmless.
CREATE TABLE inbound_messages (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  msg_id             VARCHAR(191) NOT NULL,
  channel            VARCHAR(8)   NOT NULL COMMENT 'http | stream',
  sender_user_id     VARCHAR(64)  NULL,
  conversation_type  VARCHAR(4)   NULL COMMENT '1 = 1:1, 2 = group',
  conversation_id    VARCHAR(128) NULL,
  msg_type           VARCHAR(32)  NOT NULL,
  payload_json       MEDIUMTEXT   NOT NULL,
  status             VARCHAR(16)  NOT NULL DEFAULT 'received' COMMENT 'received | handled | failed',
  received_at        DATETIME(3)  NOT NULL,
  handled_at         DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_inbound_messages_msg (msg_id),
  KEY ix_inbound_messages_status (status, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Calls that count against DingTalk's monthly quota, per calendar month (Asia/Shanghai) and API.
CREATE TABLE api_call_counts (
  month  CHAR(7)      NOT NULL COMMENT 'yyyy-MM',
  api    VARCHAR(128) NOT NULL,
  calls  BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (month, api)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_log (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  at         DATETIME(3)  NOT NULL,
  actor      VARCHAR(128) NOT NULL COMMENT 'api-token, system, or a DingTalk userId',
  action     VARCHAR(64)  NOT NULL COMMENT 'e.g. roster.import, round.read-answers',
  school_id  BIGINT       NULL,
  subject    VARCHAR(255) NULL,
  detail     TEXT         NULL,
  PRIMARY KEY (id),
  KEY ix_audit_log_school (school_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
