package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupChat.AppRobotGroup;
import com.chenbao.messaging.GroupChat.WebhookRobotGroup;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** {@link ChatGateway} on DingTalk: app robot 1:1 and group messages, and custom webhook robots. */
final class DingTalkChatGateway implements ChatGateway, AutoCloseable {

  private final OneToOneSender oneToOne;
  private final RobotMessageClient robot;
  private final WebhookRobotClient webhook;
  private final ExecutorService sendPool;

  DingTalkChatGateway(
      OneToOneSender oneToOne,
      RobotMessageClient robot,
      WebhookRobotClient webhook,
      ExecutorService sendPool) {
    this.oneToOne = oneToOne;
    this.robot = robot;
    this.webhook = webhook;
    this.sendPool = sendPool;
  }

  /** Stops the send pool; Spring calls it at shutdown. */
  @Override
  public void close() {
    sendPool.shutdown();
  }

  @Override
  public BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message) {
    RobotTemplate template = RobotTemplates.of(message); // fails fast on what a robot cannot send
    return oneToOne.send(userIds, template);
  }

  @Override
  public GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message) {
    if (chat instanceof AppRobotGroup group) {
      List<OutboundMessage> parts =
          MessageSplitter.split(
              message,
              RobotMessageClient.GROUP_MSG_PARAM_LIMIT_BYTES,
              part -> RobotTemplates.of(part).msgParamBytes());
      return sendParts(
          parts, part -> robot.groupSend(group.openConversationId(), RobotTemplates.of(part)));
    }
    WebhookRobotGroup robotGroup = (WebhookRobotGroup) chat;
    List<OutboundMessage> parts =
        MessageSplitter.split(
            message, WebhookMessages.BODY_LIMIT_BYTES, WebhookMessages::bodyBytes);
    return sendParts(
        parts,
        part -> {
          webhook.send(robotGroup, part);
          return null; // custom robots return no processQueryKey
        });
  }

  @FunctionalInterface
  private interface PartSender {
    /** Returns the processQueryKey, or null if the channel has none. */
    @org.jspecify.annotations.Nullable
    String send(OutboundMessage part);
  }

  private static GroupSendResult sendParts(List<OutboundMessage> parts, PartSender sender) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      try {
        String key = sender.send(parts.get(i));
        if (key != null) {
          keys.add(key);
        }
      } catch (DingTalkApiException e) {
        return new GroupSendResult(DeliveryOutcomes.statusOf(e), keys, i, parts.size(), e.reason());
      }
    }
    return new GroupSendResult(DeliveryStatus.SENT, keys, parts.size(), parts.size(), null);
  }
}
