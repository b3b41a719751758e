package com.chenbao.dingtalk.inbound;

import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.protocol.CommandExecutor;
import com.dingtalk.open.app.api.protocol.SystemCommandExecutor;
import com.dingtalk.open.app.stream.network.api.Context;
import com.dingtalk.open.app.stream.protocol.CommandType;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets us see SYSTEM frames, which app-stream-client 1.3.12 keeps to itself: its builder offers no
 * way to register a SYSTEM executor, and its default one only echoes pings and logs disconnects.
 * The builder keeps executors in a private map that the dispatcher later fills with {@code
 * putIfAbsent}, so putting this tap there first (reflection, checked by a test against the jar)
 * makes it the SYSTEM executor. It reports the topic, then delegates to the SDK's own executor so
 * pings are still answered.
 *
 * <p>The SDK itself also reacts to {@code disconnect} (it marks the session "go away" and opens
 * another connection); our rotation on top of it does not rely on that internal behaviour.
 */
final class SystemFrameTap implements CommandExecutor {

  private static final Logger log = LoggerFactory.getLogger(SystemFrameTap.class);

  private final CommandExecutor sdkDefault = new SystemCommandExecutor();
  private final Consumer<String> topics;

  SystemFrameTap(Consumer<String> topics) {
    this.topics = topics;
  }

  @Override
  public void execute(Context context) {
    String topic = context.getRequest().getTopic();
    try {
      sdkDefault.execute(context);
    } finally {
      topics.accept(topic == null ? "" : topic);
    }
  }

  /**
   * Installs the tap as the builder's SYSTEM executor; false (and a warning) if this SDK version
   * does not allow it.
   */
  @SuppressWarnings("unchecked")
  static boolean install(OpenDingTalkStreamClientBuilder builder, SystemFrameTap tap) {
    try {
      Field commands = OpenDingTalkStreamClientBuilder.class.getDeclaredField("commands");
      commands.setAccessible(true);
      ((Map<CommandType, CommandExecutor>) commands.get(builder)).put(CommandType.SYSTEM, tap);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn(
          "Cannot observe DingTalk Stream SYSTEM frames with this SDK version ({})", e.toString());
      return false;
    }
  }
}
