package com.chenbao.schoolconfig;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * {@code school_dingtalk_apps}: a school's own DingTalk app, the secret by its variable's name
 * only.
 */
@Mapper
interface SchoolAppMapper {

  void upsert(
      @Param("schoolId") long schoolId,
      @Param("corpId") @Nullable String corpId,
      @Param("appKey") String appKey,
      @Param("appSecretVariable") String appSecretVariable,
      @Param("robotCode") @Nullable String robotCode,
      @Param("agentId") @Nullable String agentId);

  void delete(@Param("schoolId") long schoolId);

  List<AppRow> findAll();

  record AppRow(
      long schoolId,
      @Nullable String corpId,
      String appKey,
      String appSecretVariable,
      @Nullable String robotCode,
      @Nullable String agentId) {}
}
