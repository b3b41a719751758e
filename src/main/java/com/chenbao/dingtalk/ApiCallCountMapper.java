package com.chenbao.dingtalk;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiCallCountMapper {

  /** Adds one call for the month (yyyy-MM) and api, creating the row at the first call. */
  void increment(@Param("month") String month, @Param("api") String api);

  long sumForMonth(@Param("month") String month);

  List<ApiCallCountRow> findByMonth(@Param("month") String month);

  record ApiCallCountRow(String month, String api, long calls) {}
}
