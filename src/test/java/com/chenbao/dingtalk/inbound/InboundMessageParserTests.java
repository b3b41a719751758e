package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundChatMessage.ConversationType;
import com.chenbao.messaging.InboundChatMessage.MsgType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InboundMessageParserTests {

  private static final Instant NOW = Instant.parse("2026-03-02T22:40:00Z");
  private final InboundMessageParser parser =
      new InboundMessageParser(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void readsAOneToOneTextMessage() {
    String json =
        """
        {"msgId":"msgA","msgtype":"text","text":{"content":"  36.5 \\n"},"conversationType":"1",
         "conversationId":"cidP1","senderStaffId":"u_parent","senderNick":"王妈妈","createAt":1772491200000,
         "sessionWebhook":"https://oapi.dingtalk.com/robot/sendBySession?session=s1","sessionWebhookExpiredTime":1772496600000}
        """;

    InboundChatMessage m = parser.parse(json);

    assertThat(m.msgId()).isEqualTo("msgA");
    assertThat(m.msgType()).isEqualTo(MsgType.TEXT);
    assertThat(m.text()).isEqualTo("36.5");
    assertThat(m.senderUserId()).isEqualTo("u_parent");
    assertThat(m.senderNick()).isEqualTo("王妈妈");
    assertThat(m.conversationType()).isEqualTo(ConversationType.ONE_TO_ONE);
    assertThat(m.conversationId()).isEqualTo("cidP1");
    assertThat(m.createdAt()).isEqualTo(Instant.ofEpochMilli(1772491200000L));
    assertThat(m.sessionWebhook()).endsWith("session=s1");
    assertThat(m.sessionWebhookExpiresAt()).isEqualTo(Instant.ofEpochMilli(1772496600000L));
    assertThat(m.rawJson()).isEqualTo(json);
  }

  @Test
  void groupMessageTextLosesTheLeadingSpaceOfTheMention() {
    InboundChatMessage m =
        parser.parse(
            """
        {"msgId":"g1","msgtype":"text","text":{"content":" 今日汇总"},"conversationType":"2","conversationId":"cidG"}
        """);

    assertThat(m.conversationType()).isEqualTo(ConversationType.GROUP);
    assertThat(m.text()).isEqualTo("今日汇总");
    assertThat(m.senderUserId()).isNull();
    assertThat(m.createdAt()).as("no createAt: now").isEqualTo(NOW);
    assertThat(m.sessionWebhook()).isNull();
    assertThat(m.sessionWebhookExpiresAt()).isNull();
  }

  @Test
  void voiceCarriesItsTranscriptionAsText() {
    assertThat(
            parser
                .parse(
                    """
        {"msgId":"a1","msgtype":"audio","content":{"recognition":" 三十六度五 ","duration":3000}}
        """)
                .text())
        .isEqualTo("三十六度五");
    InboundChatMessage silent =
        parser.parse(
            """
        {"msgId":"a2","msgtype":"audio","content":{"downloadCode":"d","duration":3000}}
        """);
    assertThat(silent.msgType()).isEqualTo(MsgType.AUDIO);
    assertThat(silent.hasText()).isFalse();
  }

  @Test
  void richTextJoinsItsTextParts() {
    InboundChatMessage m =
        parser.parse(
            """
        {"msgId":"r1","msgtype":"richText","content":{"richText":[{"text":"大宝36.6 "},{"pictureDownloadCode":"p"},{"text":"小宝36.8"}]}}
        """);
    assertThat(m.msgType()).isEqualTo(MsgType.RICH_TEXT);
    assertThat(m.text()).isEqualTo("大宝36.6 小宝36.8");
  }

  @Test
  void picturesFilesVideosAndNewTypesCarryNoText() {
    assertThat(
            parser
                .parse(
                    "{\"msgId\":\"p\",\"msgtype\":\"picture\",\"content\":{\"downloadCode\":\"x\"}}")
                .msgType())
        .isEqualTo(MsgType.PICTURE);
    assertThat(parser.parse("{\"msgId\":\"f\",\"msgtype\":\"file\"}").msgType())
        .isEqualTo(MsgType.FILE);
    assertThat(parser.parse("{\"msgId\":\"v\",\"msgtype\":\"video\"}").msgType())
        .isEqualTo(MsgType.VIDEO);
    InboundChatMessage unknown = parser.parse("{\"msgId\":\"u\",\"msgtype\":\"unknownMsgType\"}");
    assertThat(unknown.msgType()).isEqualTo(MsgType.UNKNOWN);
    assertThat(unknown.hasText()).isFalse();
  }

  @Test
  void refusesPayloadsWithoutMsgIdOrNotJsonWithoutQuotingThem() {
    assertThatThrownBy(() -> parser.parse("{\"msgtype\":\"text\"}"))
        .isInstanceOf(MalformedInboundMessageException.class);
    assertThatThrownBy(() -> parser.parse("体温 36.5"))
        .isInstanceOf(MalformedInboundMessageException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("36.5"));
    assertThatThrownBy(() -> parser.parse("")).isInstanceOf(MalformedInboundMessageException.class);
  }
}
