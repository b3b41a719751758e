package com.chenbao.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.RosterImporter;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.TestClock;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The guardian's web form in a real headless browser: Debian's chromium driven by Selenium through
 * the system chromedriver (never downloaded). The test opens the guardian's signed link against the
 * running service, fills the form as a parent would on a phone-sized screen, and checks the page's
 * confirmation and the stored answer (the right child, once); then a changed and an expired link.
 * Without the browser it fails, it does not skip: install {@code chromium chromium-driver} (.ci/run
 * does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormBrowserTests {

  static final LocalDate DAY = LocalDate.of(2026, 12, 4); // a Friday, a school day
  static final String CHROMIUM =
      System.getProperty(
          "chenbao.test.chromium",
          System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final String CHROMEDRIVER =
      System.getProperty(
          "chenbao.test.chromedriver",
          System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    TestClock movableClock() {
      return new TestClock(DAY.atTime(6, 0).atZone(TestClock.SHANGHAI).toInstant());
    }
  }

  static WebDriver browser;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired RoundSteps steps;
  @Autowired RosterImporter importer;
  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    assertThat(new File(CHROMIUM))
        .as("chromium is missing (%s): apt-get install -y chromium chromium-driver", CHROMIUM)
        .canRead();
    assertThat(new File(CHROMEDRIVER).canExecute())
        .as(
            "chromedriver is missing (%s): apt-get install -y chromium chromium-driver",
            CHROMEDRIVER)
        .isTrue();
    // The system driver, explicitly: Selenium Manager is never asked to find or download one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    Path profile =
        Path.of("target", "browser-profile-" + ProcessHandle.current().pid()).toAbsolutePath();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM)
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--user-data-dir=" + profile,
                "--window-size=390,844");
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(390, 844)); // a phone
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aGuardianAnswersForBothChildrenOnTheirPhone() {
    FallbackSchool school = new FallbackSchool("fbweb", http, jdbc);
    school.setUp(importer);
    clock.setShanghai(DAY.atTime(6, 30));
    steps.run(school.code, "morning-report", DAY, RoundStep.PUSH);
    String link = linkOf(school, "1班", "钱多");
    assertThat(link).startsWith("http://127.0.0.1:" + port + "/f/");

    browser.get(link);
    WebElement first = card(school.studentId("钱小二"));
    WebElement second = card(school.studentId("钱小四"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("家庭每日晨报");
    assertThat(browser.findElements(By.cssSelector("section.card"))).hasSize(2);
    assertThat(browser.getPageSource()).doesNotContain("孙小三", "赵小一");
    assertThat(first.findElement(By.tagName("h2")).getText()).contains("钱小二", "1班");

    // 钱小二: one tap on 全部正常, no temperature typed: stored as the attestation, no number.
    first.findElement(By.cssSelector("[data-action=all-normal]")).click();
    assertThat(stored(first)).contains("全部正常");

    // 钱小四: a temperature out of range is refused on the page; then a cough with 37.6.
    second.findElement(By.cssSelector("input[type=number]")).sendKeys("46");
    second.findElement(By.cssSelector("[data-action=submit]")).click();
    WebElement error = second.findElement(By.cssSelector("[data-role=error]"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !error.getText().isBlank());
    assertThat(error.getText()).contains("35.0", "42.0");
    assertThat(school.answers())
        .singleElement()
        .satisfies(a -> assertThat(a).containsEntry("student", "钱小二"));
    WebElement temperature = second.findElement(By.cssSelector("input[type=number]"));
    temperature.clear();
    temperature.sendKeys("37.6");
    second.findElement(By.cssSelector("input[type=checkbox][value=dry_cough]")).click();
    second.findElement(By.cssSelector("input[type=radio][value=green]")).click();
    second.findElement(By.cssSelector("[data-action=submit]")).click();
    assertThat(stored(second)).contains("37.6", "干咳", "绿码");

    long qian = school.guardianId("13900000002");
    List<Map<String, Object>> answers = school.answers();
    assertThat(answers)
        .satisfiesExactly(
            a ->
                assertThat(a)
                    .containsEntry("student", "钱小二")
                    .containsEntry("temperature", null)
                    .containsEntry("all_normal", true)
                    .containsEntry("answered_by_id", qian)
                    .containsEntry("revision", 1),
            a ->
                assertThat(a)
                    .containsEntry("student", "钱小四")
                    .containsEntry("temperature", new BigDecimal("37.6"))
                    .containsEntry("symptoms", "dry_cough")
                    .containsEntry("health_code", "green")
                    .containsEntry("given_questions", "health_code,symptoms,temperature")
                    .containsEntry("revision", 1));
    int revisions = school.revisions();

    // Opened again: both children show what is stored; there is nothing left to submit.
    browser.navigate().refresh();
    assertThat(stored(card(school.studentId("钱小二")))).contains("全部正常");
    assertThat(stored(card(school.studentId("钱小四")))).contains("37.6");
    assertThat(browser.findElements(By.cssSelector("button"))).isEmpty();
    assertThat(school.revisions()).isEqualTo(revisions);

    // A changed link and, after the cut-off, the genuine one: a clear Chinese page and no form.
    browser.get(link.substring(0, link.length() - 4) + (link.endsWith("abcd") ? "dcba" : "abcd"));
    assertThat(browser.findElement(By.id("page-error")).getText()).contains("链接无效");
    assertThat(browser.findElements(By.cssSelector("section.card"))).isEmpty();
    clock.setShanghai(DAY.atTime(8, 0));
    browser.get(link);
    assertThat(browser.findElement(By.id("page-error")).getText()).contains("已经过期", "8:00");
    assertThat(browser.findElements(By.cssSelector("section.card"))).isEmpty();
    assertThat(school.revisions()).isEqualTo(revisions);
  }

  private WebElement card(long studentId) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.card[data-student='" + studentId + "']")));
  }

  private String stored(WebElement card) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d ->
                card.findElements(By.cssSelector("[data-role=stored]")).stream()
                    .findFirst()
                    .orElse(null))
        .getText();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private String linkOf(FallbackSchool school, String className, String guardian) {
    ResponseEntity<List> links =
        http.exchange(
            "/api/schools/"
                + school.code
                + "/forms/morning-report/rounds/"
                + DAY
                + "/classes/"
                + school.classId(className)
                + "/links",
            HttpMethod.GET,
            new HttpEntity<>(FallbackSchool.admin()),
            List.class);
    assertThat(links.getStatusCode().value()).isEqualTo(200);
    List<Map<String, Object>> rows = links.getBody();
    return rows.stream()
        .filter(row -> guardian.equals(row.get("guardian")))
        .map(row -> String.valueOf(row.get("link")))
        .findFirst()
        .orElseThrow();
  }
}
