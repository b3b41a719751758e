package com.chenbao.tally;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.rounds.RoundTallies;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The tally as the rounds module's tally step and the class teacher's tally command ask for it. */
@Component
class TallyStep implements RoundTallies {

  private final TallyPoster poster;
  private final TallyQuery query;

  TallyStep(TallyPoster poster, TallyQuery query) {
    this.poster = poster;
    this.query = query;
  }

  @Override
  public Posted post(String schoolCode, String formCode, LocalDate date) {
    TallyPostReport report = poster.postTally(schoolCode, formCode, date);
    return new Posted(report.groupsPosted(), report.teachersPosted(), report.alreadyDone(), report.notDelivered());
  }

  @Override
  public Optional<OutboundMessage.Markdown> classTallyMessage(
      String schoolCode, String formCode, LocalDate date, long classId) {
    return query.classTallyMessage(schoolCode, formCode, date, classId);
  }
}
