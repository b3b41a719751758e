package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.protocol.CommandExecutor;
import com.dingtalk.open.app.stream.protocol.CommandType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemFrameTapTests {

  private final List<String> topics = new ArrayList<>();
  private final SystemFrameTap tap = new SystemFrameTap(topics::add);

  /**
   * Fails when an SDK upgrade moves the private map the tap relies on: then revisit SystemFrameTap.
   */
  @Test
  void installsItselfAsTheSystemExecutorOfTheRealSdkBuilder() throws Exception {
    OpenDingTalkStreamClientBuilder builder = OpenDingTalkStreamClientBuilder.custom();

    assertThat(SystemFrameTap.install(builder, tap)).isTrue();

    Field commands = OpenDingTalkStreamClientBuilder.class.getDeclaredField("commands");
    commands.setAccessible(true);
    assertThat(((Map<?, ?>) commands.get(builder)).get(CommandType.SYSTEM)).isSameAs(tap);
    assertThat(builder.build()).as("the SDK still builds a client around it").isNotNull();
  }

  @Test
  void reportsPingAndStillAnswersItTheSdkWay() {
    FakeStreamContext ping =
        new FakeStreamContext(CommandType.SYSTEM, "ping", "{\"opaque\":\"abc\"}");

    tap.execute(ping);

    assertThat(topics).containsExactly("ping");
    assertThat(ping.replies).hasSize(1);
    assertThat(ping.replies.get(0).toString()).contains("abc");
  }

  @Test
  void reportsDisconnect() {
    tap.execute(
        new FakeStreamContext(CommandType.SYSTEM, "disconnect", "{\"reason\":\"rotation\"}"));

    assertThat(topics).containsExactly("disconnect");
  }

  @Test
  void isACommandExecutor() {
    assertThat(tap).isInstanceOf(CommandExecutor.class);
  }
}
