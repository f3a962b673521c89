package org.pmdc.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.Connection;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The capability packages stay untangled as the hub grows. */
class ArchitectureTest {

  private static final JavaClasses HUB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.pmdc.hub");

  @Test
  void capabilitiesAreFreeOfCycles() {
    slices().matching("org.pmdc.hub.(*)..").should().beFreeOfCycles().check(HUB);
  }

  @Test
  void theApiPackageDependsOnNoCapability() {
    noClasses().that().resideInAPackage("org.pmdc.hub.api..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.pmdc.hub.intake..", "org.pmdc.hub.translation..", "org.pmdc.hub.canonical..",
            "org.pmdc.hub.delivery..", "org.pmdc.hub.admin..", "org.pmdc.hub.observability..",
            "org.pmdc.hub.security..")
        .check(HUB);
  }

  /** The console is a client of the capabilities, through the same beans and SQL as the API: none depends on it. */
  @Test
  void noCapabilityDependsOnTheConsole() {
    noClasses().that().resideOutsideOfPackage("org.pmdc.hub.console..")
        .should().dependOnClassesThat().resideInAPackage("org.pmdc.hub.console..")
        .check(HUB);
  }

  @Test
  void theCanonicalModelKnowsNoFormatOrChannel() {
    noClasses().that().resideInAPackage("org.pmdc.hub.canonical..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.pmdc.hub.intake..", "org.pmdc.hub.translation..", "org.pmdc.hub.delivery..")
        .check(HUB);
  }

  /**
   * Beans run statements through {@code database.SqlFiles}, routes through the SQL component: no
   * Java bean writes SQL of its own. The staging COPY is the one statement neither can run.
   */
  @Test
  void beansRunTheStatementsOfSqlFilesOnly() {
    noClasses().that().resideOutsideOfPackage("org.pmdc.hub.database..")
        .and().haveNameNotMatching("org\\.pmdc\\.hub\\.canonical\\.LineStaging(\\$.*)?")
        .should().dependOnClassesThat().haveFullyQualifiedName(Connection.class.getName())
        .orShould().callMethod(JdbcClient.class, "sql", String.class)
        .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
        .orShould().callMethod(ProducerTemplate.class, "requestBody", String.class, Object.class)
        .orShould().callMethod(ProducerTemplate.class, "requestBody", String.class, Object.class, Class.class)
        .check(HUB);
  }
}
