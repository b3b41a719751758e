package com.chenbao.calendar;

import java.time.LocalTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** school_schedule_steps: the school's daily rhythm per form. */
@Mapper
interface ScheduleMapper {

  void deleteSchedule(@Param("schoolId") long schoolId);

  void insertStep(
      @Param("schoolId") long schoolId,
      @Param("formCode") String formCode,
      @Param("step") String step,
      @Param("seq") int seq,
      @Param("at") LocalTime at);

  List<StepRow> findSteps(@Param("schoolId") long schoolId, @Param("formCode") String formCode);

  /** Every form's steps, by form code, then time. */
  List<StepRow> findAllSteps(@Param("schoolId") long schoolId);

  record StepRow(String formCode, String step, int seq, LocalTime atTime) {}
}
