package com.chenbao.dingtalk;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiCallCountMapper {

  /**
   * Adds one call for the month (yyyy-MM), app, api and purpose, creating the row at the first
   * call.
   */
  void increment(
      @Param("month") String month,
      @Param("appKey") String appKey,
      @Param("api") String api,
      @Param("purpose") String purpose);

  long sumForMonth(@Param("month") String month);

  long sumForMonthAndApp(@Param("month") String month, @Param("appKey") String appKey);

  /** The month's calls per app and api (all purposes together). */
  List<ApiCallCountRow> findByMonth(@Param("month") String month);

  /** The month's calls per purpose (all apps and apis together). */
  List<PurposeCountRow> findPurposesByMonth(@Param("month") String month);

  record ApiCallCountRow(String month, String appKey, String api, long calls) {}

  record PurposeCountRow(String purpose, long calls) {}
}
