package com.chenbao;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts are raised by an asynchronous listener of {@code AnswerRecorded} (kept in the event
 * publication registry) and sent by the delivery ledger's queue: waits until both are done for a
 * round or a school.
 */
public final class AlertsSettled {

  private AlertsSettled() {}

  /** Every answer event of the round handled and every alert of the round sent (or failed). */
  public static void inRound(JdbcTemplate jdbc, long roundId) {
    Awaitility.await()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                            "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND EVENT_TYPE LIKE '%.AnswerRecorded'"
                                + " AND SERIALIZED_EVENT LIKE ?",
                            Integer.class, "%\"roundId\":" + roundId + ",%")
                        == 0
                    && jdbc.queryForObject(
                            "SELECT COUNT(*) FROM deliveries WHERE kind = 'alert' AND round_id = ?"
                                + " AND status IN ('queued', 'pending')",
                            Integer.class,
                            roundId)
                        == 0);
  }

  /** Every answer event of the round handled (its alerts queued, maybe not yet sent). */
  public static void eventsHandled(JdbcTemplate jdbc, long roundId) {
    Awaitility.await()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND EVENT_TYPE LIKE '%.AnswerRecorded'"
                            + " AND SERIALIZED_EVENT LIKE ?",
                        Integer.class, "%\"roundId\":" + roundId + ",%")
                    == 0);
  }

  /** The same for every round of the school. */
  public static void inSchool(JdbcTemplate jdbc, long schoolId) {
    Awaitility.await()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                            "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND EVENT_TYPE LIKE '%.AnswerRecorded'"
                                + " AND SERIALIZED_EVENT LIKE ?",
                            Integer.class, "%\"schoolId\":" + schoolId + ",%")
                        == 0
                    && jdbc.queryForObject(
                            "SELECT COUNT(*) FROM deliveries d JOIN rounds r ON r.id = d.round_id"
                                + " WHERE d.kind = 'alert' AND r.school_id = ? AND d.status IN ('queued', 'pending')",
                            Integer.class,
                            schoolId)
                        == 0);
  }
}
