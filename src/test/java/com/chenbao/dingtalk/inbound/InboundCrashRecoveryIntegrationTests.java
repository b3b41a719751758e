package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A crash between the acknowledgement and the handling: the worker does not start with the context
 * (as if the process died right after answering 200), then starts (the restart). Every acknowledged
 * message is handled, once; so is one whose handling was cut short (claimed, never finished).
 */
@SpringBootTest(properties = {"chenbao.inbound.worker-enabled=false", "chenbao.inbound.lease=1m"})
@AutoConfigureMockMvc
@Import(InboundTestBeans.class)
class InboundCrashRecoveryIntegrationTests {

  private static final byte[] SECRET =
      CallbackSignature.SANDBOX_APP_SECRET.getBytes(StandardCharsets.UTF_8);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired InboundWorker worker;
  @Autowired InboundTestBeans.RecordingHandler handler;

  @Test
  void messagesAcknowledgedBeforeACrashAreHandledOnceAfterTheRestart() throws Exception {
    String acked = RobotCallbackIntegrationTests.newMsgId();
    String cutShort = RobotCallbackIntegrationTests.newMsgId();
    long now = System.currentTimeMillis();
    mvc.perform(
            post("/dingtalk/robot/callback")
                .contentType(MediaType.APPLICATION_JSON)
                .header("timestamp", now)
                .header("sign", CallbackSignature.sign(String.valueOf(now), SECRET))
                .content(RobotCallbackIntegrationTests.textMessage(acked, "36.5")))
        .andExpect(status().isOk());
    jdbc.update(
        "INSERT INTO inbound_messages (msg_id, channel, sender_user_id, conversation_type, conversation_id,"
            + " msg_type, payload_json, status, attempts, received_at, attempted_at)"
            + " VALUES (?, 'http', 'u_parent', '1', 'cidP1', 'text', ?, 'processing', 1, ?, ?)",
        cutShort,
        RobotCallbackIntegrationTests.textMessage(cutShort, "36.6"),
        Timestamp.from(Instant.now().minusSeconds(300)),
        Timestamp.from(Instant.now().minusSeconds(300)));
    assertThat(statusOf(acked)).isEqualTo("received");
    assertThat(handler.callsFor(acked)).isZero();

    worker.start();
    try {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> "handled".equals(statusOf(acked)) && "handled".equals(statusOf(cutShort)));
    } finally {
      worker.stop();
    }

    assertThat(handler.callsFor(acked)).isEqualTo(1);
    assertThat(handler.callsFor(cutShort)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT attempts FROM inbound_messages WHERE msg_id = ?", Integer.class, cutShort))
        .isEqualTo(2);
  }

  private String statusOf(String msgId) {
    return jdbc.queryForObject(
        "SELECT status FROM inbound_messages WHERE msg_id = ?", String.class, msgId);
  }
}
