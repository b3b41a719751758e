package com.chenbao.conversation;

import java.util.List;

/**
 * Reads the {@link Facts} of one part of a reply, token by token. A negation (bu, meiyou, wu) applies to
 * the words after it until a separator, a contrast word (danshi, youdian) or a number, so "meiyou kesou fashao" negates
 * both and "bu fashao, kesou" only the first. A household word (jiaren) makes the symptoms and "normal" after it,
 * up to the next separator, the household's rather than the subject's.
 */
final class ClauseReader {

  private final Facts facts = new Facts();
  private boolean negated;
  private boolean negationUsed;
  private boolean household;
  private boolean householdUsed;
  private String field = "";

  private ClauseReader() {}

  static Facts read(List<Token> tokens) {
    ClauseReader reader = new ClauseReader();
    tokens.forEach(reader::accept);
    return reader.facts;
  }

  private void accept(Token token) {
    switch (token.kind()) {
      case SEPARATOR -> endClause(token.text().isBlank());
      case CONTRAST -> negated = false;
      case NEGATION -> negated = true;
      case NUMBER -> {
        facts.temperatures.add(token.number());
        negated = false;
        field = "";
      }
      case FIELD -> onField(token.code());
      case NORMAL -> onNormal();
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
        negationUsed = negated;
      }
      case HOUSEHOLD -> household = true;
      default -> { }
    }
  }

  /**
   * Punctuation ends a negation or a household clause; a space only once it applied to something, as
   * people type "meiyou kesou" and "jiaren fashao".
   */
  private void endClause(boolean space) {
    if (!space || negationUsed || !negated) {
      negated = false;
      negationUsed = false;
    }
    if (!space || householdUsed) {
      household = false;
      householdUsed = false;
    }
    field = "";
  }

  private void onField(String questionId) {
    if (!"symptoms".equals(questionId)) {
      field = questionId;
      return;
    }
    // General symptom words: wu zhengzhuang means none, youdian bu shufu means something unsaid.
    if (household) {
      facts.household = !negated;
      householdUsed = true;
    } else if (negated) {
      facts.noSymptoms = true;
    } else {
      facts.unspecified = true;
    }
    negationUsed = negated;
  }

  private void onNormal() {
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

  private void onSymptom(String code) {
    if (household) {
      facts.household = !negated;
      householdUsed = true;
    } else if (negated) {
      facts.negatedSymptoms.add(code);
    } else {
      facts.symptoms.add(code);
    }
    negationUsed = negated;
  }

  private void onTravel(Token token) {
    if (negated) {
      facts.travelNone = true;
    } else {
      facts.travel = token.code() != null ? token.code() : token.text();
    }
    negationUsed = negated;
  }
}
