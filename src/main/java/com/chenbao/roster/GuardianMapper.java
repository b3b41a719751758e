package com.chenbao.roster;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Guardians of a school (one row per phone) and their links to students. */
@Mapper
interface GuardianMapper {

  List<GuardianRow> findBySchool(@Param("schoolId") long schoolId);

  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewGuardian guardian);

  /**
   * Sets the name; a null DingTalk userId keeps the stored one (it may have been resolved since).
   */
  void update(
      @Param("id") long id,
      @Param("name") String name,
      @Param("dingtalkUserId") @Nullable String dingtalkUserId,
      @Param("now") Instant now);

  /** Takes a DingTalk userId away from every other guardian of the school that still holds it. */
  void releaseDingtalkUserId(
      @Param("schoolId") long schoolId,
      @Param("userId") String userId,
      @Param("keepId") long keepId,
      @Param("now") Instant now);

  List<LinkRow> findLinksBySchool(@Param("schoolId") long schoolId);

  void insertLink(
      @Param("guardianId") long guardianId,
      @Param("studentId") long studentId,
      @Param("relation") String relation,
      @Param("now") Instant now);

  void updateLinkRelation(
      @Param("guardianId") long guardianId,
      @Param("studentId") long studentId,
      @Param("relation") String relation);

  void deleteLink(@Param("guardianId") long guardianId, @Param("studentId") long studentId);

  /**
   * Guardians linked to at least one student who is active or on leave: the ones the bot talks to.
   */
  List<Long> findIdsWithEnrolledStudents(@Param("schoolId") long schoolId);

  record GuardianRow(long id, String name, String phone, @Nullable String dingtalkUserId) {}

  record LinkRow(long guardianId, long studentId, String relation) {}

  /** Parameter object for {@link #insert}; MyBatis writes the generated id back into it. */
  final class NewGuardian {
    public @Nullable Long id;
    public final long schoolId;
    public final String name;
    public final String phone;
    public final @Nullable String dingtalkUserId;
    public final Instant now;

    NewGuardian(long schoolId, ValidatedRoster.Guardian guardian, Instant now) {
      this.schoolId = schoolId;
      this.name = guardian.name();
      this.phone = guardian.phone();
      this.dingtalkUserId = guardian.dingtalkUserId();
      this.now = now;
    }
  }
}
