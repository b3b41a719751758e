package com.chenbao.dingtalk.inbound;

import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.messaging.InboundMessageHandler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Recording stand-ins for the conversation module's handler and the outbound 1:1 sender. */
@TestConfiguration(proxyBeanMethods = false)
class InboundTestBeans {

  @Bean
  @Primary
  RecordingHandler recordingHandler() {
    return new RecordingHandler();
  }

  @Bean
  @Primary
  RecordingDirectSender recordingDirectSender() {
    return new RecordingDirectSender();
  }

  static final class RecordingHandler implements InboundMessageHandler {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    /** Messages whose handling waits until {@link #release} opens. */
    final Set<String> hold = ConcurrentHashMap.newKeySet();

    final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    @Override
    public void onMessage(InboundChatMessage message) {
      calls.add(message.msgId());
      if (hold.contains(message.msgId())) {
        try {
          release.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failOnce.remove(message.msgId())) {
        throw new IllegalStateException("test handler failure");
      }
    }

    long callsFor(String msgId) {
      return calls.stream().filter(msgId::equals).count();
    }
  }

  static final class RecordingDirectSender implements InboundDirectMessageSender {
    final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    public void sendToUser(String userId, com.chenbao.messaging.InboundReply reply) {
      sent.add(userId + ":" + reply.text());
    }
  }
}
