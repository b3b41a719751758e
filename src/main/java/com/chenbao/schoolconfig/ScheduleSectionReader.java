package com.chenbao.schoolconfig;

import com.chenbao.calendar.RoundStep;
import com.chenbao.schoolconfig.SchoolFile.ScheduleEntry;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code schedule:} section: per form, the time of each step. Steps not given take the
 * product's defaults; every daily form (frequency daily in bot-templates/forms) always has a
 * schedule, the defaults if the file names none. Times must follow the order of the day: push &lt;
 * remind... &lt; notify-teachers &lt; close &lt;= tally.
 */
final class ScheduleSectionReader {

  private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final String[] STEP_KEYS =
      java.util.Arrays.stream(RoundStep.values()).map(RoundStep::code).toArray(String[]::new);

  private final Set<String> dailyForms;

  /**
   * @param dailyForms the codes of the forms asked every school day
   */
  ScheduleSectionReader(Set<String> dailyForms) {
    this.dailyForms = dailyForms;
  }

  List<ScheduleEntry> read(ConfigEntry section) {
    Map<String, ConfigEntry> forms = new LinkedHashMap<>();
    for (String daily : dailyForms) {
      forms.put(daily, section.field(daily));
    }
    for (String form : section.keys()) {
      ConfigEntry entry = section.field(form);
      if (!SchoolFileParser.CODE.matcher(form).matches()) {
        entry.error(SchoolFileMistake.BAD_FORM_CODE, "value", form);
      }
      forms.put(form, entry);
    }
    List<ScheduleEntry> rows = new ArrayList<>();
    forms.forEach((form, entry) -> rows.addAll(form(form, entry)));
    return rows;
  }

  private List<ScheduleEntry> form(String formCode, ConfigEntry entry) {
    if (!entry.isAbsent() && !entry.expectMap(STEP_KEYS)) {
      return List.of();
    }
    List<ScheduleEntry> rows = new ArrayList<>();
    for (RoundStep step : RoundStep.values()) {
      List<LocalTime> times = times(entry.field(step.code()), step);
      for (int i = 0; i < times.size(); i++) {
        rows.add(new ScheduleEntry(formCode, step, i + 1, times.get(i)));
      }
    }
    checkOrder(entry, rows);
    return rows;
  }

  private static List<LocalTime> times(ConfigEntry entry, RoundStep step) {
    if (entry.isAbsent()) {
      return step.defaultTimes();
    }
    if (!entry.isList()) {
      LocalTime time = time(entry);
      return time == null ? List.of() : List.of(time);
    }
    if (step != RoundStep.REMIND) {
      entry.error(SchoolFileMistake.SEVERAL_TIMES);
      return List.of();
    }
    // An empty list is allowed: a school that does not want reminders.
    List<LocalTime> times = new ArrayList<>();
    for (ConfigEntry item : entry.items()) {
      LocalTime time = time(item);
      if (time != null) {
        times.add(time);
      }
    }
    return times;
  }

  private static @Nullable LocalTime time(ConfigEntry entry) {
    String text = entry.text();
    if (text == null) {
      return null;
    }
    if (!HH_MM.matcher(text).matches()) {
      entry.error(SchoolFileMistake.BAD_TIME, "value", text);
      return null;
    }
    return LocalTime.parse(text);
  }

  private static void checkOrder(ConfigEntry entry, List<ScheduleEntry> rows) {
    for (int i = 1; i < rows.size(); i++) {
      ScheduleEntry before = rows.get(i - 1);
      ScheduleEntry after = rows.get(i);
      // The tally may run at the cut-off itself; every other step must come strictly later.
      boolean ok =
          after.step() == RoundStep.TALLY && before.step() == RoundStep.CLOSE
              ? !after.at().isBefore(before.at())
              : after.at().isAfter(before.at());
      if (!ok) {
        entry.error(
            SchoolFileMistake.STEPS_OUT_OF_ORDER,
            "after",
            describe(after),
            "before",
            describe(before));
      }
    }
  }

  private static String describe(ScheduleEntry row) {
    String seq = row.step() == RoundStep.REMIND ? " #" + row.seq() : "";
    return row.step().code() + seq + " " + row.at();
  }
}
