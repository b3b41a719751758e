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
 * The tally for each class teacher (1:1): expected, reported, missing, and the class's anomalies with
 * their details. The working groups' tallies belong to the tally module and are not sent here.
 */
@Component
class ClassTallyStep {

  static final String KIND = "tally";

  private final RoundPeopleMapper people;
  private final RoundTexts texts;
  private final DeliverySender sender;

  ClassTallyStep(RoundPeopleMapper people, RoundTexts texts, DeliverySender sender) {
    this.people = people;
    this.texts = texts;
    this.sender = sender;
  }

  SendCounts run(RoundContext round) {
    Map<Long, ClassCount> counts = people.findClassCounts(round.roundId()).stream()
        .collect(Collectors.toMap(ClassCount::classId, Function.identity()));
    Map<Long, List<StudentAnomaly>> anomalies = new LinkedHashMap<>();
    people.findStudentAnomalies(round.roundId())
        .forEach(a -> anomalies.computeIfAbsent(a.classId(), id -> new ArrayList<>()).add(a));
    List<Outgoing> outgoing = new ArrayList<>();
    for (ClassTeacher c : people.findClassTeachers(round.roundId())) {
      if (c.teacherId() != null) {
        OutboundMessage message = message(round, c, counts.get(c.classId()), anomalies.getOrDefault(c.classId(), List.of()));
        outgoing.add(new Outgoing(Outgoing.key(round.roundId(), "staff", c.teacherId(), KIND, "c" + c.classId()),
            "staff", c.teacherId(), c.teacherUserId(), message));
      }
    }
    return sender.send(round.roundId(), KIND, outgoing);
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
