package com.chenbao.sandbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.jspecify.annotations.Nullable;

/**
 * What DingTalk itself would know: the organisation's users and the group chats the robot is in. The
 * sandbox derives them from the roster and the working groups, read-only, as a tenant's DingTalk
 * directory would mirror the school.
 */
@Mapper
interface SandboxDirectoryMapper {

  List<SandboxUser> findUsers();

  List<SandboxGroup> findGroups();

  /** A DingTalk user: a guardian, a staff member, or both. */
  record SandboxUser(String userId, String name, String schoolCode, String role, @Nullable String detail) {}

  /** A group chat, reached by the app robot (openConversationId) or a custom webhook robot (webhookUrl). */
  record SandboxGroup(
      String schoolCode, String code, String name, @Nullable String openConversationId, @Nullable String webhookUrl,
      @Nullable String webhookSecret) {}
}
