package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageSplitterTests {

  static int msgParamBytes(OutboundMessage message) {
    return RobotTemplates.of(message).msgParamBytes();
  }

  @Test
  void aMessageThatFitsIsLeftAlone() {
    Markdown small = new Markdown("标题", "一行");
    assertThat(MessageSplitter.split(small, 15_000, MessageSplitterTests::msgParamBytes))
        .containsExactly(small);
  }

  @Test
  void splitsAtLineBoundariesWithinTheLimitAndNumbersTheTitles() {
    String text =
        IntStream.range(0, 600)
            .mapToObj(i -> "- 三年级" + i + "班：应到 45 人，实到 44 人，缺勤 1 人（病假）")
            .collect(Collectors.joining("\n"));
    assertThat(msgParamBytes(new Markdown("今日汇总", text))).isGreaterThan(30_000);

    List<OutboundMessage> parts =
        MessageSplitter.split(
            new Markdown("今日汇总", text), 15_000, MessageSplitterTests::msgParamBytes);

    assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
    assertThat(parts).allSatisfy(p -> assertThat(msgParamBytes(p)).isLessThanOrEqualTo(15_000));
    assertThat(((Markdown) parts.get(0)).title()).isEqualTo("今日汇总 (1/" + parts.size() + ")");
    assertThat(((Markdown) parts.get(parts.size() - 1)).title())
        .isEqualTo("今日汇总 (" + parts.size() + "/" + parts.size() + ")");
    assertThat(parts.stream().map(p -> ((Markdown) p).text()).collect(Collectors.joining("\n")))
        .isEqualTo(text);
    assertThat(parts).allSatisfy(p -> assertThat(((Markdown) p).text()).doesNotStartWith("\n"));
  }

  @Test
  void aSingleHugeLineIsCutBetweenCharactersNeverInsideOne() {
    String line = "晨报😀".repeat(4_000); // 3-byte CJK and a 4-byte emoji (a surrogate pair in Java)

    List<OutboundMessage> parts =
        MessageSplitter.split(
            new OutboundMessage.Text(line), 15_000, MessageSplitterTests::msgParamBytes);

    assertThat(parts).hasSizeGreaterThan(1);
    StringBuilder joined = new StringBuilder();
    for (OutboundMessage part : parts) {
      String content = ((OutboundMessage.Text) part).content();
      assertThat(msgParamBytes(part)).isLessThanOrEqualTo(15_000);
      assertThat(Character.isLowSurrogate(content.charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(content.charAt(content.length() - 1))).isFalse();
      byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
      assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(content);
      joined.append(content);
    }
    assertThat(joined.toString()).isEqualTo(line);
  }

  @Test
  void anActionCardThatIsTooLargeIsRefused() {
    OutboundMessage card =
        new OutboundMessage.ActionCard(
            "t",
            "x".repeat(16_000),
            List.of(new OutboundMessage.LinkButton("b", "https://example.org")));
    assertThatThrownBy(
            () -> MessageSplitter.split(card, 15_000, MessageSplitterTests::msgParamBytes))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
