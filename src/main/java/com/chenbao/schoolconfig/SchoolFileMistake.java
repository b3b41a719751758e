package com.chenbao.schoolconfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of mistake a school file can have. The school office reads it in Chinese ({@code
 * school-config.error.<key>} in bot-templates/texts/school-config.yml, rendered by the HTTP
 * answer); logs and exceptions keep the English here. Both use the same named {placeholders}.
 */
enum SchoolFileMistake {
  EXPECTED_MAP_WITH_KEYS("expected-map-with-keys", "expected a map with keys {allowed}"),
  UNKNOWN_KEY("unknown-key", "unknown key '{key}' (allowed: {allowed})"),
  EXPECTED_MAP("expected-map", "expected a map"),
  EXPECTED_LIST("expected-list", "expected a list"),
  EXPECTED_VALUE("expected-value", "expected a single value, not a {shape}"),
  MISSING_VARIABLE(
      "missing-variable", "environment variable {variable} is not set (and no default is given)"),
  REQUIRED("required", "is required"),
  EMPTY("empty", "must not be empty"),
  TOO_LONG("too-long", "is longer than {max} characters"),
  NOT_BOOLEAN("not-boolean", "expected true or false, not '{value}'"),
  BAD_CODE("bad-code", "'{value}' is not a valid code (2-64 characters of a-z, 0-9 and -)"),
  BAD_DINGTALK_ID(
      "bad-dingtalk-id", "'{value}' is not a DingTalk userId (1-64 characters, no spaces)"),
  BAD_PHONE("bad-phone", "'{value}' is not a phone number"),
  GROUP_INCOMPLETE("group-incomplete", "a group needs at least code and name"),
  DUPLICATE_GROUP_CODE("duplicate-group-code", "duplicate group code '{code}'"),
  DUPLICATE_GROUP_NAME("duplicate-group-name", "duplicate group name '{name}'"),
  DUPLICATE_MEMBER("duplicate-member", "{name} is listed twice in this group"),
  UNKNOWN_RULE(
      "unknown-rule", "unknown rule '{value}' (allowed: class-teachers, grade-leaders, all-staff)"),
  CHAT_BOTH("chat-both", "give either robot or webhook, not both"),
  CHAT_NEITHER(
      "chat-neither", "needs robot or webhook (leave chat out for a group without a chat)"),
  BAD_WEBHOOK_URL("bad-webhook-url", "must be an http:// or https:// URL"),
  BAD_WEBHOOK_SECRET(
      "bad-webhook-secret", "must be the robot's signing secret, which starts with SEC"),
  MISSING_NAMES_WITHOUT_NAMES(
      "missing-names-without-names", "listing non-responders by name needs names: true"),
  UNKNOWN_TALLY_SCOPE("unknown-tally-scope", "unknown tally scope '{value}' (allowed: {allowed})"),
  BAD_ALERT_KIND(
      "bad-alert-kind", "'{value}' is not an alert kind (a-z and _, at most 32) nor all"),
  BAD_FORM_CODE("bad-form-code", "'{value}' is not a form code (2-64 of a-z, 0-9, -)"),
  SEVERAL_TIMES("several-times", "only remind may have several times"),
  BAD_TIME("bad-time", "'{value}' is not a time of day HH:mm (write it in quotes, e.g. \"07:15\")"),
  STEPS_OUT_OF_ORDER(
      "steps-out-of-order",
      "steps out of order: {after} must come after {before} (push < remind < notify-teachers < close <= tally)"),
  WRONG_SCHOOL(
      "wrong-school", "the file is for school '{code}' but was sent to /api/schools/{target}"),
  PERSON_EMPTY("person-empty", "is empty"),
  DINGTALK_ID_REUSED(
      "dingtalk-id-reused", "'{dingtalkId}' is already used for {earlier} elsewhere in the file"),
  UNKNOWN_ROLE("unknown-role", "unknown role '{value}' (allowed: {allowed})"),
  FILE_EMPTY("file-empty", "the file is empty"),
  NOT_YAML("not-yaml", "not valid YAML: {detail}"),
  BAD_TIME_ZONE("bad-time-zone", "'{value}' is not a time zone such as Asia/Shanghai"),
  GRADE_INCOMPLETE("grade-incomplete", "a grade needs a name and classes"),
  DUPLICATE_GRADE("duplicate-grade", "duplicate grade '{name}'"),
  CLASSES_REQUIRED("classes-required", "is required (a list of class names)"),
  DUPLICATE_CLASS("duplicate-class", "duplicate class '{name}' in this grade"),
  DEFINED_TWICE("defined-twice", "school '{code}' is also defined in {other}"),
  CANNOT_LIST("cannot-list", "cannot list the folder: {detail}"),
  CANNOT_READ("cannot-read", "cannot read the file as UTF-8: {detail}"),
  DINGTALK_APP_INCOMPLETE(
      "dingtalk-app-incomplete",
      "a school's own DingTalk app needs appKey and appSecret together; {missing} is missing"),
  SECRET_NOT_VARIABLE(
      "secret-not-variable",
      "write the app secret as an environment variable such as {example}, never the secret itself"),
  BAD_DINGTALK_APP_ID(
      "bad-dingtalk-app-id", "'{value}' is not a DingTalk id (1-64 letters, digits, - and _)"),
  BAD_AGENT_ID("bad-agent-id", "'{value}' is not an agent id (digits only)"),
  DINGTALK_APP_CONFLICT(
      "dingtalk-app-conflict",
      "the DingTalk app {appKey} is also configured in {other} with another secret variable or robot code");

  static final String TEXT_PREFIX = "school-config.error.";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  private final String key;
  private final String english;

  SchoolFileMistake(String key, String english) {
    this.key = key;
    this.english = english;
  }

  /** The key of its Chinese text. */
  String textKey() {
    return TEXT_PREFIX + key;
  }

  /** The placeholders its texts may use. */
  Set<String> placeholders() {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(english);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** One occurrence, with its values given as name, value, name, value ... */
  ConfigError at(String file, String entry, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs: " + this);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    if (!values.keySet().equals(placeholders())) {
      throw new IllegalArgumentException(
          this + " needs the values " + placeholders() + ", got " + values.keySet());
    }
    return new ConfigError(file, entry, english(values), this, Map.copyOf(values));
  }

  private String english(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(english);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
