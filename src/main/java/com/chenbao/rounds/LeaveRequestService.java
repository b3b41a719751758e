package com.chenbao.rounds;

import com.chenbao.roster.RosterQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LeaveRequestService implements LeaveRequests {

  private static final int MAX_TEXT = 1000;

  private final LeaveRequestMapper requests;
  private final RosterQuery roster;

  LeaveRequestService(LeaveRequestMapper requests, RosterQuery roster) {
    this.requests = requests;
    this.roster = roster;
  }

  @Override
  @Transactional
  public void request(
      long roundId,
      long studentId,
      long guardianId,
      String rawText,
      @Nullable String msgId,
      Instant at) {
    String text = rawText.length() > MAX_TEXT ? rawText.substring(0, MAX_TEXT) : rawText;
    requests.insertIgnoringRepeat(roundId, studentId, guardianId, text.strip(), msgId, at);
  }

  @Override
  public List<Request> requestsOfClass(long roundId, long classId) {
    List<LeaveRequestMapper.RequestRow> rows = requests.findOfClass(roundId, classId);
    Map<Long, String> names = new HashMap<>();
    roster
        .students(
            rows.stream().map(LeaveRequestMapper.RequestRow::studentId).collect(Collectors.toSet()))
        .forEach(s -> names.put(s.id(), s.name()));
    return rows.stream()
        .map(r -> new Request(r.studentId(), names.getOrDefault(r.studentId(), ""), r.rawText()))
        .toList();
  }
}
