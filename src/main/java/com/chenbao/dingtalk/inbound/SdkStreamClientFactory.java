package com.chenbao.dingtalk.inbound;

import com.chenbao.dingtalk.DingTalkProperties;
import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Builds real app-stream-client instances subscribed to the robot message topic. Untested against a
 * fake gateway on purpose: the SDK's open-connection host is not configurable and its websocket leg
 * accepts only TLS (docs/dingtalk-api.md 4b), so the logic lives in {@link StreamConnection} and
 * {@link BotMessageListener}, which are tested directly.
 */
final class SdkStreamClientFactory implements StreamClientFactory {

  private final DingTalkProperties properties;
  private final InboundPipeline pipeline;
  private final MeterRegistry meters;

  SdkStreamClientFactory(
      DingTalkProperties properties, InboundPipeline pipeline, MeterRegistry meters) {
    this.properties = properties;
    this.pipeline = pipeline;
    this.meters = meters;
  }

  @Override
  public StreamClient create(StreamFrameListener frames) {
    OpenDingTalkStreamClientBuilder builder =
        OpenDingTalkStreamClientBuilder.custom()
            .credential(new AuthClientCredential(properties.appKey(), properties.appSecret()))
            .registerCallbackListener(
                DingTalkStreamTopics.BOT_MESSAGE_TOPIC,
                new BotMessageListener(pipeline, frames, meters));
    boolean tapped = SystemFrameTap.install(builder, new SystemFrameTap(frames::onSystemFrame));
    return new SdkStreamClient(builder.build(), tapped);
  }

  private record SdkStreamClient(OpenDingTalkClient client, boolean seesSystemFrames)
      implements StreamClient {

    @Override
    public void start() throws Exception {
      client.start();
    }

    @Override
    public void stop() throws Exception {
      client.stop();
    }
  }
}
