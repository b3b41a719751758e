package com.chenbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
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
        .check(new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.chenbao"));
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
