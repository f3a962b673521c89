package org.pmdc.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The capability packages stay untangled as the hub grows. */
@AnalyzeClasses(packages = "org.pmdc.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule capabilitiesAreFreeOfCycles =
      slices().matching("org.pmdc.hub.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theApiPackageDependsOnNoCapability =
      noClasses().that().resideInAPackage("org.pmdc.hub.api..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.pmdc.hub.intake..", "org.pmdc.hub.translation..", "org.pmdc.hub.canonical..",
              "org.pmdc.hub.delivery..", "org.pmdc.hub.admin..", "org.pmdc.hub.observability..");

  @ArchTest
  static final ArchRule theCanonicalModelKnowsNoFormatOrChannel =
      noClasses().that().resideInAPackage("org.pmdc.hub.canonical..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.pmdc.hub.intake..", "org.pmdc.hub.translation..", "org.pmdc.hub.delivery..");
}
