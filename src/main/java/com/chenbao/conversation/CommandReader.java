package com.chenbao.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises commands: a reply that is only a command word (fillers and punctuation around it
 * allowed: "tixing yixia"), only question marks, a longer help phrase in a reply without numbers,
 * or the leave command anywhere in the reply.
 */
final class CommandReader {

  private static final List<CommandKind> WHOLE_WORD_KINDS =
      List.of(CommandKind.MISSING, CommandKind.REMIND, CommandKind.TALLY, CommandKind.HELP);

  /** Help phrases this long are recognised inside a longer question ("qingwen zenme tian"). */
  private static final int CONTAINED_HELP_LENGTH = 3;

  private final Map<CommandKind, List<String>> commands;
  private final List<String> fillers;
  private final LeaveReader leave;

  CommandReader(Vocabulary vocabulary, NumberReader numbers) {
    this.commands = vocabulary.commands();
    this.fillers = vocabulary.fillers();
    this.leave = new LeaveReader(vocabulary, numbers);
  }

  /**
   * @param teacherCommands whether the class teachers' commands count; help always does
   */
  Optional<ParsedReply> read(String s, boolean teacherCommands) {
    if (s.chars().allMatch(c -> c == '?')) {
      return Optional.of(ParsedReply.Command.of(CommandKind.HELP));
    }
    String core = core(s);
    for (CommandKind kind : WHOLE_WORD_KINDS) {
      if ((teacherCommands || kind == CommandKind.HELP) && commands.get(kind).contains(core)) {
        return Optional.of(ParsedReply.Command.of(kind));
      }
    }
    boolean hasDigit = s.chars().anyMatch(Character::isDigit);
    if (!hasDigit
        && commands.get(CommandKind.HELP).stream()
            .anyMatch(w -> w.length() >= CONTAINED_HELP_LENGTH && s.contains(w))) {
      return Optional.of(ParsedReply.Command.of(CommandKind.HELP));
    }
    if (!teacherCommands) {
      return Optional.empty();
    }
    return commands.get(CommandKind.LEAVE).stream()
        .filter(s::contains)
        .findFirst()
        .map(word -> leave.read(s, word));
  }

  /** The reply without punctuation, spaces and filler words around it. */
  private String core(String s) {
    String core = s.strip();
    String before;
    do {
      before = core;
      core = core.replaceAll("^[^\\p{L}\\p{N}?]+|[^\\p{L}\\p{N}?]+$", "");
      for (String filler : fillers) {
        if (core.length() > filler.length() && core.endsWith(filler)) {
          core = core.substring(0, core.length() - filler.length());
        }
        if (core.length() > filler.length() && core.startsWith(filler)) {
          core = core.substring(filler.length());
        }
      }
    } while (!core.equals(before));
    return core;
  }
}
