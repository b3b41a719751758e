package com.chenbao.rounds;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Guardians' leave requests (leave_requests, V10). */
@Mapper
interface LeaveRequestMapper {

  /** Inserts the request unless the guardian already asked for the child in this round. */
  void insertIgnoringRepeat(
      @Param("roundId") long roundId,
      @Param("studentId") long studentId,
      @Param("guardianId") long guardianId,
      @Param("rawText") String rawText,
      @Param("msgId") @Nullable String msgId,
      @Param("at") Instant at);

  List<RequestRow> findOfClass(@Param("roundId") long roundId, @Param("classId") long classId);

  /** A request of a student the round expected in the class, oldest first. */
  record RequestRow(long studentId, String rawText) {}
}
