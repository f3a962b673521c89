package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmdc.hub.canonical.RecordType;

/** A mapping file's problems are reported with the file, the place and the reason. */
class MappingLoaderTest {

  @TempDir Path dir;

  @Test
  void everyShippedMappingLoads() throws IOException {
    MappingRegistry registry = new MappingRegistry(new MappingSettings(Path.of("mappings")));

    assertThat(registry.all()).extracting(Mapping::id).contains(
        "pmdc-capital-call-csv", "pmdc-capital-call-json", "pmdc-distribution-csv", "pmdc-distribution-json");
    assertThat(registry.find("pmdc-distribution-csv")).get()
        .extracting(Mapping::recordType).isEqualTo(RecordType.DISTRIBUTION);
  }

  @Test
  void unknownCanonicalFieldsAndMissingRequiredOnesAreNamed() throws IOException {
    MappingLoader.Result result = load("""
        id: broken
        version: 1
        recordType: capital_call
        source: {type: csv}
        match: {contentTypes: [text/csv]}
        notice:
          fundId: fund
          noticeReference: ref
          noticeDate: date
          currency: ccy
          dueDate: due
          totalInvestment: total
        allocation:
          investments: inv
        """);

    assertThat(result.mapping()).isNull();
    assertThat(result.problems()).anySatisfy(p -> assertThat(p)
        .startsWith("broken.yaml:12: notice.totalInvestment: unknown canonical field; known: [fundId,"));
    assertThat(result.problems()).contains(
        "broken.yaml:13: allocation: required canonical field 'investorId' is not mapped");
  }

  @Test
  void aRuleNeedsExactlyOneSourceAndAValidDatePattern() throws IOException {
    MappingLoader.Result result = load("""
        id: broken
        version: 1
        recordType: distribution
        source: {type: csv, dateFormat: "yyyy-qq-dd-ppp"}
        match: {contentTypes: [text/csv]}
        notice:
          fundId: {column: fund, constant: GF-III}
          noticeReference: ref
          noticeDate: date
          currency: {constant: USD}
        allocation:
          investorId: investor
        """);

    assertThat(result.problems()).contains("broken.yaml:7: notice.fundId: give exactly one of 'column', 'constant', 'expression' or 'request'");
    assertThat(result.problems()).anySatisfy(p -> assertThat(p)
        .startsWith("broken.yaml: source.dateFormat: bad date pattern 'yyyy-qq-dd-ppp'"));
  }

  @Test
  void aBadExpressionIsReportedWithItsLine() throws IOException {
    MappingLoader.Result result = load("""
        id: broken
        version: 1
        recordType: capital_call
        source: {type: csv}
        match: {contentTypes: [text/csv]}
        notice:
          fundId: fund
          noticeReference: {expression: "'CC-' & (ref"}
          noticeDate: date
          dueDate: due
          currency: ccy
        allocation:
          investorId: investor
        """);

    assertThat(result.problems()).singleElement().asString()
        .startsWith("broken.yaml:8: notice.noticeReference: bad expression: ");
  }

  @Test
  void aWrongRecordTypeAndAnUnknownKeyAreReportedWithTheirLine() throws IOException {
    assertThat(load("""
        id: broken
        version: 1
        recordType: capital_calls
        source: {type: csv}
        match: {contentTypes: [text/csv]}
        notice: {}
        allocation: {}
        """).problems()).contains(
        "broken.yaml: 'recordType' must be one of " + RecordType.codes() + ", not 'capital_calls'");

    assertThat(load("""
        id: broken
        version: 1
        recordTyp: capital_call
        """).problems()).singleElement().asString().startsWith("broken.yaml:3: Unrecognized field \"recordTyp\"");
  }

  @Test
  void aRecordTypeTheHubComputesCannotBeMapped() throws IOException {
    assertThat(load("""
        id: broken
        version: 1
        recordType: company_reporting
        source: {type: json}
        match: {contentTypes: [application/json]}
        header: {}
        lines: {}
        """).problems()).containsExactly(
        "broken.yaml: 'recordType' company_reporting is computed by the hub from the records it holds;"
            + " no publisher sends it");
  }

  @Test
  void recordsGroupByMustNameColumnsAndIsForLocallyMappedLayoutsOnly() throws IOException {
    String ledger = """
        id: broken
        version: 1
        recordType: capital_call
        source: {type: csv}
        match: {contentTypes: [text/csv]}
        records: {groupBy: %s}
        %s
        notice:
          fundId: fund
          noticeReference: ref
          noticeDate: date
          dueDate: due
          currency: ccy
        allocation:
          investorId: investor
        """;

    assertThat(load(ledger.formatted("[fund, ref]", "")).mapping().groupBy()).containsExactly("fund", "ref");
    assertThat(load(ledger.formatted("[]", "")).problems()).containsExactly(
        "broken.yaml:6: records.groupBy must list the source columns that tell the file's records apart (e.g. [Fund, Call No])");
    assertThat(load(ledger.formatted("[fund]", "translation: {provider: saas, mapper: m-1}")).problems())
        .contains("broken.yaml: records.groupBy applies to locally mapped layouts, not to provider saas");
  }

  @Test
  void aRegistryWithABrokenMappingRefusesToStartAndListsTheProblems() throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), "id: broken\nversion: 0\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MappingRegistry(new MappingSettings(dir)))
        .hasMessageContaining("Invalid mapping files")
        .hasMessageContaining("broken.yaml: 'version' must be a positive number");
  }

  private MappingLoader.Result load(String yaml) throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, yaml);
    return MappingLoader.load(file);
  }
}
