package com.chenbao.roster;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

@Mapper
interface StaffMapper {

  @Nullable StaffRow findByDingtalkUserId(
      @Param("schoolId") long schoolId, @Param("userId") String userId);

  @Nullable StaffRow findByPhone(@Param("schoolId") long schoolId, @Param("phone") String phone);

  List<StaffRow> findByName(@Param("schoolId") long schoolId, @Param("name") String name);

  List<StaffRow> findBySchool(@Param("schoolId") long schoolId);

  /** Staff the school's structure points at: grade leaders and class teachers. */
  List<Long> findReferencedIds(@Param("schoolId") long schoolId);

  void markLeft(@Param("ids") List<Long> ids, @Param("now") Instant now);

  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewStaff staff);

  /** Updates the given fields; null fields keep their stored value. Returns rows changed. */
  int update(
      @Param("id") long id,
      @Param("name") String name,
      @Param("dingtalkUserId") @Nullable String dingtalkUserId,
      @Param("phone") @Nullable String phone,
      @Param("title") @Nullable String title,
      @Param("now") Instant now);

  record StaffRow(
      long id,
      long schoolId,
      String name,
      @Nullable String phone,
      @Nullable String dingtalkUserId,
      @Nullable String title,
      String status) {}

  /** Parameter object for {@link #insert}; MyBatis writes the generated id back into it. */
  final class NewStaff {
    public @Nullable Long id;
    public final long schoolId;
    public final String name;
    public final @Nullable String phone;
    public final @Nullable String dingtalkUserId;
    public final @Nullable String title;
    public final Instant now;

    NewStaff(long schoolId, StaffRef ref, Instant now) {
      this.schoolId = schoolId;
      this.name = ref.name();
      this.phone = ref.phone();
      this.dingtalkUserId = ref.dingtalkUserId();
      this.title = ref.title();
      this.now = now;
    }
  }
}
