package com.chenbao.alert;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AnomalyRetentionMapper {

  int countCurrent(@Param("roundId") long roundId);

  int delete(@Param("roundId") long roundId);

  int deleteEvaluations(@Param("roundId") long roundId);
}
