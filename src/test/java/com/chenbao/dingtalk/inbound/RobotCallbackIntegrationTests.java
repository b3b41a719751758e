package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The HTTP-mode callback end to end: signature, storage, at-most-once handling, replies. Sandbox
 * secret.
 */
@SpringBootTest(
    properties = {"chenbao.inbound.retry-backoff=50ms", "chenbao.inbound.poll-interval=100ms"})
@AutoConfigureMockMvc
@Import(InboundTestBeans.class)
class RobotCallbackIntegrationTests {

  private static final byte[] SECRET =
      CallbackSignature.SANDBOX_APP_SECRET.getBytes(StandardCharsets.UTF_8);
  private static final String PICTURE_REPLY =
      "{\"msgtype\":\"text\",\"text\":{\"content\":\"收到图片啦～目前只能识别文字，请直接输入体温，如 36.5\"}}";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired InboundTestBeans.RecordingHandler handler;
  @Autowired InboundTestBeans.RecordingDirectSender directSender;

  @Test
  void aSignedTextMessageIsStoredHandledOnceAndAnswered200() throws Exception {
    String msgId = newMsgId();

    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk()).andExpect(content().json("{}"));

    awaitStatus(msgId, "handled");
    assertThat(handler.callsFor(msgId)).isEqualTo(1);
    Map<String, Object> row = row(msgId);
    assertThat(row)
        .containsEntry("channel", "http")
        .containsEntry("status", "handled")
        .containsEntry("sender_user_id", "u_parent")
        .containsEntry("conversation_type", "1")
        .containsEntry("msg_type", "text")
        .containsEntry("attempts", 1);
    assertThat(row.get("handled_at")).isNotNull();
    assertThat((String) row.get("payload_json")).contains("\"content\":\" 36.5\"");
  }

  @Test
  void aTimestampJustInsideTheHourIsAccepted() throws Exception {
    String msgId = newMsgId();
    long ts = System.currentTimeMillis() - 59 * 60_000L;

    mvc.perform(signedPost(textMessage(msgId, "36.6"), String.valueOf(ts), sign(ts)))
        .andExpect(status().isOk());

    awaitStatus(msgId, "handled");
    assertThat(handler.callsFor(msgId)).isEqualTo(1);
  }

  @Test
  void wrongStaleFutureOrMissingSignaturesAre401AndStoreNothing() throws Exception {
    String msgId = newMsgId();
    String body = textMessage(msgId, "36.5");
    long now = System.currentTimeMillis();
    long stale = now - 3_600_000L - 5_000L;
    long future = now + 3_600_000L + 5_000L;
    int before = count();

    mvc.perform(signedPost(body, String.valueOf(now), sign(now + 1)))
        .andExpect(status().isUnauthorized());
    mvc.perform(signedPost(body, String.valueOf(stale), sign(stale)))
        .andExpect(status().isUnauthorized());
    mvc.perform(signedPost(body, String.valueOf(future), sign(future)))
        .andExpect(status().isUnauthorized());
    mvc.perform(signedPost(body, null, sign(now))).andExpect(status().isUnauthorized());
    mvc.perform(signedPost(body, String.valueOf(now), null)).andExpect(status().isUnauthorized());
    mvc.perform(signedPost(body, "not-a-number", sign(now))).andExpect(status().isUnauthorized());

    assertThat(count()).isEqualTo(before);
    assertThat(rows(msgId)).isZero();
    assertThat(handler.callsFor(msgId)).isZero();
  }

  @Test
  void aRedeliveredMessageIsAcknowledgedButHandledOnlyOnce() throws Exception {
    String msgId = newMsgId();

    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());
    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());
    awaitStatus(msgId, "handled");
    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());

    assertThat(handler.callsFor(msgId)).isEqualTo(1);
    assertThat(rows(msgId)).isEqualTo(1);
  }

  @Test
  void whenTheDatabaseRefusesTheCallbackAnswers5xxAndTheHandlerIsNotCalled() throws Exception {
    String msgId = newMsgId();
    jdbc.execute("RENAME TABLE inbound_messages TO inbound_messages_away");
    try {
      deliver(textMessage(msgId, "36.5")).andExpect(status().isServiceUnavailable());
    } finally {
      jdbc.execute("RENAME TABLE inbound_messages_away TO inbound_messages");
    }

    assertThat(handler.callsFor(msgId)).isZero();
    assertThat(rows(msgId)).isZero();
  }

  @Test
  void aFailingHandlerIsAcknowledgedAnywayAndTheWorkerRetriesIt() throws Exception {
    String msgId = newMsgId();
    handler.failOnce.add(msgId);

    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());

    awaitStatus(msgId, "handled");
    assertThat(handler.callsFor(msgId)).isEqualTo(2);
    assertThat(row(msgId)).containsEntry("attempts", 2);
    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());
    assertThat(handler.callsFor(msgId)).isEqualTo(2);
  }

  @Test
  void aPictureGetsThePoliteTextReplyThroughTheSessionWebhookAndNeverReachesTheHandler()
      throws Exception {
    try (MockWebServer session = new MockWebServer()) {
      session.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));
      String msgId = newMsgId();
      String webhook = session.url("/robot/sendBySession?session=abc").toString();

      deliver(pictureMessage(msgId, webhook, System.currentTimeMillis() + 3_600_000L))
          .andExpect(status().isOk());

      awaitStatus(msgId, "handled");
      RecordedRequest posted = session.takeRequest();
      assertThat(posted.getPath()).isEqualTo("/robot/sendBySession?session=abc");
      assertThat(posted.getBody().readUtf8()).isEqualTo(PICTURE_REPLY);
      assertThat(handler.callsFor(msgId)).isZero();
      assertThat(row(msgId))
          .containsEntry("status", "handled")
          .containsEntry("msg_type", "picture");
    }
  }

  @Test
  void aPictureWithAnExpiredWebhookIsAnsweredByADirectMessage() throws Exception {
    try (MockWebServer session = new MockWebServer()) {
      String msgId = newMsgId();
      String webhook = session.url("/robot/sendBySession?session=old").toString();

      deliver(pictureMessage(msgId, webhook, System.currentTimeMillis() - 1_000L))
          .andExpect(status().isOk());

      awaitStatus(msgId, "handled");
      assertThat(session.getRequestCount()).isZero();
      assertThat(directSender.sent).contains("u_parent:收到图片啦～目前只能识别文字，请直接输入体温，如 36.5");
      assertThat(handler.callsFor(msgId)).isZero();
    }
  }

  @Test
  void aPoliteReplyRefusedEveryTimeIsRetriedBoundedlyThenLeftFailed() throws Exception {
    try (MockWebServer session = new MockWebServer()) {
      for (int i = 0; i < 5; i++) {
        session.enqueue(
            new MockResponse().setBody("{\"errcode\":130101,\"errmsg\":\"send too fast\"}"));
      }
      String msgId = newMsgId();

      deliver(
              pictureMessage(
                  msgId, session.url("/s").toString(), System.currentTimeMillis() + 60_000L))
          .andExpect(status().isOk());

      awaitStatus(msgId, "failed");
      assertThat(row(msgId)).containsEntry("attempts", 5);
      assertThat(session.getRequestCount()).isEqualTo(5);
    }
  }

  @Test
  void theCallbackIsAnsweredWhileTheHandlerIsStillBusy() throws Exception {
    String msgId = newMsgId();
    handler.hold.add(msgId);

    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(20)).until(() -> handler.callsFor(msgId) == 1);
    String whileBusy = row(msgId).get("status").toString();
    handler.release.countDown();

    assertThat(whileBusy).isEqualTo("processing");
    awaitStatus(msgId, "handled");
  }

  /**
   * The table is locked by another session (a database that hangs): without the store's own
   * timeouts the insert would wait for the lock (a metadata lock waits a year); the callback
   * answers 503 instead.
   */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void whenTheDatabaseHangsTheCallbackAnswers503InsteadOfWaiting() throws Exception {
    String msgId = newMsgId();
    try (java.sql.Connection locker = dataSource.getConnection();
        java.sql.Statement sql = locker.createStatement()) {
      sql.execute("LOCK TABLES inbound_messages WRITE");
      try {
        deliver(textMessage(msgId, "36.5")).andExpect(status().isServiceUnavailable());
      } finally {
        sql.execute("UNLOCK TABLES");
      }
    }
    // The client gave up, but the server may still run the queued insert once the lock is gone;
    // either way
    // DingTalk delivers again after the 503, and the redelivery is stored once, never twice.
    assertThat(rows(msgId)).isLessThanOrEqualTo(1);
    deliver(textMessage(msgId, "36.5")).andExpect(status().isOk());
    assertThat(rows(msgId)).isEqualTo(1);
  }

  @Test
  void fieldsLongerThanTheirColumnsOrAReplyUrlThatIsNoUrlAre400AndStoreNothing() throws Exception {
    int before = count();
    String id = newMsgId();

    deliver(textMessage("m".repeat(192), "36.5")).andExpect(status().isBadRequest());
    deliver(textMessage(id, "36.5").replace("u_parent", "u".repeat(65)))
        .andExpect(status().isBadRequest());
    deliver(textMessage(id, "36.5").replace("cidP1", "c".repeat(129)))
        .andExpect(status().isBadRequest());
    deliver(pictureMessage(id, "not a url", System.currentTimeMillis() + 60_000L))
        .andExpect(status().isBadRequest());
    deliver(pictureMessage(id, "ftp://example.com/x", System.currentTimeMillis() + 60_000L))
        .andExpect(status().isBadRequest());

    assertThat(count()).isEqualTo(before);
    assertThat(rows(id)).isZero();
  }

  @Test
  void anUnknownMessageTypeIsAcknowledgedButNotStored() throws Exception {
    String msgId = newMsgId();

    deliver(textMessage(msgId, "x").replace("\"msgtype\":\"text\"", "\"msgtype\":\"hologram\""))
        .andExpect(status().isOk());

    assertThat(rows(msgId)).isZero();
  }

  @Test
  void aBodyLargerThanTheCapIs413AndStoresNothing() throws Exception {
    String msgId = newMsgId();

    deliver(textMessage(msgId, "啊".repeat(70_000))).andExpect(status().isPayloadTooLarge());

    assertThat(rows(msgId)).isZero();
  }

  @Test
  void aTextLongerThanTheCapIsStoredAnsweredTooLongAndNeverParsed() throws Exception {
    try (MockWebServer session = new MockWebServer()) {
      session.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));
      String msgId = newMsgId();
      String body =
          textMessage(msgId, "啊".repeat(2_001))
              .replace(
                  "\"createAt\"",
                  "\"sessionWebhook\":\""
                      + session.url("/s")
                      + "\",\"sessionWebhookExpiredTime\":"
                      + (System.currentTimeMillis() + 60_000L)
                      + ",\"createAt\"");

      deliver(body).andExpect(status().isOk());

      awaitStatus(msgId, "handled");
      assertThat(session.takeRequest().getBody().readUtf8()).contains("消息太长");
      assertThat(handler.callsFor(msgId)).isZero();
    }
  }

  @Test
  void aSignedButUnreadableBodyIs400AndStoresNothing() throws Exception {
    int before = count();

    deliver("{\"msgtype\":\"text\"}").andExpect(status().isBadRequest());
    deliver("not json").andExpect(status().isBadRequest());

    assertThat(count()).isEqualTo(before);
  }

  private void awaitStatus(String msgId, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                status.equals(
                    jdbc.query(
                        "SELECT status FROM inbound_messages WHERE msg_id = ?",
                        rs -> rs.next() ? rs.getString(1) : null,
                        msgId)));
  }

  private ResultActions deliver(String body) throws Exception {
    long now = System.currentTimeMillis();
    return mvc.perform(signedPost(body, String.valueOf(now), sign(now)));
  }

  private static MockHttpServletRequestBuilder signedPost(
      String body, String timestamp, String sign) {
    MockHttpServletRequestBuilder request =
        post("/dingtalk/robot/callback")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.getBytes(StandardCharsets.UTF_8));
    if (timestamp != null) {
      request.header("timestamp", timestamp);
    }
    if (sign != null) {
      request.header("sign", sign);
    }
    return request;
  }

  private static String sign(long timestamp) {
    return CallbackSignature.sign(String.valueOf(timestamp), SECRET);
  }

  static String newMsgId() {
    return "msg" + UUID.randomUUID();
  }

  static String textMessage(String msgId, String text) {
    return """
        {"msgId":"%s","msgtype":"text","text":{"content":" %s"},"conversationType":"1","conversationId":"cidP1",
         "senderStaffId":"u_parent","senderNick":"王妈妈","createAt":%d}
        """
        .formatted(msgId, text, System.currentTimeMillis());
  }

  private static String pictureMessage(String msgId, String webhook, long expiresAt) {
    return """
        {"msgId":"%s","msgtype":"picture","content":{"downloadCode":"dc1"},"conversationType":"1",
         "conversationId":"cidP1","senderStaffId":"u_parent","senderNick":"王妈妈","createAt":%d,
         "sessionWebhook":"%s","sessionWebhookExpiredTime":%d}
        """
        .formatted(msgId, System.currentTimeMillis(), webhook, expiresAt);
  }

  private Map<String, Object> row(String msgId) {
    return jdbc.queryForMap(
        "SELECT channel, status, sender_user_id, conversation_type, msg_type, attempts, handled_at,"
            + " payload_json FROM inbound_messages WHERE msg_id = ?",
        msgId);
  }

  private int rows(String msgId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM inbound_messages WHERE msg_id = ?", Integer.class, msgId);
  }

  private int count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM inbound_messages", Integer.class);
  }
}
