package com.chenbao.rounds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LeaveRequestService implements LeaveRequests {

  private static final int MAX_TEXT = 1000;

  private final LeaveRequestMapper requests;

  LeaveRequestService(LeaveRequestMapper requests) {
    this.requests = requests;
  }

  @Override
  @Transactional
  public void request(long roundId, long studentId, long guardianId, String rawText, @Nullable String msgId,
      Instant at) {
    String text = rawText.length() > MAX_TEXT ? rawText.substring(0, MAX_TEXT) : rawText;
    requests.insertIgnoringRepeat(roundId, studentId, guardianId, text.strip(), msgId, at);
  }

  @Override
  public List<Request> requestsOfClass(long roundId, long classId) {
    return requests.findOfClass(roundId, classId);
  }
}
