package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.testkit.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamConnectionTests {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T22:30:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeClients clients = new FakeClients();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final StreamProperties properties =
      new StreamProperties(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(15));

  private StreamConnection connection(boolean enabled) {
    return new StreamConnection(enabled, clients, scheduler, properties, clock, meters);
  }

  @Test
  void startsOneClientOnStartAndNothingBefore() {
    StreamConnection connection = connection(true);
    assertThat(clients.created).isEmpty();

    connection.start();

    assertThat(clients.created).hasSize(1);
    assertThat(clients.created.get(0).started).isTrue();
    assertThat(connection.isRunning()).isTrue();
  }

  @Test
  void staysIdleInSandboxMode() {
    StreamConnection connection = connection(false);
    connection.start();
    scheduler.advance(Duration.ofMinutes(5));

    assertThat(clients.created).isEmpty();
    assertThat(connection.isRunning()).isFalse();
  }

  @Test
  void silenceForTheTimeoutOpensANewClientBeforeStoppingTheOld() {
    connection(true).start();

    scheduler.advance(Duration.ofSeconds(59));
    assertThat(clients.created).hasSize(1);

    scheduler.advance(Duration.ofSeconds(1));
    assertThat(clients.created).hasSize(2);
    FakeClient old = clients.created.get(0);
    assertThat(clients.created.get(1).started).isTrue();
    assertThat(old.stopped).as("old client kept during the overlap").isFalse();

    scheduler.advance(Duration.ofSeconds(15));
    assertThat(old.stopped).isTrue();
    assertThat(reconnects("silence")).isEqualTo(1.0);
  }

  @Test
  void keepalivePingsKeepTheConnection() {
    connection(true).start();

    for (int i = 0; i < 10; i++) {
      scheduler.advance(Duration.ofSeconds(30));
      clients.latest().frames.onSystemFrame("ping");
    }

    assertThat(clients.created).hasSize(1);
    assertThat(frames("system", "ping")).isEqualTo(10.0);
  }

  @Test
  void robotMessagesCountAsFramesToo() {
    connection(true).start();
    scheduler.advance(Duration.ofSeconds(50));
    clients.latest().frames.onCallbackFrame();
    scheduler.advance(Duration.ofSeconds(50));

    assertThat(clients.created).hasSize(1);
    assertThat(frames("callback", "bot-message")).isEqualTo(1.0);
  }

  @Test
  void disconnectFrameRotatesAtOnceAndALateDisconnectFromTheOldClientDoesNot() {
    connection(true).start();
    FakeClient old = clients.latest();

    old.frames.onSystemFrame("disconnect");

    assertThat(clients.created).hasSize(2);
    assertThat(old.stopped).isFalse();
    old.frames.onSystemFrame("disconnect");
    assertThat(clients.created).hasSize(2);

    scheduler.advance(Duration.ofSeconds(15));
    assertThat(old.stopped).isTrue();
    assertThat(clients.latest().stopped).isFalse();
    assertThat(reconnects("disconnect")).isEqualTo(1.0);
    assertThat(frames("system", "disconnect")).isEqualTo(2.0);
  }

  @Test
  void theNewClientGetsAFullSilencePeriodAfterARotation() {
    connection(true).start();
    scheduler.advance(Duration.ofSeconds(60));
    assertThat(clients.created).hasSize(2);

    scheduler.advance(Duration.ofSeconds(59));
    assertThat(clients.created).hasSize(2);
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(clients.created).hasSize(3);
  }

  @Test
  void withoutSystemFramesTheWatchdogNeverRotates() {
    clients.seesSystemFrames = false;
    connection(true).start();

    scheduler.advance(Duration.ofMinutes(10));

    assertThat(clients.created).hasSize(1);
  }

  @Test
  void stopStopsTheCurrentAndTheRetiringClients() {
    StreamConnection connection = connection(true);
    connection.start();
    clients.latest().frames.onSystemFrame("disconnect");

    connection.stop();

    assertThat(clients.created).allSatisfy(c -> assertThat(c.stopped).isTrue());
    assertThat(scheduler.shutDown).isTrue();
    assertThat(connection.isRunning()).isFalse();
  }

  private double reconnects(String reason) {
    return meters.counter("chenbao.dingtalk.stream.reconnects", "reason", reason).count();
  }

  private double frames(String type, String topic) {
    return meters.counter("chenbao.dingtalk.stream.frames", "type", type, "topic", topic).count();
  }

  static final class FakeClients implements StreamClientFactory {
    final List<FakeClient> created = new ArrayList<>();
    boolean seesSystemFrames = true;

    @Override
    public StreamClient create(StreamFrameListener frames) {
      FakeClient client = new FakeClient(frames, seesSystemFrames);
      created.add(client);
      return client;
    }

    FakeClient latest() {
      return created.get(created.size() - 1);
    }
  }

  static final class FakeClient implements StreamClient {
    final StreamFrameListener frames;
    final boolean systemFrames;
    boolean started;
    boolean stopped;

    FakeClient(StreamFrameListener frames, boolean systemFrames) {
      this.frames = frames;
      this.systemFrames = systemFrames;
    }

    @Override
    public void start() {
      started = true;
    }

    @Override
    public void stop() {
      stopped = true;
    }

    @Override
    public boolean seesSystemFrames() {
      return systemFrames;
    }
  }
}
