package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import com.chenbao.rounds.AnswerMapper.AnswerRow;
import com.chenbao.rounds.AnswerMapper.AnswerState;
import com.chenbao.rounds.AnswerMapper.SubjectKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AnswerRecorderService implements AnswerRecorder {

  private final RoundMapper rounds;
  private final AnswerMapper answers;
  private final RoundResolver resolver;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;

  AnswerRecorderService(RoundMapper rounds, AnswerMapper answers, RoundResolver resolver,
      ApplicationEventPublisher events, ObjectMapper json) {
    this.rounds = rounds;
    this.answers = answers;
    this.resolver = resolver;
    this.events = events;
    this.json = json;
  }

  @Override
  @Transactional
  public RecordedAnswer record(long roundId, Subject.Kind subjectKind, long subjectId, AnswererKind answeredByKind,
      long answeredById, AnswerValues values, @Nullable String rawText, @Nullable String msgId, Instant at) {
    RoundRow round = rounds.findRoundById(roundId);
    if (round == null) {
      throw new IllegalArgumentException("No round " + roundId);
    }
    if (round.isSkipped()) {
      throw new IllegalStateException("Round " + roundId + " was skipped; it takes no answers");
    }
    SubjectKey key = new SubjectKey(roundId, lower(subjectKind.name()), subjectId);
    Integer known = msgId == null ? null : answers.findRevisionOfMessage(key, msgId);
    if (known != null) {
      return new RecordedAnswer(roundId, known, answers.findState(key).late(), true);
    }
    boolean late = new OpenRound(round.id(), round.schoolId(), round.formCode(), round.businessDate(),
        resolver.deadline(round), round.closedAt()).isLate(at);
    AnswerRow row = row(answeredByKind, answeredById, values, rawText, late, msgId, at);
    answers.upsert(key, row);
    AnswerState state = answers.findState(key);
    answers.insertRevision(key, state.revision(), row, payload(values));
    events.publishEvent(new AnswerRecorded(roundId, round.schoolId(), subjectKind, subjectId, state.revision(), late));
    return new RecordedAnswer(roundId, state.revision(), late, false);
  }

  private static AnswerRow row(AnswererKind by, long byId, AnswerValues v, @Nullable String rawText, boolean late,
      @Nullable String msgId, Instant at) {
    String symptoms = v.symptoms().isEmpty() ? "" : String.join(",", new TreeSet<>(v.symptoms()));
    return new AnswerRow(lower(by.name()), byId, v.temperature(), symptoms, v.healthCode(), v.travel(), v.contact(),
        v.householdSymptoms(), rawText, late, msgId, at);
  }

  /** The interpreted answer as JSON, with the answers table's field names. */
  private String payload(AnswerValues v) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("temperature", v.temperature());
    fields.put("symptoms", new TreeSet<>(v.symptoms()));
    fields.put("health_code", v.healthCode());
    fields.put("travel", v.travel());
    fields.put("contact", v.contact());
    fields.put("household_symptoms", v.householdSymptoms());
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write an answer as JSON", e);
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
