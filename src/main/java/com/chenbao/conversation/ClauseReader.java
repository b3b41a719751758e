package com.chenbao.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@link Facts} of one part of a reply, token by token.
 *
 * <p>A negation (bu, meiyou, wu) applies to the words after it until a contrast word (danshi,
 * youdian), a number, or the end of its list: "meiyou kesou fashao" negates both, "bu fashao,
 * kesou" only the first. A list runs on over list separators (the enumeration comma, / and) while
 * symptoms follow, and over commas when it is closed by "deng" or a symptoms word ("wu fare, kesou,
 * fali deng zhengzhuang" with enumeration commas, "wu fare, kesou, fali deng zhengzhuang"): the
 * whole list is negated. A negation typed after its words at the end of a clause ("kesou: wu",
 * "jiechushi: fou") negates them. A household word (jiaren) makes the symptoms and "normal" after
 * it, up to the next separator, the household's rather than the subject's.
 */
final class ClauseReader {

  private final List<Token> tokens;
  private final Facts facts = new Facts();
  private boolean negated;
  private boolean negationUsed;
  private boolean household;
  private boolean householdUsed;
  private String field = "";

  /** What this clause (since the last separator) said, for a negation typed after it. */
  private final List<String> clauseSymptoms = new ArrayList<>();

  private boolean clauseUnspecified;
  private boolean clauseContact;
  private boolean clauseTravel;
  private boolean clauseHousehold;

  private ClauseReader(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Facts read(List<Token> tokens) {
    ClauseReader reader = new ClauseReader(tokens);
    for (int k = 0; k < tokens.size(); k++) {
      reader.accept(k);
    }
    return reader.facts;
  }

  private void accept(int k) {
    Token token = tokens.get(k);
    switch (token.kind()) {
      case SEPARATOR -> endClause(k);
      case CONTRAST -> negated = false;
      case NEGATION -> {
        if (!negated && trailing(k) && negateBackwards()) {
          return;
        }
        negated = true;
        negationUsed = false;
      }
      case NUMBER -> {
        facts.temperatures.add(token.number());
        negated = false;
        field = "";
      }
      case FIELD -> onField(token.code());
      case NORMAL -> onNormal(k);
      case NO_SYMPTOMS -> onNoSymptoms();
      case SYMPTOM -> onSymptom(token.code());
      case HEALTH_CODE -> {
        if (!negated) {
          facts.healthCodes.add(token.code());
        }
        negationUsed = negated;
      }
      case TRAVEL -> onTravel(token);
      case TRAVEL_NONE -> facts.travelNone = true;
      case CONTACT -> {
        facts.contact = !negated;
        clauseContact = !negated;
        negationUsed = negated;
      }
      case HOUSEHOLD -> household = true;
      case LEAVE -> facts.leave = true;
      case RECOVERED -> negateBackwards();
      default -> {}
    }
  }

  /** A negation with nothing after it in its clause: "kesou wu", "fare: fou". */
  private boolean trailing(int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.is(Token.Kind.SEPARATOR)) {
        return true;
      }
      if (!t.is(Token.Kind.FILLER)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Negates what this clause said before the negation; false when it said nothing a negation can
   * undo.
   */
  private boolean negateBackwards() {
    if (!clauseSymptoms.isEmpty()) {
      clauseSymptoms.forEach(
          code -> {
            facts.symptoms.remove(code);
            facts.negatedSymptoms.add(code);
          });
      clauseSymptoms.clear();
      return true;
    }
    if (clauseHousehold) {
      facts.household = false;
      clauseHousehold = false;
      return true;
    }
    if (clauseUnspecified) {
      facts.unspecified = false;
      facts.noSymptoms = true;
      clauseUnspecified = false;
      return true;
    }
    if (clauseContact) {
      facts.contact = false;
      clauseContact = false;
      return true;
    }
    if (clauseTravel) {
      facts.travel = null;
      facts.travelNone = true;
      clauseTravel = false;
      return true;
    }
    return false;
  }

  /**
   * Punctuation ends a negation or a household clause, except inside a negated list (see the class
   * comment); a space only once it applied to something, as people type "meiyou kesou" and "jiaren
   * fashao".
   */
  private void endClause(int k) {
    String text = tokens.get(k).text();
    if (text.equals(":")) {
      // "fare: wu", "jiankangma: lv": a colon joins a question to its answer.
      return;
    }
    boolean space = text.isBlank();
    boolean keepNegation =
        negated && negationUsed && (listSeparator(text) ? symptomFollows(k) : listClosedAhead(k));
    if (!keepNegation && (!space || negationUsed || !negated)) {
      negated = false;
      negationUsed = false;
    }
    if (!space || householdUsed) {
      household = false;
      householdUsed = false;
    }
    if (!space) {
      // "tiwen zhengchang" typed as "tiwen  zhengchang" still names its question.
      field = "";
    }
    clauseSymptoms.clear();
    clauseUnspecified = false;
    clauseContact = false;
    clauseTravel = false;
    clauseHousehold = false;
  }

  private static boolean listSeparator(String text) {
    return text.equals("\u3001") || text.equals("/") || text.equals("&") || text.equals("+");
  }

  /** The next word that carries meaning is a symptom (or closes the list). */
  private boolean symptomFollows(int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.is(Token.Kind.SEPARATOR) || t.is(Token.Kind.FILLER)) {
        continue;
      }
      return t.is(Token.Kind.SYMPTOM) || t.is(Token.Kind.LIST_END);
    }
    return false;
  }

  /**
   * Only symptoms and separators until "deng" or a symptoms word: the list goes on past this comma.
   */
  private boolean listClosedAhead(int k) {
    boolean sawSymptom = false;
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      switch (t.kind()) {
        case SYMPTOM -> sawSymptom = true;
        case SEPARATOR, FILLER -> {}
        case LIST_END -> {
          return sawSymptom;
        }
        case FIELD -> {
          return sawSymptom && "symptoms".equals(t.code());
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }

  private void onField(String questionId) {
    if (!"symptoms".equals(questionId)) {
      field = questionId;
      return;
    }
    // General symptom words: wu zhengzhuang means none, youdian bu shufu means something unsaid.
    if (household) {
      facts.household = !negated;
      clauseHousehold = !negated;
      householdUsed = true;
    } else if (negated) {
      facts.noSymptoms = true;
    } else if (clauseSymptoms.isEmpty()) {
      // Alone it is "not well, how?"; "kesou deng zhengzhuang" names its symptoms already.
      facts.unspecified = true;
      clauseUnspecified = true;
    }
    negationUsed = negated;
  }

  private void onNormal(int k) {
    String named = field.isEmpty() ? fieldRightAfter(k) : "";
    if (!named.isEmpty() && !household && !negated) {
      // "zhengchang tiwen", "normal temp": the question follows its word.
      facts.normalFields.add(named);
      field = "";
      return;
    }
    if (household) {
      facts.household = negated;
      householdUsed = true;
    } else if (negated) {
      facts.unspecified = true;
    } else if (!field.isEmpty()) {
      facts.normalFields.add(field);
    } else {
      facts.allNormal = true;
    }
    negationUsed = negated;
    field = "";
  }

  /**
   * The question word right after {@code k} (spaces and fillers between allowed), other than
   * symptoms; or "".
   */
  private String fieldRightAfter(int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.is(Token.Kind.FILLER) || (t.is(Token.Kind.SEPARATOR) && t.text().isBlank())) {
        continue;
      }
      return t.is(Token.Kind.FIELD) && !"symptoms".equals(t.code()) ? t.code() : "";
    }
    return "";
  }

  private void onNoSymptoms() {
    if (household) {
      facts.household = negated;
      householdUsed = true;
    } else if (negated) {
      facts.unspecified = true;
    } else {
      facts.noSymptoms = true;
    }
    negationUsed = negated;
  }

  private void onSymptom(String code) {
    if (household) {
      facts.household = !negated;
      clauseHousehold = !negated;
      householdUsed = true;
    } else if (negated) {
      facts.negatedSymptoms.add(code);
    } else {
      facts.symptoms.add(code);
      clauseSymptoms.add(code);
    }
    negationUsed = negated;
  }

  private void onTravel(Token token) {
    if (negated) {
      facts.travelNone = true;
    } else {
      facts.travel = token.code() != null ? token.code() : token.text();
      clauseTravel = true;
    }
    negationUsed = negated;
  }
}
