package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited mapping file is picked up; a broken edit never replaces the working version. */
class MappingReloadTest {

  @TempDir Path dir;

  private static String mapping(int version, String investorColumn) {
    return """
        id: gp-calls
        version: %d
        recordType: capital_call
        source: {type: csv}
        match: {contentTypes: [text/csv]}
        notice: {fundId: fund, noticeReference: ref, noticeDate: date, dueDate: due, currency: ccy}
        allocation: {investorId: %s, investments: inv}
        """.formatted(version, investorColumn);
  }

  @Test
  void editsAreAppliedAndABrokenEditKeepsThePreviousVersion() throws Exception {
    Path file = Files.writeString(dir.resolve("gp-calls.yaml"), mapping(1, "investor"));
    MappingRegistry registry = new MappingRegistry(new MappingSettings(dir));

    Files.writeString(file, mapping(2, "investor_code"));
    registry.reloadIfChanged();
    assertThat(registry.find("gp-calls")).get().extracting(Mapping::version).isEqualTo(2);

    Files.writeString(file, mapping(3, "investor_code").replace("investments: inv", "investmentz: inv"));
    registry.reloadIfChanged();
    assertThat(registry.find("gp-calls")).get().extracting(Mapping::version).isEqualTo(2);
    assertThat(registry.describe(null).get("problems")).asList().singleElement().asString()
        .startsWith("gp-calls.yaml:7: allocation.investmentz: unknown canonical field");

    Files.writeString(file, mapping(4, "lp"));
    registry.reloadIfChanged();
    assertThat(registry.find("gp-calls")).get().extracting(Mapping::version).isEqualTo(4);
    assertThat(registry.describe(null).get("problems")).asList().isEmpty();

    Files.delete(file);
    registry.reloadIfChanged();
    assertThat(registry.find("gp-calls")).isEmpty();
  }
}
