package com.chenbao.retention;

import com.chenbao.alert.AnomalyRetention;
import com.chenbao.messaging.InboundMessageRetention;
import com.chenbao.rounds.RoundRetention;
import com.chenbao.rounds.RoundRetention.RoundDay;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The purge: for every round older than the retention, its day's counts are kept first, then its
 * answers, revisions and anomalies go; then raw inbound messages older than the retention go. Each
 * round is its own step, so an interrupted purge resumes where it stopped at the next run; a second
 * run finds nothing.
 */
@Service
public class RetentionService {

  private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

  private final RoundRetention rounds;
  private final AnomalyRetention anomalies;
  private final InboundMessageRetention inbound;
  private final DailyCountsMapper counts;
  private final RetentionProperties properties;
  private final Clock clock;

  RetentionService(
      RoundRetention rounds,
      AnomalyRetention anomalies,
      InboundMessageRetention inbound,
      DailyCountsMapper counts,
      RetentionProperties properties,
      Clock clock) {
    this.rounds = rounds;
    this.anomalies = anomalies;
    this.inbound = inbound;
    this.counts = counts;
    this.properties = properties;
    this.clock = clock;
  }

  /** Runs the purge now; returns what was deleted. */
  public Purged purge() {
    Instant now = clock.instant();
    LocalDate cutoff = LocalDate.ofInstant(now, properties.zone()).minusDays(properties.days());
    int roundCount = 0;
    int answerRows = 0;
    int anomalyRows = 0;
    for (RoundDay day : rounds.roundsWithAnswersBefore(cutoff)) {
      counts.insertIfAbsent(day, anomalies.countOf(day.roundId()), now);
      answerRows += rounds.purgeAnswers(day.roundId());
      anomalyRows += anomalies.purge(day.roundId());
      roundCount++;
    }
    int messages =
        inbound.purgeReceivedBefore(now.minus(java.time.Duration.ofDays(properties.days())));
    Purged purged = new Purged(roundCount, answerRows, anomalyRows, messages);
    log.info("Retention ({} days, before {}): {}", properties.days(), cutoff, purged);
    return purged;
  }

  /** What one purge deleted. */
  public record Purged(int rounds, int answerRows, int anomalies, int inboundMessages) {}
}
