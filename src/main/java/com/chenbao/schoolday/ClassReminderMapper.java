package com.chenbao.schoolday;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** When each class was last reminded on a teacher's request, per round. */
@Mapper
interface ClassReminderMapper {

  /**
   * @throws org.springframework.dao.DuplicateKeyException if the class was reminded before in the
   *     round
   */
  void insertFirst(
      @Param("roundId") long roundId, @Param("classId") long classId, @Param("now") Instant now);

  /**
   * Moves the time to {@code now} if the last one is at or before {@code notAfter}; 1 if it did.
   */
  int claimIfOlder(
      @Param("roundId") long roundId,
      @Param("classId") long classId,
      @Param("now") Instant now,
      @Param("notAfter") Instant notAfter);

  @Nullable Instant findLastSentAt(@Param("roundId") long roundId, @Param("classId") long classId);
}
