package com.chenbao.dingtalk.inbound;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The Stream SDK's callback for the robot message topic. Declared as {@code <String, Object>} so
 * the SDK hands over the frame's data unparsed (its JSON converter returns the raw text for {@code
 * String}); the pipeline then stores exactly what DingTalk sent.
 *
 * <p>Returning acknowledges the frame: once the message is stored (handling follows on the worker),
 * or when the payload can never be stored. When storing fails it throws: the SDK catches it and
 * answers the frame with an error code instead of 200 (CallbackCommandExecutor →
 * Context.exception), which is the only "not acknowledged" the SDK offers. DingTalk does not
 * re-push robot messages, so the product's own chase loop is what finally recovers a lost answer.
 */
final class BotMessageListener implements OpenDingTalkCallbackListener<String, Object> {

  private static final long serialVersionUID = 1L;

  private final transient InboundPipeline pipeline;
  private final transient StreamFrameListener frames;
  private final transient MeterRegistry meters;

  BotMessageListener(InboundPipeline pipeline, StreamFrameListener frames, MeterRegistry meters) {
    this.pipeline = pipeline;
    this.frames = frames;
    this.meters = meters;
  }

  @Override
  public @Nullable Object execute(String payload) {
    frames.onCallbackFrame();
    try {
      pipeline.accept(payload, InboundChannel.STREAM);
    } catch (MalformedInboundMessageException e) {
      // A permanent input error: acknowledged (an error frame would only invite the same frame
      // again).
      meters.counter("chenbao.dingtalk.stream.callbacks", "outcome", "malformed").increment();
      return null;
    } catch (RuntimeException e) {
      meters.counter("chenbao.dingtalk.stream.callbacks", "outcome", "refused").increment();
      // Already logged once by the pipeline (with msgId); this message carries no chat content.
      throw new IllegalStateException(
          "Robot message not accepted: " + e.getClass().getSimpleName());
    }
    meters.counter("chenbao.dingtalk.stream.callbacks", "outcome", "acknowledged").increment();
    return null;
  }
}
