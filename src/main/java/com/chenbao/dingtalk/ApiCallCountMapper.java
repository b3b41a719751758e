package com.chenbao.dingtalk;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiCallCountMapper {

  /** Adds one call for the month (yyyy-MM), app and api, creating the row at the first call. */
  void increment(@Param("month") String month, @Param("appKey") String appKey, @Param("api") String api);

  long sumForMonth(@Param("month") String month);

  long sumForMonthAndApp(@Param("month") String month, @Param("appKey") String appKey);

  List<ApiCallCountRow> findByMonth(@Param("month") String month);

  record ApiCallCountRow(String month, String appKey, String api, long calls) {}
}
