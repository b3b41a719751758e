package com.chenbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The package layout is the product map: verified on every build, not hoped for. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(ChenbaoApplication.class);

  @Test
  void modulesDependOnEachOtherOnlyThroughTheirApis() {
    modules.verify();
  }

  @Test
  void onlyTheDingTalkAdapterTouchesDingTalkAndHttpLibraries() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.chenbao.dingtalk..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.dingtalk..", "com.aliyun..", "okhttp3..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.chenbao"));
  }

  /**
   * The README's "Code layout" table is the module map people read: it names exactly the modules
   * there are.
   */
  @Test
  void theReadmeListsExactlyTheModules() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Code layout");
    assertThat(start).as("README section 'Code layout'").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String layout = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> documented =
        Pattern.compile("(?m)^\\| `([a-z]+)` \\|")
            .matcher(layout)
            .results()
            .map(m -> m.group(1))
            .toList();

    assertThat(documented).containsExactlyInAnyOrderElementsOf(moduleNames());
  }

  /** The PlantUML diagrams in target/spring-modulith-docs, each module in the overview. */
  @Test
  void writesModuleDocumentation() throws IOException {
    Path output = Path.of("target", "spring-modulith-docs");
    new Documenter(modules, output.toString())
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();

    Path overview = output.resolve("components.puml");
    String diagram = Files.readString(overview, StandardCharsets.UTF_8);
    for (ApplicationModule module : modules) {
      assertThat(diagram)
          .as("module %s in %s", module.getName(), overview)
          .contains(module.getDisplayName());
      assertThat(output.resolve("module-" + module.getName() + ".puml")).exists();
    }
  }

  private List<String> moduleNames() {
    return modules.stream().map(ApplicationModule::getName).toList();
  }
}
