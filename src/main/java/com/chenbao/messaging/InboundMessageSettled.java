package com.chenbao.messaging;

/**
 * An inbound message's handling is over (after the acknowledgement, on the adapter's worker):
 * handled, or failed for good. Published by the adapter; the sandbox waits for it so its "reply as"
 * returns with the bot's answer already in the chat.
 *
 * @param msgId DingTalk's message id
 * @param handled false if the handling failed for good
 */
public record InboundMessageSettled(String msgId, boolean handled) {}
