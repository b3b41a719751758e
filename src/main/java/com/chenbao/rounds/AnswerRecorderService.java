package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Subject;
import com.chenbao.rounds.AnswerMapper.AnswerRow;
import com.chenbao.rounds.AnswerMapper.AnswerState;
import com.chenbao.rounds.AnswerMapper.CurrentRow;
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
  private final FormCatalog forms;

  AnswerRecorderService(
      RoundMapper rounds,
      AnswerMapper answers,
      RoundResolver resolver,
      ApplicationEventPublisher events,
      ObjectMapper json,
      FormCatalog forms) {
    this.forms = forms;
    this.rounds = rounds;
    this.answers = answers;
    this.resolver = resolver;
    this.events = events;
    this.json = json;
  }

  @Override
  @Transactional
  public RecordedAnswer record(
      long roundId,
      Subject.Kind subjectKind,
      long subjectId,
      AnswererKind answeredByKind,
      long answeredById,
      AnswerValues values,
      @Nullable String rawText,
      @Nullable String msgId,
      Instant at) {
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
      CurrentRow current = answers.findCurrent(key);
      return new RecordedAnswer(
          roundId,
          known,
          answers.findState(key).late(),
          true,
          current == null ? values : current.values());
    }
    boolean late =
        new OpenRound(
                round.id(),
                round.schoolId(),
                round.formCode(),
                round.businessDate(),
                resolver.deadline(round),
                round.closedAt())
            .isLate(at);
    CurrentRow current = answers.lockCurrent(key);
    AnswerValues stored =
        current == null ? values : forms.form(round.formCode()).merge(current.values(), values);
    if (current != null
        && stored.equals(current.values())
        && current.answeredById() == answeredById
        && current.answeredByKind().equals(lower(answeredByKind.name()))) {
      // The same facts again (a resent reply, a second tap of the button): nothing new to store.
      return new RecordedAnswer(roundId, current.revision(), late, true, stored);
    }
    AnswerRow row = row(answeredByKind, answeredById, stored, rawText, late, msgId, at);
    answers.upsert(key, row);
    AnswerState state = answers.findState(key);
    answers.insertRevision(key, state.revision(), row, payload(stored));
    events.publishEvent(
        new AnswerRecorded(
            roundId,
            round.schoolId(),
            round.formCode(),
            subjectKind,
            subjectId,
            answers.findExpectedClass(key),
            state.revision(),
            late,
            answeredByKind,
            answeredById,
            stored,
            at));
    return new RecordedAnswer(roundId, state.revision(), late, false, stored);
  }

  private static AnswerRow row(
      AnswererKind by,
      long byId,
      AnswerValues v,
      @Nullable String rawText,
      boolean late,
      @Nullable String msgId,
      Instant at) {
    return new AnswerRow(
        lower(by.name()),
        byId,
        v.temperature(),
        v.symptomsColumn(),
        v.healthCode(),
        v.travel(),
        v.contact(),
        v.householdSymptoms(),
        v.allNormal(),
        v.givenColumn(),
        rawText,
        late,
        msgId,
        at);
  }

  /**
   * The interpreted answer as JSON, with the answers table's field names; questions not given are
   * left out.
   */
  private String payload(AnswerValues v) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String id : AnswerValues.fieldIds()) {
      if (v.gave(id)) {
        Object value = v.valueOf(id);
        fields.put(id, value instanceof java.util.Set<?> set ? new TreeSet<>(set) : value);
      }
    }
    fields.put("all_normal", v.allNormal());
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
