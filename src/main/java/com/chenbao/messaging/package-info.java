/**
 * The chat port the features talk to: what to send ({@link com.chenbao.messaging.OutboundMessage}),
 * to whom, and what became of each recipient. No DingTalk types here; the {@code dingtalk} module
 * implements the port.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.messaging;
