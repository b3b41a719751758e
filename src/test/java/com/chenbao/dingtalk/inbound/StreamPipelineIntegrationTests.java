package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dingtalk.open.app.api.callback.CallbackCommandExecutor;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.stream.protocol.CommandType;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Stream CALLBACK frame through the SDK's own callback executor into the pipeline: acknowledged
 * (a 200 reply frame) only once stored and handled, an error frame otherwise.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(InboundTestBeans.class)
class StreamPipelineIntegrationTests {

  @Autowired InboundPipeline pipeline;
  @Autowired MeterRegistry meters;
  @Autowired JdbcTemplate jdbc;
  @Autowired InboundTestBeans.RecordingHandler handler;

  private final List<String> frames = new ArrayList<>();
  private final CallbackCommandExecutor sdk = new CallbackCommandExecutor();

  @BeforeEach
  void registerListener() {
    StreamFrameListener recorder =
        new StreamFrameListener() {
          @Override
          public void onSystemFrame(String topic) {
            frames.add(topic);
          }

          @Override
          public void onCallbackFrame() {
            frames.add("callback");
          }
        };
    sdk.register(
        DingTalkStreamTopics.BOT_MESSAGE_TOPIC, new BotMessageListener(pipeline, recorder, meters));
  }

  @Test
  void aRobotMessageFrameIsStoredHandledAndAcknowledged() {
    String msgId = RobotCallbackIntegrationTests.newMsgId();
    double acked = callbacks("acknowledged");
    FakeStreamContext frame = frame(RobotCallbackIntegrationTests.textMessage(msgId, "36.7"));

    sdk.execute(frame);

    assertThat(frame.errors).isEmpty();
    assertThat(frame.replies).hasSize(1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                handler.callsFor(msgId) == 1
                    && "handled"
                        .equals(
                            jdbc.queryForObject(
                                "SELECT status FROM inbound_messages WHERE msg_id = ?",
                                String.class,
                                msgId)));
    assertThat(
            jdbc.queryForMap(
                "SELECT channel, status FROM inbound_messages WHERE msg_id = ?", msgId))
        .containsEntry("channel", "stream")
        .containsEntry("status", "handled");
    assertThat(frames).containsExactly("callback");
    assertThat(callbacks("acknowledged")).isEqualTo(acked + 1);
  }

  @Test
  void aStorageFailureAnswersAnErrorFrameInsteadOfAnAcknowledgement() {
    String msgId = RobotCallbackIntegrationTests.newMsgId();
    double refused = callbacks("refused");
    FakeStreamContext frame = frame(RobotCallbackIntegrationTests.textMessage(msgId, "38.2"));

    jdbc.execute("RENAME TABLE inbound_messages TO inbound_messages_away");
    try {
      sdk.execute(frame);
    } finally {
      jdbc.execute("RENAME TABLE inbound_messages_away TO inbound_messages");
    }

    assertThat(frame.replies).isEmpty();
    assertThat(frame.errors).hasSize(1);
    assertThat(frame.errors.get(0).getMessage()).doesNotContain("38.2");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbound_messages WHERE msg_id = ?", Integer.class, msgId))
        .isZero();
    assertThat(callbacks("refused")).isEqualTo(refused + 1);
  }

  @Test
  void anUnreadableFrameIsAcknowledgedSoItIsNotSentAgain() {
    FakeStreamContext frame = frame("{\"msgtype\":\"text\"}");

    sdk.execute(frame);

    assertThat(frame.errors).isEmpty();
    assertThat(frame.replies).hasSize(1);
  }

  private static FakeStreamContext frame(String payload) {
    return new FakeStreamContext(
        CommandType.CALLBACK, DingTalkStreamTopics.BOT_MESSAGE_TOPIC, payload);
  }

  private double callbacks(String outcome) {
    return meters.counter("chenbao.dingtalk.stream.callbacks", "outcome", outcome).count();
  }
}
