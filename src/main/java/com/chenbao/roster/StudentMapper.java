package com.chenbao.roster;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Students of a school, as the roster import writes them. */
@Mapper
interface StudentMapper {

  List<StudentRow> findBySchool(@Param("schoolId") long schoolId);

  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewStudent student);

  void update(
      @Param("id") long id,
      @Param("name") String name,
      @Param("classId") long classId,
      @Param("status") String status,
      @Param("statusChanged") boolean statusChanged,
      @Param("now") Instant now);

  /**
   * Sets the students to transferred_out; never deletes, since answers and history point at them.
   */
  void markTransferredOut(@Param("ids") List<Long> ids, @Param("now") Instant now);

  record StudentRow(long id, String studentNo, String name, long classId, String status) {}

  /** Parameter object for {@link #insert}; MyBatis writes the generated id back into it. */
  final class NewStudent {
    public @Nullable Long id;
    public final long schoolId;
    public final String studentNo;
    public final String name;
    public final long classId;
    public final Instant now;

    NewStudent(long schoolId, ValidatedRoster.Student student, Instant now) {
      this.schoolId = schoolId;
      this.studentNo = student.studentNo();
      this.name = student.name();
      this.classId = student.classId();
      this.now = now;
    }
  }
}
