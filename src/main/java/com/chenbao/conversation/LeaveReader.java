package com.chenbao.conversation;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the leave command: the leave word, the student's name, a number of days or a date range,
 * and the reason, e.g. "qingjia Wang Xiaoming 2 tian fashao" or "... 12 yue 1 ri - 12 yue 2 ri
 * ganmao". The name may also come before the leave word.
 */
final class LeaveReader {

  private final NumberReader numbers;
  private final Pattern range;
  private final Pattern days;

  LeaveReader(Vocabulary vocabulary, NumberReader numbers) {
    this.numbers = numbers;
    Vocabulary.LeaveWords words = vocabulary.leave();
    String month = anyOf(words.monthMarks());
    String day = anyOf(words.dayMarks());
    String date = "(\\d{1,2})" + month + "(\\d{1,2})" + day + "?";
    this.range =
        Pattern.compile(
            date
                + "(?:\\s*"
                + anyOf(words.rangeMarks())
                + "\\s*(?:(\\d{1,2})"
                + month
                + ")?(\\d{1,2})"
                + day
                + "?)?");
    List<String> numerals = new java.util.ArrayList<>(vocabulary.digits().keySet());
    numerals.addAll(vocabulary.ten());
    this.days =
        Pattern.compile("(\\d{1,3}|" + anyOf(numerals) + "+)\\s*" + anyOf(words.dayUnits()));
  }

  ParsedReply read(String s, String leaveWord) {
    String rest = s.replaceFirst(Pattern.quote(leaveWord), " ");
    Matcher dates = range.matcher(rest);
    if (dates.find()) {
      Optional<LeaveRequest> request = fromDates(rest, dates);
      if (request.isPresent()) {
        return new ParsedReply.Command(CommandKind.LEAVE, request.get());
      }
    }
    Matcher count = days.matcher(rest);
    if (count.find()) {
      Optional<Integer> n = numbers.readInteger(rest, count.start(1));
      String name = name(rest.substring(0, count.start()));
      if (n.isPresent() && n.get() >= 1 && !name.isEmpty()) {
        return new ParsedReply.Command(
            CommandKind.LEAVE,
            new LeaveRequest(name, n.get(), null, null, reason(rest.substring(count.end()))));
      }
    }
    return ParsedReply.FollowUp.of(FollowUpReason.LEAVE_INCOMPLETE, s);
  }

  private Optional<LeaveRequest> fromDates(String rest, Matcher m) {
    String name = name(rest.substring(0, m.start()));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      int fromMonth = Integer.parseInt(m.group(1));
      MonthDay from = MonthDay.of(fromMonth, Integer.parseInt(m.group(2)));
      MonthDay to =
          m.group(4) == null
              ? from
              : MonthDay.of(
                  m.group(3) == null ? fromMonth : Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(4)));
      return Optional.of(new LeaveRequest(name, null, from, to, reason(rest.substring(m.end()))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The name is the last word before the days or dates, without punctuation. */
  private static String name(String before) {
    String[] words = before.strip().split("[^\\p{L}]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static String reason(String after) {
    return after.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  private static String anyOf(List<String> words) {
    return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
  }
}
