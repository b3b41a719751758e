package com.chenbao.rounds;

import java.time.LocalDate;
import java.util.List;

/** Old rounds' answers, for the retention purge: their counts first, then the answers go. */
public interface RoundRetention {

  /** Rounds dated before {@code cutoff} that still hold answers or revisions, with their counts. */
  List<RoundDay> roundsWithAnswersBefore(LocalDate cutoff);

  /**
   * Deletes the round's answers and answer revisions (the round, its expected list and deliveries
   * stay).
   */
  int purgeAnswers(long roundId);

  /** One round's day as the purge keeps it. */
  record RoundDay(
      long roundId,
      long schoolId,
      String formCode,
      LocalDate businessDate,
      int expected,
      int answered) {}
}
