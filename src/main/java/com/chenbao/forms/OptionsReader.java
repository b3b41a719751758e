package com.chenbao.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the {@code options} of a choice question, and references to their codes. */
final class OptionsReader {

  private static final String CODE = "[a-z][a-z0-9_]*";

  private OptionsReader() {}

  static boolean knownCodes(YamlEntry entry, List<String> codes, List<Option> options) {
    boolean known = true;
    for (String code : codes) {
      if (options.stream().noneMatch(o -> o.code().equals(code))) {
        entry.problem("'" + code + "' is not an option code of this question");
        known = false;
      }
    }
    return known;
  }

  static List<Option> read(YamlEntry list) {
    List<Option> options = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, String> wordOwner = new HashMap<>();
    List<YamlEntry> items = list.items(true);
    if (list.present() && items.isEmpty()) {
      list.problem("needs at least one option");
    }
    for (YamlEntry item : items) {
      if (!item.isMap(List.of("code", "label", "synonyms", "phrases"))) {
        continue;
      }
      String code = item.get("code").matching(CODE, "option code (a-z, 0-9, _)");
      String label = item.get("label").text();
      List<String> synonyms = item.get("synonyms").texts(false);
      if (code == null || label == null) {
        continue;
      }
      if (!codes.add(code)) {
        item.get("code").problem("option code '" + code + "' is used twice in this question");
        continue;
      }
      checkWordsUnshared(item, code, label, synonyms, wordOwner);
      options.add(new Option(code, label, synonyms, phrases(item.get("phrases"))));
    }
    return options;
  }

  /** Each phrase: a list of at least two word groups, each a non-empty list of words. */
  private static List<Option.Phrase> phrases(YamlEntry entry) {
    List<Option.Phrase> phrases = new ArrayList<>();
    for (YamlEntry phrase : entry.items(false)) {
      List<YamlEntry> groups = phrase.items(true);
      if (groups.size() < 2) {
        phrase.problem(
            "a phrase needs at least two word groups, e.g. [[\u5589\u5499, \u55d3\u5b50], [\u75db, \u75bc]]");
        continue;
      }
      List<List<String>> words = new ArrayList<>();
      for (YamlEntry group : groups) {
        List<String> group0 = group.texts(true);
        if (group0.isEmpty()) {
          group.problem("a word group needs at least one word");
        }
        words.add(group0);
      }
      phrases.add(new Option.Phrase(words));
    }
    return phrases;
  }

  /** A word people type must point at one option only, or the parser would have to guess. */
  private static void checkWordsUnshared(
      YamlEntry item,
      String code,
      String label,
      List<String> synonyms,
      Map<String, String> wordOwner) {
    Set<String> words = new LinkedHashSet<>(synonyms);
    words.add(label);
    for (String word : words) {
      String owner = wordOwner.putIfAbsent(word, code);
      if (owner != null) {
        item.get("synonyms").problem("'" + word + "' is also a synonym of option '" + owner + "'");
      }
    }
  }
}
