package com.chenbao.sandbox;

import com.chenbao.sandbox.SandboxDirectoryMapper.SandboxGroup;
import com.chenbao.sandbox.SandboxDirectoryMapper.SandboxUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The sandbox tenant's users and groups. Looked up fresh when an id is unknown, so a roster import or a
 * school file applied a moment ago is visible at once; otherwise served from the last snapshot.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxDirectory {

  private final SandboxDirectoryMapper mapper;
  private volatile Map<String, SandboxUser> users = Map.of();
  private volatile List<SandboxGroup> groups = List.of();

  SandboxDirectory(SandboxDirectoryMapper mapper) {
    this.mapper = mapper;
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
    return group(g -> g.webhookUrl() != null && accessToken.equals(SandboxWebhookController.accessTokenOf(g.webhookUrl())));
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
    users = mapper.findUsers().stream()
        .collect(Collectors.toMap(SandboxUser::userId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    groups = mapper.findGroups();
  }
}
