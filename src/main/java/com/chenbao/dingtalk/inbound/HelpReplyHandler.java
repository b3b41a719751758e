package com.chenbao.dingtalk.inbound;

import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundMessageHandler;
import com.chenbao.messaging.InboundReplier;
import com.chenbao.messaging.InboundReply;
import com.chenbao.shared.MessageTexts;

/**
 * The handler in place until the conversation module provides one: answers every text message with
 * the help text, so a freshly installed service already talks back.
 */
class HelpReplyHandler implements InboundMessageHandler {

  private final InboundReplier replier;
  private final MessageTexts texts;

  HelpReplyHandler(InboundReplier replier, MessageTexts texts) {
    this.replier = replier;
    this.texts = texts;
  }

  @Override
  public void onMessage(InboundChatMessage message) {
    replier.reply(message, InboundReply.text(texts.render("inbound.help")));
  }
}
