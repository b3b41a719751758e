package com.chenbao.dingtalk.inbound;

import com.dingtalk.open.app.stream.network.api.Context;
import com.dingtalk.open.app.stream.protocol.CommandType;
import com.dingtalk.open.app.stream.protocol.ProtocolRequest;
import com.dingtalk.open.app.stream.protocol.ProtocolRequestFacade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One frame as the SDK's dispatcher would hand it to an executor; records the answer. */
final class FakeStreamContext implements Context {

  private final Frame frame;
  final List<Object> replies = new ArrayList<>();
  final List<Throwable> errors = new ArrayList<>();

  FakeStreamContext(CommandType type, String topic, String data) {
    this.frame = new Frame(type, topic, data);
  }

  @Override
  public void replay(Object response) {
    replies.add(response);
  }

  @Override
  public void exception(Throwable error) {
    errors.add(error);
  }

  @Override
  public String connectionId() {
    return "conn-1";
  }

  @Override
  public ProtocolRequestFacade getRequest() {
    return frame;
  }

  private record Frame(CommandType type, String topic, String data)
      implements ProtocolRequestFacade {

    @Override
    public String getMessageId() {
      return "frame-1";
    }

    @Override
    public String getContentType() {
      return "application/json";
    }

    @Override
    public String getTopic() {
      return topic;
    }

    @Override
    public CommandType getType() {
      return type;
    }

    @Override
    public String getData() {
      return data;
    }

    @Override
    public String getHeader(String name) {
      return Map.of("topic", topic, "messageId", "frame-1").get(name);
    }

    @Override
    public ProtocolRequest getRequest() {
      ProtocolRequest request = new ProtocolRequest();
      request.setType(type);
      request.setData(data);
      request.setHeaders(
          Map.of("topic", topic, "messageId", "frame-1", "contentType", "application/json"));
      return request;
    }
  }
}
