package com.chenbao.schoolconfig;

import com.chenbao.roster.StaffRef;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads people ({@code {name, dingtalkId, phone, role}}) from one file and checks that a DingTalk
 * id names the same person everywhere in it: the id is what makes two mentions one staff row.
 */
final class PersonReader {

  private static final Pattern DINGTALK_ID = Pattern.compile("\\S{1,64}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,19}");

  private final Map<String, MemberRole> roleAliases;
  private final Map<String, String> nameByDingtalkId = new HashMap<>();

  PersonReader(Map<String, MemberRole> roleAliases) {
    this.roleAliases = roleAliases;
  }

  @Nullable StaffRef person(ConfigEntry entry, String... extraKeys) {
    if (entry.isAbsent()) {
      entry.error(SchoolFileMistake.PERSON_EMPTY);
      return null;
    }
    String[] keys = concat(new String[] {"name", "dingtalkId", "phone"}, extraKeys);
    if (!entry.expectMap(keys)) {
      return null;
    }
    String name = entry.field("name").requiredText(64);
    String dingtalkId =
        entry.field("dingtalkId").matching(DINGTALK_ID, SchoolFileMistake.BAD_DINGTALK_ID, false);
    String phone = entry.field("phone").matching(PHONE, SchoolFileMistake.BAD_PHONE, false);
    if (name == null) {
      return null;
    }
    if (dingtalkId != null) {
      String earlier = nameByDingtalkId.putIfAbsent(dingtalkId, name);
      if (earlier != null && !earlier.equals(name)) {
        entry
            .field("dingtalkId")
            .error(
                SchoolFileMistake.DINGTALK_ID_REUSED, "dingtalkId", dingtalkId, "earlier", earlier);
      }
    }
    return new StaffRef(name, dingtalkId, phone, null);
  }

  /** The role of a member; {@code member} if not given. */
  @Nullable MemberRole role(ConfigEntry entry) {
    String text = entry.text();
    if (text == null) {
      return entry.isAbsent() ? MemberRole.MEMBER : null;
    }
    MemberRole role = roleAliases.get(text);
    if (role == null) {
      entry.error(
          SchoolFileMistake.UNKNOWN_ROLE,
          "value",
          text,
          "allowed",
          String.join(", ", roleAliases.keySet()));
    }
    return role;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
