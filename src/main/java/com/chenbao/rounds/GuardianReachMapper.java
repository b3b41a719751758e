package com.chenbao.rounds;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Which guardians answered in a round, for {@link GuardianReach}. */
@Mapper
interface GuardianReachMapper {

  /** Guardians who gave an answer (for any child) in the round. */
  List<Long> findAnsweringGuardians(@Param("roundId") long roundId);
}
