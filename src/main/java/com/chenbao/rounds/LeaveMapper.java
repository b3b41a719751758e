package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

@Mapper
interface LeaveMapper {

  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertLeave(NewLeave leave);

  /**
   * Drops the student from open rounds of dates in the range where nobody answered for them;
   * returns rows removed.
   */
  int removeFromOpenRounds(
      @Param("studentId") long studentId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** Parameter object for {@link #insertLeave}; MyBatis writes the generated id back into it. */
  final class NewLeave {
    public @Nullable Long id;
    public final long studentId;
    public final LocalDate from;
    public final LocalDate to;
    public final String reason;
    public final String createdBy;
    public final Instant now;

    NewLeave(
        long studentId,
        LocalDate from,
        LocalDate to,
        String reason,
        String createdBy,
        Instant now) {
      this.studentId = studentId;
      this.from = from;
      this.to = to;
      this.reason = reason;
      this.createdBy = createdBy;
      this.now = now;
    }
  }
}
