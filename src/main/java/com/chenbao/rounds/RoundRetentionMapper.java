package com.chenbao.rounds;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RoundRetentionMapper {

  List<RoundRetention.RoundDay> roundsWithAnswersBefore(@Param("cutoff") LocalDate cutoff);

  int deleteRevisions(@Param("roundId") long roundId);

  int deleteAnswers(@Param("roundId") long roundId);
}
