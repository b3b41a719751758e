package com.chenbao.conversation;

import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.shared.MessageTexts;
import com.chenbao.shared.TemplateProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Reads one reply to a form's prompt as people type it: temperatures in every spelling, symptom and
 * health-code words, travel, contact and household answers, several children in one message,
 * corrections, and commands. Driven by the form (its option synonyms, keywords, temperature range
 * and normal answers) and by bot-templates/conversation/vocabulary.yml; holds no state per reply,
 * so it is safe to share. See docs/conversation.md for what it understands and what it asks back.
 */
@Component
public class ReplyParser {

  /**
   * The longest reply read, in characters after normalisation; a longer one is asked to be
   * shortened.
   */
  static final int MAX_LENGTH = 500;

  private final Vocabulary vocabulary;
  private final Tokenizer tokenizer;
  private final CommandReader commands;
  private final MessageTexts texts;
  private final Map<Form, Lexicon> lexicons = new ConcurrentHashMap<>();

  /**
   * Loads and checks the vocabulary and every form's words against it.
   *
   * @throws IllegalStateException listing every problem in the vocabulary, or every word of a form
   *     that the vocabulary gives another meaning
   */
  public ReplyParser(TemplateProperties templates, MessageTexts texts, FormCatalog forms) {
    this.vocabulary = VocabularyLoader.load(templates.dir());
    NumberReader numbers = new NumberReader(vocabulary);
    this.tokenizer = new Tokenizer(numbers);
    this.commands = new CommandReader(vocabulary, numbers);
    this.texts = texts;
    forms.all().forEach(this::lexicon);
  }

  /**
   * The reply of a sender answering for one subject, or for children whose names the caller does
   * not pass.
   */
  public ParsedReply parse(String text, Form form) {
    return parse(text, form, List.of());
  }

  /**
   * As {@link #parse(String, Form, List, boolean)} with the class teachers' commands recognised.
   */
  public ParsedReply parse(String text, Form form, List<String> childNames) {
    return parse(text, form, childNames, true);
  }

  /**
   * @param childNames the names of the children the sender answers for (full names, e.g. 3 Han
   *     characters); their given names (the full name without its first character) are recognised
   *     too, and a name is never read as a health-code colour. Empty for staff.
   * @param teacherCommands whether weibao, tixing, tongji and the qingjia command are commands; a
   *     guardian's reply is read without them, so "jintian qingjia" is a leave request and "tixing"
   *     nothing
   */
  public ParsedReply parse(
      String text, Form form, List<String> childNames, boolean teacherCommands) {
    String s = TextNormalizer.normalize(text);
    if (s.isEmpty()) {
      return new ParsedReply.Unclear();
    }
    if (s.length() > MAX_LENGTH) {
      // Nobody answers a morning report in a page of text; reading it would only cost time.
      return ParsedReply.FollowUp.of(FollowUpReason.TOO_LONG, "");
    }
    if (s.equals(buttonText(form, "report-message"))) {
      return ParsedReply.Command.of(CommandKind.REPORT_DETAILS);
    }
    Optional<ParsedReply> command = commands.read(s, teacherCommands);
    if (command.isPresent()) {
      return command.get();
    }
    List<Token> tokens = tokenizer.tokenize(s, lexicon(form), nameWords(childNames));
    return AnswerReader.read(ReplyStructure.resolve(tokens), form);
  }

  private Lexicon lexicon(Form form) {
    return lexicons.computeIfAbsent(form, f -> Lexicon.of(vocabulary, f));
  }

  private String buttonText(Form form, String role) {
    String key = form.texts().get(role);
    return key == null ? "" : TextNormalizer.normalize(texts.render(key));
  }

  private static List<String> nameWords(List<String> childNames) {
    List<String> words = new ArrayList<>();
    for (String name : childNames) {
      String normal = TextNormalizer.normalize(name);
      words.add(normal);
      if (normal.codePointCount(0, normal.length()) >= 3) {
        words.add(normal.substring(normal.offsetByCodePoints(0, 1)));
      }
    }
    return words;
  }
}
