package com.chenbao.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClosureMapper {

  /** Fills in {@code row.id}. */
  void insertClosure(@Param("row") NewClosure row);

  /** Closures of the school that overlap [from, to], oldest first. */
  List<Closure> findOverlapping(
      @Param("schoolId") long schoolId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  List<Closure> findAll(@Param("schoolId") long schoolId);

  /**
   * @return the number of rows deleted: 0 if the closure is not the school's
   */
  int deleteClosure(@Param("schoolId") long schoolId, @Param("id") long id);

  /** Insert parameter; {@code id} is filled in by the insert. */
  final class NewClosure {
    long id;
    final long schoolId;
    final LocalDate fromDate;
    final LocalDate toDate;
    final String reason;
    final Instant createdAt;

    NewClosure(
        long schoolId, LocalDate fromDate, LocalDate toDate, String reason, Instant createdAt) {
      this.schoolId = schoolId;
      this.fromDate = fromDate;
      this.toDate = toDate;
      this.reason = reason;
      this.createdAt = createdAt;
    }
  }
}
