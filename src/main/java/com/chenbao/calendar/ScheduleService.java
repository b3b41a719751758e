package com.chenbao.calendar;

import com.chenbao.calendar.ScheduleMapper.StepRow;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ScheduleService implements SchoolSchedules {

  private final ScheduleMapper schedule;

  ScheduleService(ScheduleMapper schedule) {
    this.schedule = schedule;
  }

  @Override
  public SchoolSchedule scheduleOf(long schoolId, String formCode) {
    return new SchoolSchedule(formCode, times(schedule.findSteps(schoolId, formCode)));
  }

  @Override
  public List<SchoolSchedule> schedulesOf(long schoolId) {
    Map<String, List<StepRow>> byForm = new LinkedHashMap<>();
    for (StepRow row : schedule.findAllSteps(schoolId)) {
      byForm
          .computeIfAbsent(Objects.requireNonNull(row.formCode()), form -> new ArrayList<>())
          .add(row);
    }
    return byForm.entrySet().stream()
        .map(e -> new SchoolSchedule(e.getKey(), times(e.getValue())))
        .toList();
  }

  @Override
  @Transactional
  public void replaceSchedules(long schoolId, List<SchoolSchedule> schedules) {
    // Delete and re-insert: the rows carry no identity of their own, so this leaves equal contents.
    schedule.deleteSchedule(schoolId);
    for (SchoolSchedule form : schedules) {
      for (RoundStep step : RoundStep.values()) {
        List<LocalTime> times = form.timesOf(step);
        for (int i = 0; i < times.size(); i++) {
          schedule.insertStep(schoolId, form.formCode(), step.code(), i + 1, times.get(i));
        }
      }
    }
  }

  private static Map<RoundStep, List<LocalTime>> times(List<StepRow> rows) {
    Map<RoundStep, List<LocalTime>> times = new EnumMap<>(RoundStep.class);
    for (StepRow row : rows) {
      RoundStep.find(row.step())
          .ifPresent(
              step ->
                  times
                      .computeIfAbsent(step, s -> new ArrayList<>())
                      .add(Objects.requireNonNull(row.atTime())));
    }
    times.replaceAll((step, list) -> List.copyOf(list));
    return times;
  }
}
