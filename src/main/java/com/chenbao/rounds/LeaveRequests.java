package com.chenbao.rounds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A guardian's own request to keep a child at home ("jintian qingjia", "fashao le zai jia xiuxi"),
 * for the class teacher. It is not a leave: the child stays expected until the class teacher
 * records one (the qingjia command); the request is shown on the class's missing list so the
 * teacher sees why the child may not come.
 */
public interface LeaveRequests {

  /**
   * Records the request; a second one from the same guardian for the same child and round keeps the
   * first and its text (a resent message changes nothing).
   *
   * @param rawText what the guardian wrote, as the teacher will read it (cut to 1,000 characters)
   */
  void request(
      long roundId,
      long studentId,
      long guardianId,
      String rawText,
      @Nullable String msgId,
      Instant at);

  /** The requests of the round for the students of the class, in the order they came. */
  List<Request> requestsOfClass(long roundId, long classId);

  /** One request: the student and what the guardian wrote. */
  record Request(long studentId, String studentName, String rawText) {}
}
