package com.chenbao.schoolconfig;

import com.chenbao.schoolconfig.SchoolFile.DingTalkAppDefinition;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A school's {@code dingtalk:} section: its own DingTalk app. appKey and appSecret come together;
 * the secret must be an environment variable ({@code ${NAME}}), never the secret itself, because
 * only the variable's name is stored (every instance reads the secret from its own environment).
 */
final class DingTalkSectionReader {

  private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern AGENT_ID = Pattern.compile("[0-9]{1,20}");
  private static final Pattern SECRET_VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]{0,127})}");

  @Nullable DingTalkAppDefinition read(ConfigEntry section, @Nullable String schoolCode) {
    if (!section.expectMap("corpId", "appKey", "appSecret", "robotCode", "agentId")) {
      return null;
    }
    String corpId =
        section.field("corpId").matching(APP_ID, SchoolFileMistake.BAD_DINGTALK_APP_ID, false);
    ConfigEntry appKeyEntry = section.field("appKey");
    String appKey = appKeyEntry.matching(APP_ID, SchoolFileMistake.BAD_DINGTALK_APP_ID, false);
    ConfigEntry secretEntry = section.field("appSecret");
    String variable = secretVariable(secretEntry, schoolCode);
    String robotCode =
        section.field("robotCode").matching(APP_ID, SchoolFileMistake.BAD_DINGTALK_APP_ID, false);
    String agentId =
        section.field("agentId").matching(AGENT_ID, SchoolFileMistake.BAD_AGENT_ID, false);
    if (appKeyEntry.isAbsent() || secretEntry.isAbsent()) {
      String missing =
          appKeyEntry.isAbsent() && secretEntry.isAbsent()
              ? "appKey, appSecret"
              : appKeyEntry.isAbsent() ? "appKey" : "appSecret";
      section.error(SchoolFileMistake.DINGTALK_APP_INCOMPLETE, "missing", missing);
      return null;
    }
    if (appKey == null || variable == null) {
      return null; // reported above
    }
    return new DingTalkAppDefinition(corpId, appKey, variable, robotCode, agentId);
  }

  /** The variable's name, after checking that it is set; null (with a problem) otherwise. */
  private static @Nullable String secretVariable(ConfigEntry entry, @Nullable String schoolCode) {
    if (entry.isAbsent()) {
      return null;
    }
    String raw = entry.rawText();
    Matcher m = raw == null ? null : SECRET_VARIABLE.matcher(raw.strip());
    if (m == null || !m.matches()) {
      entry.error(
          SchoolFileMistake.SECRET_NOT_VARIABLE,
          "example",
          "${" + suggestedVariable(schoolCode) + "}");
      return null;
    }
    String secret =
        entry.optionalText(256); // reports a variable that is not set, or set to nothing
    return secret == null ? null : m.group(1);
  }

  private static String suggestedVariable(@Nullable String schoolCode) {
    String prefix =
        schoolCode == null ? "SCHOOL" : schoolCode.toUpperCase(Locale.ROOT).replace('-', '_');
    return prefix + "_DINGTALK_APP_SECRET";
  }
}
