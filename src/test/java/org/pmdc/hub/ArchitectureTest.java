package org.pmdc.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

  @Test
  void theCanonicalModelKnowsNoFormatOrChannel() {
    noClasses().that().resideInAPackage("org.pmdc.hub.canonical..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.pmdc.hub.intake..", "org.pmdc.hub.translation..", "org.pmdc.hub.delivery..")
        .check(HUB);
  }
}
