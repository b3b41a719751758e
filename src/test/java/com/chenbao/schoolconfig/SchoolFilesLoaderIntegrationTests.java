package com.chenbao.schoolconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.ChenbaoApplication;
import com.chenbao.roster.SchoolDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SchoolFilesLoaderIntegrationTests {

  @Autowired SchoolFileParser parser;
  @Autowired SchoolConfigApplier applier;
  @Autowired SchoolDirectory directory;

  @TempDir Path dir;

  private SchoolFilesLoader loader(boolean demo) {
    return new SchoolFilesLoader(
        parser,
        applier,
        new SchoolFilesProperties(dir, org.springframework.util.unit.DataSize.ofMegabytes(1)),
        new DemoProperties(demo));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void everyFileInTheFolderIsAppliedAndOthersAreIgnored() throws IOException {
    write("a.yml", SchoolFiles.small("t-load-a"));
    write("b.yaml", SchoolFiles.small("t-load-b"));
    write("notes.txt", "not a school");

    loader(false).run(null);

    assertThat(directory.findSchool("t-load-a")).isPresent();
    assertThat(directory.findSchool("t-load-b")).isPresent();
  }

  @Test
  void oneInvalidFileStopsAllWithEveryProblemNamingTheFile() throws IOException {
    write("good.yml", SchoolFiles.small("t-load-good"));
    write("broken.yml", SchoolFiles.small("t-load-broken").replace("role: 组长", "role: boss"));
    write(
        "also-broken.yaml",
        "code: t-load-x\nname: x\nschedule: {morning-report: {push: \"25:00\"}}\n");

    assertThatThrownBy(() -> loader(true).run(null))
        .isInstanceOf(InvalidSchoolConfigException.class)
        .hasMessageContaining("2 problem(s)")
        .hasMessageContaining(
            dir.resolve("broken.yml") + ": groups[领导小组].members[0].role: unknown role 'boss'")
        .hasMessageContaining(
            dir.resolve("also-broken.yaml")
                + ": schedule.morning-report.push: '25:00' is not a time");
    assertThat(directory.findSchool("t-load-good"))
        .as("nothing is applied when any file is invalid")
        .isEmpty();
  }

  @Test
  void twoFilesForOneSchoolAreAnError() throws IOException {
    write("one.yml", SchoolFiles.small("t-load-twice"));
    write("two.yml", SchoolFiles.small("t-load-twice"));

    assertThatThrownBy(() -> loader(false).run(null))
        .hasMessageContaining(
            "two.yml: code: school 't-load-twice' is also defined in " + dir.resolve("one.yml"));
  }

  @Test
  void aFileForTheDemoSchoolReplacesTheBuiltInOne() throws IOException {
    write("zhengyuan.yml", SchoolFiles.small("zhengyuan"));

    assertThat(loader(true).validateAll())
        .singleElement()
        .satisfies(
            file -> assertThat(file.source()).isEqualTo(dir.resolve("zhengyuan.yml").toString()));
    assertThat(
            new SchoolFilesLoader(
                    parser,
                    applier,
                    new SchoolFilesProperties(
                        dir.resolve("missing"),
                        org.springframework.util.unit.DataSize.ofMegabytes(1)),
                    new DemoProperties(true))
                .validateAll())
        .singleElement()
        .satisfies(file -> assertThat(file.source()).isEqualTo("classpath:demo/zhengyuan.yml"));
  }

  @Test
  void theServiceRefusesToStartWithAnInvalidSchoolFile() throws IOException {
    write(
        "typo.yml",
        SchoolFiles.small("t-load-start")
            .replace("receives: {tally: school", "recieves: {tally: school"));

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(ChenbaoApplication.class)
                    // Arguments, not builder properties: those are defaults, which application.yml
                    // overrides.
                    .run(
                        "--chenbao.schools.dir=" + dir,
                        "--server.port=0",
                        "--spring.main.banner-mode=off")
                    .close())
        // Boot rethrows a runner's runtime exception as it is, so the operator reads our message.
        .isInstanceOf(InvalidSchoolConfigException.class)
        .hasMessageContaining(
            dir.resolve("typo.yml") + ": groups[领导小组].recieves: unknown key 'recieves'");
  }
}
