package dev.partnerkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the direction of dependencies: rules and client depend on the model only; the model on
 * nothing of ours; rules use no Jackson, no I/O and no clock of their own; the examples and the
 * sandbox use the client's public API, never its internal packages; the fixtures need neither the
 * command nor a store.
 */
class DependencyDirectionTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.partnerkit");
  }

  @Test
  void theModelDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnerkit.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnerkit.rules..",
            "dev.partnerkit.client..",
            "dev.partnerkit.store..",
            "dev.partnerkit.testing..",
            "dev.partnerkit.examples..")
        .check(classes);
  }

  @Test
  void rulesDependOnTheModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnerkit.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnerkit.client..",
            "dev.partnerkit.store..",
            "dev.partnerkit.testing..",
            "dev.partnerkit.examples..")
        .check(classes);
  }

  @Test
  void rulesUseNoJacksonNoIoAndNoClock() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnerkit.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson..",
            "java.io..",
            "java.nio.file..",
            "java.nio.channels..",
            "java.net..")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.time.Clock.class)
        .check(classes);
  }

  @Test
  void theClientDependsOnTheModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnerkit.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnerkit.rules..",
            "dev.partnerkit.store..",
            "dev.partnerkit.testing..",
            "dev.partnerkit.examples..")
        .check(classes);
  }

  @Test
  void theExamplesAndTheSandboxUseTheClientsPublicApiOnly() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.partnerkit.testing..", "dev.partnerkit.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.partnerkit.client.internal..")
        .check(classes);
  }

  @Test
  void theFixturesDependOnNeitherTheCommandNorTheStores() {
    // partnerkit-testing ships without partner-store, the JDBC driver and the command.
    noClasses()
        .that()
        .resideInAPackage("dev.partnerkit.testing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.partnerkit.examples..", "dev.partnerkit.store..", "picocli..")
        .check(classes);
  }

  @Test
  void storesDoNotDependOnTheClientOrTheExamples() {
    noClasses()
        .that()
        .resideInAPackage("dev.partnerkit.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.partnerkit.client..", "dev.partnerkit.testing..", "dev.partnerkit.examples..")
        .check(classes);
  }
}
