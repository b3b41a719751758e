package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import java.util.List;

/**
 * The {@link ChatGateway} of a deployment with one or many DingTalk apps: {@link #forSchool} sends
 * through the school's app, the methods of its own through the process-wide app.
 */
final class MultiAppChatGateway implements ChatGateway, AutoCloseable {

  private final DingTalkApps apps;
  private final AppGateways gateways;

  MultiAppChatGateway(DingTalkApps apps, AppGateways gateways) {
    this.apps = apps;
    this.gateways = gateways;
  }

  @Override
  public BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message) {
    return gateways.gatewayFor(apps.defaultApp()).sendToUsers(userIds, message);
  }

  @Override
  public GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message) {
    return gateways.gatewayFor(apps.defaultApp()).sendToGroup(chat, message);
  }

  @Override
  public ChatGateway forSchool(long schoolId) {
    return gateways.gatewayFor(apps.forSchool(schoolId));
  }

  /**
   * The OpenAPI caller (token, pacing across instances, counting, retries) of the school's app, for
   * clients of other DingTalk APIs that act for one school (e.g. home-school contacts, work
   * notifications).
   */
  OpenApiCaller callerFor(long schoolId) {
    return gateways.callerFor(apps.forSchool(schoolId));
  }

  /** The app a school sends with (its agent id for work notifications, its org). */
  AppCredentials appOf(long schoolId) {
    return apps.forSchool(schoolId);
  }

  /**
   * The app an inbound message came through (by its robot code or org), for replies outside its
   * session.
   */
  ChatGateway forApp(AppCredentials app) {
    return gateways.gatewayFor(app);
  }

  @Override
  public void close() {
    gateways.close();
  }
}
