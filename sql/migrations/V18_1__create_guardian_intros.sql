-- The guardians whose children the bot has named to them in a round (the first reply of the day starts
-- with them, because the morning push is the same for everyone and names nobody). Owned by conversation.
CREATE TABLE guardian_intros (
  round_id       BIGINT       NOT NULL,
  guardian_id    BIGINT       NOT NULL,
  introduced_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (round_id, guardian_id),
  CONSTRAINT fk_guardian_intros_round FOREIGN KEY (round_id) REFERENCES rounds (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
