package com.chenbao.conversation;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Whether a guardian's children were named to them in a round ({@code guardian_intros}). */
@Mapper
interface GuardianIntroMapper {

  boolean exists(@Param("roundId") long roundId, @Param("guardianId") long guardianId);

  /** Records the introduction; a second one (a redelivered message) changes nothing. */
  void insertIgnore(
      @Param("roundId") long roundId,
      @Param("guardianId") long guardianId,
      @Param("at") Instant at);
}
