package com.chenbao.sandbox;

import com.chenbao.roster.ChatUser;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolconfig.ChatBinding;
import com.chenbao.schoolconfig.WorkingGroupView;
import com.chenbao.schoolconfig.WorkingGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The sandbox tenant's users and groups: what DingTalk itself would know, the organisation's users
 * and the group chats the robot is in. Derived from the roster ({@link RosterQuery#chatUsers}) and
 * the working groups ({@link WorkingGroups}), read-only, as a tenant's DingTalk directory would
 * mirror the school. Looked up fresh when an id is unknown, so a roster import or a school file
 * applied a moment ago is visible at once; otherwise served from the last snapshot.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxDirectory {

  private final RosterQuery roster;
  private final SchoolDirectory schools;
  private final WorkingGroups workingGroups;
  private volatile Map<String, SandboxUser> users = Map.of();
  private volatile List<SandboxGroup> groups = List.of();

  SandboxDirectory(RosterQuery roster, SchoolDirectory schools, WorkingGroups workingGroups) {
    this.roster = roster;
    this.schools = schools;
    this.workingGroups = workingGroups;
  }

  /** A DingTalk user: a guardian, a staff member, or both. */
  record SandboxUser(
      String userId, String name, String schoolCode, String role, @Nullable String detail) {

    static SandboxUser of(ChatUser user) {
      return new SandboxUser(
          user.userId(), user.name(), user.schoolCode(), user.role(), user.detail());
    }
  }

  /**
   * A group chat, reached by the app robot (openConversationId) or a custom webhook robot
   * (webhookUrl).
   */
  record SandboxGroup(
      String schoolCode,
      String code,
      String name,
      @Nullable String openConversationId,
      @Nullable String webhookUrl,
      @Nullable String webhookSecret) {

    static SandboxGroup of(School school, WorkingGroupView group) {
      if (group.chat() instanceof ChatBinding.AppRobotChat app) {
        return new SandboxGroup(
            school.code(), group.code(), group.name(), app.openConversationId(), null, null);
      }
      if (group.chat() instanceof ChatBinding.WebhookChat webhook) {
        return new SandboxGroup(
            school.code(), group.code(), group.name(), null, webhook.url(), webhook.secret());
      }
      return new SandboxGroup(school.code(), group.code(), group.name(), null, null, null);
    }
  }

  boolean isUser(String userId) {
    return user(userId).isPresent();
  }

  Optional<SandboxUser> user(String userId) {
    SandboxUser known = users.get(userId);
    if (known == null) {
      reload();
      known = users.get(userId);
    }
    return Optional.ofNullable(known);
  }

  boolean isAppRobotGroup(String openConversationId) {
    return group(g -> openConversationId.equals(g.openConversationId())).isPresent();
  }

  Optional<SandboxGroup> webhookGroup(String accessToken) {
    return group(
        g ->
            g.webhookUrl() != null
                && accessToken.equals(SandboxWebhookController.accessTokenOf(g.webhookUrl())));
  }

  List<SandboxUser> allUsers() {
    reload();
    return List.copyOf(users.values());
  }

  List<SandboxGroup> allGroups() {
    reload();
    return groups;
  }

  private Optional<SandboxGroup> group(java.util.function.Predicate<SandboxGroup> match) {
    Optional<SandboxGroup> found = groups.stream().filter(match).findFirst();
    if (found.isEmpty()) {
      reload();
      found = groups.stream().filter(match).findFirst();
    }
    return found;
  }

  private synchronized void reload() {
    // A person who is both a guardian and staff appears twice; the first (guardian) row wins.
    users =
        roster.chatUsers().stream()
            .map(SandboxUser::of)
            .collect(
                Collectors.toMap(
                    SandboxUser::userId,
                    Function.identity(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    List<SandboxGroup> all = new ArrayList<>();
    for (School school : schools.allSchools()) {
      workingGroups.groupsOf(school.id()).forEach(group -> all.add(SandboxGroup.of(school, group)));
    }
    groups = List.copyOf(all);
  }
}
