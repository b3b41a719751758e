package com.chenbao.calendar;

import com.chenbao.calendar.DayStatus.DayKind;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The public-holiday part of every school's calendar, loaded at start-up from {@code
 * bot-templates/calendar/cn-holidays.yml} and, if present, {@code
 * chenbao.templates.dir}/calendar/cn-holidays.yml (whose years replace or add to the built-in
 * ones).
 */
@Component
class HolidayCalendar {

  static final String FILE = "calendar/cn-holidays.yml";
  private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

  private final PublicHolidays holidays;
  private final MessageTexts texts;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  HolidayCalendar(TemplateProperties templates, MessageTexts texts) {
    HolidayFileReader reader =
        new HolidayFileReader().read("classpath:templates/bot/" + FILE, builtIn());
    if (templates.dir() != null && Files.isRegularFile(templates.dir().resolve(FILE))) {
      Path file = templates.dir().resolve(FILE);
      reader.read(file.toString(), readFile(file));
    }
    this.holidays = reader.build();
    this.texts = texts;
    log.info("Holiday calendar covers {}", new TreeSet<>(holidays.years()));
    for (int year : new TreeSet<>(holidays.provisionalYears())) {
      log.warn(
          "Holiday calendar for {} is provisional: check it against the State Council notice and update {}",
          year,
          FILE);
    }
  }

  /** The date's status from weekends and public holidays alone (no school closures). */
  DayStatus statusOf(LocalDate date) {
    warnIfNotCovered(date);
    return holidays
        .entry(date)
        .map(
            entry ->
                entry.makeUpDay()
                    ? new DayStatus(
                        date,
                        true,
                        DayKind.MAKE_UP_DAY,
                        texts.render("calendar.day.make-up", Map.of("holiday", entry.holiday())))
                    : new DayStatus(date, false, DayKind.PUBLIC_HOLIDAY, entry.holiday()))
        .orElseGet(
            () ->
                PublicHolidays.isWeekend(date)
                    ? new DayStatus(
                        date, false, DayKind.WEEKEND, texts.render("calendar.day.weekend"))
                    : new DayStatus(
                        date, true, DayKind.SCHOOL_DAY, texts.render("calendar.day.school-day")));
  }

  Set<Integer> years() {
    return holidays.years();
  }

  /**
   * Once per year and JVM: without data every weekday counts as a school day, holidays included.
   */
  private void warnIfNotCovered(LocalDate date) {
    if (!holidays.covers(date) && warnedYears.add(date.getYear())) {
      log.warn(
          "Holiday calendar has no data for {}: only weekends are off; add the year to {}",
          date.getYear(),
          FILE);
    }
  }

  private static String builtIn() {
    try (InputStream in = new ClassPathResource("templates/bot/" + FILE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The built-in holiday file templates/bot/" + FILE + " is missing", e);
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the holiday file " + file, e);
    }
  }
}
