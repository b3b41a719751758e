package com.chenbao.schoolconfig;

import com.chenbao.roster.StaffRef;
import com.chenbao.schoolconfig.SchoolFile.GroupDefinition;
import com.chenbao.schoolconfig.SchoolFile.MemberDefinition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code groups:} section: working groups, their members, chat binding and subscription. */
final class GroupSectionReader {

  private final PersonReader people;
  private final ChatAndReceivesReader chatAndReceives = new ChatAndReceivesReader();

  GroupSectionReader(PersonReader people) {
    this.people = people;
  }

  List<GroupDefinition> read(ConfigEntry section) {
    List<GroupDefinition> groups = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ConfigEntry item : section.items(GroupSectionReader::label)) {
      if (!item.expectMap("code", "name", "members", "include", "chat", "receives")) {
        item.error(SchoolFileMistake.GROUP_INCOMPLETE);
        continue;
      }
      String code =
          item.field("code").matching(SchoolFileParser.CODE, SchoolFileMistake.BAD_CODE, true);
      if (code != null && !codes.add(code)) {
        item.field("code").error(SchoolFileMistake.DUPLICATE_GROUP_CODE, "code", code);
      }
      String name = item.field("name").requiredText(64);
      if (name != null && !names.add(name)) {
        item.field("name").error(SchoolFileMistake.DUPLICATE_GROUP_NAME, "name", name);
      }
      List<MemberDefinition> members = members(item.field("members"));
      Set<MemberRule> rules = rules(item.field("include"));
      ChatBinding chat = chatAndReceives.chat(item.field("chat"));
      Subscription receives = chatAndReceives.receives(item.field("receives"));
      if (code != null && name != null) {
        groups.add(new GroupDefinition(code, name, members, rules, chat, receives));
      }
    }
    return groups;
  }

  /** Errors name a group by its name, else its code, else its index. */
  private static String label(ConfigEntry item) {
    String name = item.field("name").peekText();
    return name != null ? name : item.field("code").peekText();
  }

  private List<MemberDefinition> members(ConfigEntry section) {
    List<MemberDefinition> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ConfigEntry item : section.items()) {
      StaffRef person = people.person(item, "role");
      MemberRole role = item.isAbsent() ? null : people.role(item.field("role"));
      if (person == null || role == null) {
        continue;
      }
      // The same person twice in one group is a copy-paste slip; one of the two roles would be
      // lost.
      String identity =
          person.dingtalkUserId() != null
              ? "id:" + person.dingtalkUserId()
              : "name:" + person.name();
      if (!seen.add(identity)) {
        item.error(SchoolFileMistake.DUPLICATE_MEMBER, "name", person.name());
        continue;
      }
      members.add(new MemberDefinition(person, role));
    }
    return members;
  }

  private static Set<MemberRule> rules(ConfigEntry section) {
    Set<MemberRule> rules = EnumSet.noneOf(MemberRule.class);
    for (ConfigEntry item : section.items()) {
      String value = item.text();
      if (value == null) {
        continue;
      }
      MemberRule.fromFile(value)
          .ifPresentOrElse(
              rules::add, () -> item.error(SchoolFileMistake.UNKNOWN_RULE, "value", value));
    }
    return rules;
  }
}
