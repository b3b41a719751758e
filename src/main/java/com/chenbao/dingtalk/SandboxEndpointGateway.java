package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * Sandbox mode ({@code chenbao.sandbox.enabled}): the real adapter, pointed at the DingTalk
 * stand-in that this service serves on its own port. The port is only known once the web server
 * runs (it may be random), so the adapter is built on first use. Nothing else differs from
 * production: same SDK, same HTTP, same limits.
 */
final class SandboxEndpointGateway implements ChatGateway, AutoCloseable {

  /** Where the sandbox serves DingTalk's old-style (oapi) endpoints, such as webhook robots. */
  static final String SANDBOX_OAPI_PATH = "/sandbox/oapi";

  private final Environment environment;
  private final Function<DingTalkProperties, DingTalkChatGateway> factory;
  private final DingTalkProperties properties;
  private @Nullable DingTalkChatGateway delegate;

  SandboxEndpointGateway(
      DingTalkProperties properties,
      Environment environment,
      Function<DingTalkProperties, DingTalkChatGateway> factory) {
    this.properties = properties;
    this.environment = environment;
    this.factory = factory;
  }

  @Override
  public BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message) {
    return delegate().sendToUsers(userIds, message);
  }

  @Override
  public GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message) {
    return delegate().sendToGroup(chat, message);
  }

  private synchronized DingTalkChatGateway delegate() {
    if (delegate == null) {
      String port = environment.getProperty("local.server.port");
      if (port == null) {
        throw new IllegalStateException(
            "Sandbox mode sends to this service's own web server, which is not running");
      }
      String base = "http://127.0.0.1:" + port;
      delegate =
          factory.apply(
              properties.forSandbox(URI.create(base), URI.create(base + SANDBOX_OAPI_PATH)));
    }
    return delegate;
  }

  @Override
  public synchronized void close() {
    if (delegate != null) {
      delegate.close();
    }
  }
}
