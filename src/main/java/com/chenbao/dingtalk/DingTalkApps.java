package com.chenbao.dingtalk;

import com.chenbao.schoolconfig.SchoolConfigured;
import com.chenbao.schoolconfig.SchoolDingTalkApp;
import com.chenbao.schoolconfig.SchoolDingTalkApps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which DingTalk app sends for a school: its own (the school file's {@code dingtalk} section) or
 * the process-wide one ({@code chenbao.dingtalk.*}). The schools' apps are read from the database
 * and kept for {@link #REFRESH}, so a file applied through another instance takes effect here
 * within that time (at once on this instance). In sandbox mode every school uses the sandbox's
 * pretend app.
 */
public class DingTalkApps {

  static final Duration REFRESH = Duration.ofSeconds(30);

  private final AppCredentials defaultApp;
  private final SchoolDingTalkApps schools;
  private final Clock clock;
  private final boolean sandbox;
  private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

  private record Snapshot(Map<Long, AppCredentials> bySchool, Instant readAt) {}

  DingTalkApps(
      AppCredentials defaultApp, SchoolDingTalkApps schools, Clock clock, boolean sandbox) {
    this.defaultApp = defaultApp;
    this.schools = schools;
    this.clock = clock;
    this.sandbox = sandbox;
  }

  AppCredentials defaultApp() {
    return defaultApp;
  }

  /** The app that sends for the school. */
  AppCredentials forSchool(long schoolId) {
    return sandbox ? defaultApp : current().getOrDefault(schoolId, defaultApp);
  }

  /** The default app first, then each school's own app once. */
  List<AppCredentials> all() {
    LinkedHashSet<AppCredentials> apps = new LinkedHashSet<>();
    apps.add(defaultApp);
    if (!sandbox) {
      apps.addAll(current().values());
    }
    return new ArrayList<>(apps);
  }

  /** Every school's own app (not the process-wide one); none in sandbox mode. */
  public List<AppCredentials> schoolApps() {
    return sandbox ? List.of() : List.copyOf(new LinkedHashSet<>(current().values()));
  }

  /**
   * The app whose robot code (or, failing that, org) an inbound message names; empty if none of
   * ours.
   */
  Optional<AppCredentials> forInbound(@Nullable String robotCode, @Nullable String corpId) {
    List<AppCredentials> apps = all();
    if (robotCode != null && !robotCode.isBlank()) {
      Optional<AppCredentials> byRobot =
          apps.stream().filter(a -> a.robotCode().equals(robotCode)).findFirst();
      if (byRobot.isPresent()) {
        return byRobot;
      }
    }
    if (corpId != null && !corpId.isBlank()) {
      return apps.stream().filter(a -> corpId.equals(a.corpId())).findFirst();
    }
    return Optional.empty();
  }

  /**
   * After the apply's commit (or at once without a transaction), so the next read sees the new
   * file.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void onSchoolConfigured(SchoolConfigured event) {
    snapshot = new Snapshot(Map.of(), Instant.MIN); // read again at the next use
  }

  private Map<Long, AppCredentials> current() {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s.readAt().plus(REFRESH).isAfter(now)) {
      return s.bySchool();
    }
    Map<Long, AppCredentials> bySchool =
        schools.all().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    SchoolDingTalkApp::schoolId, DingTalkApps::credentials));
    snapshot = new Snapshot(bySchool, now);
    return bySchool;
  }

  static AppCredentials credentials(SchoolDingTalkApp app) {
    String robotCode =
        app.robotCode() == null || app.robotCode().isBlank() ? app.appKey() : app.robotCode();
    return new AppCredentials(
        app.appKey(), app.appSecret(), robotCode, app.corpId(), app.agentId());
  }
}
