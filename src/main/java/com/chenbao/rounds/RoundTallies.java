package com.chenbao.rounds;

import com.chenbao.messaging.OutboundMessage;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A round's tally, as the tally step and a class teacher's tally command need it. The tally module implements
 * this port: it reads the round through {@link RoundQuery}, so rounds asks through an interface of its own
 * instead of importing tally (that would be a cycle).
 */
public interface RoundTallies {

  /**
   * Posts the round's tally to the working groups and class teachers, once per recipient (see the tally
   * module's {@code TallyPoster}).
   *
   * @throws IllegalStateException if the round has not been opened
   */
  Posted post(String schoolCode, String formCode, LocalDate date);

  /** The class teacher's tally of one class now; empty if there is no such round or nobody of the class is expected. */
  Optional<OutboundMessage.Markdown> classTallyMessage(String schoolCode, String formCode, LocalDate date, long classId);

  /**
   * What one {@link #post} did.
   *
   * @param alreadyDone groups and teachers an earlier call already handled
   * @param notDelivered sends that failed or have an unknown outcome (the delivery ledger retries a failed one)
   */
  record Posted(int groupsPosted, int teachersPosted, int alreadyDone, int notDelivered) {}
}
