package com.chenbao.rounds;

import com.chenbao.forms.AnomalyRule;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.rounds.RoundPeopleMapper.ClassCount;
import com.chenbao.rounds.RoundPeopleMapper.ClassTeacher;
import com.chenbao.rounds.RoundPeopleMapper.StudentAnomaly;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A class's tally as its class teacher reads it on asking for the class tally in the chat: expected, reported, missing,
 * and the class's anomalies with their details. (The scheduled tally step is the tally module's.)
 */
@Component
class ClassTallyStep {

  private final RoundTexts texts;

  ClassTallyStep(RoundTexts texts) {
    this.texts = texts;
  }

  OutboundMessage message(RoundContext round, ClassTeacher c, ClassCount count, List<StudentAnomaly> found) {
    Map<String, String> labels = round.form().rules().stream()
        .collect(Collectors.toMap(AnomalyRule::kind, AnomalyRule::label));
    String lines = found.stream()
        .map(a -> texts.render(texts.piece(round.form(), "teacher.anomaly-line"), Map.of("student", a.studentName(),
            "label", labels.getOrDefault(a.kind(), a.kind()), "detail", a.detail())))
        .collect(Collectors.joining("\n"));
    long withAnomaly = found.stream().map(StudentAnomaly::studentId).distinct().count();
    String date = texts.date(round.date());
    String text = texts.render(texts.piece(round.form(), "teacher.tally"), Map.of("class_name",
        c.gradeName() + c.className(), "date", date, "expected", count.expected(), "reported", count.reported(),
        "missing", count.expected() - count.reported(), "anomalies", withAnomaly, "anomaly_lines", lines));
    String title = texts.render(texts.piece(round.form(), "group.tally.title"), Map.of("date", date));
    return new OutboundMessage.Markdown(title, text.strip());
  }
}
