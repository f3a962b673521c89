package org.pmdc.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;
import org.springframework.beans.factory.annotation.Value;

/** Files dropped in a publisher's folder: taken when complete, stored, archived or reported. */
class FolderIntakeIT extends HubIntegrationTest {

  @Value("${pmdc.folder.root}")
  private Path root;

  @Test
  void aDroppedFileIsStoredDeliveredAndMovedToDone() throws Exception {
    World world = newWorld();

    drop(world.publisher(), "capital-call.csv", sampleText("capital-call.csv"));

    Path done = awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/capital-call.csv");
    assertThat(Files.readString(done)).isEqualTo(sampleText("capital-call.csv"));
    assertThat(inbox(world.publisher()).resolve("capital-call.csv")).doesNotExist();
    assertThat(jdbc.queryForMap("SELECT s.channel, s.file_name, s.status FROM submission s JOIN publisher p "
        + "ON p.id = s.publisher_id WHERE p.code = ?", world.publisher()))
        .containsEntry("channel", "folder").containsEntry("file_name", "capital-call.csv").containsEntry("status", "stored");
    assertThat(world.awaitWebhooks(1)).hasSize(1);
  }

  /** Every shipped sample but Northgate's, whose mapping is bound to the publisher northgate-fa. */
  @ParameterizedTest
  @ValueSource(strings = {"capital-call.csv", "capital-call.json", "distribution.csv", "alpine-distribution.csv",
      "ledgerly-capital-call.json", "harbor-capital-call.xlsx", "capital-account-statement.csv",
      "keystone-schedule-of-investments.xlsx", "portfolio-metrics.json", "cedar-call-ledger.csv",
      "cedar-call-ledger.xlsx"})
  void eachSampleFileDroppedIsRecognisedStoredAndDelivered(String sample) throws Exception {
    World world = newWorld().withFund("AGF-I", "EUR").withFund("VF-II", "USD").withFund("ECF-I", "EUR");
    byte[] content = Files.readAllBytes(Path.of("sample-files", sample));

    drop(world.publisher(), sample, content);

    Path done = awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/" + sample);
    assertThat(Files.readAllBytes(done)).isEqualTo(content);
    assertThat(jdbc.queryForObject("SELECT s.status FROM submission s JOIN publisher p ON p.id = s.publisher_id"
        + " WHERE p.code = ?", String.class, world.publisher())).isEqualTo("stored");
    // One delivery per published record: a ledger holds several. Company metrics also yield the hub's own
    // company_reporting records, computed after the file is stored, so those are left out of the count.
    int records = (int) count("SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?"
        + " AND n.submission_id IS NOT NULL", world.publisher());
    assertThat(records).isEqualTo(sample.startsWith("cedar-call-ledger") ? 4 : 1);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(world.webhooks())
        .filteredOn(webhook -> !webhook.getBodyAsString().contains("\"type\":\"company_reporting."))
        .hasSize(records));
  }

  @Test
  void anAmendmentDroppedUnderTheSameNameTheSameDayIsArchivedBesideTheFirstFile() throws Exception {
    World world = newWorld();
    String first = sampleText("capital-call.csv");
    String amended = first.replace("Follow-on in Northwind Robotics", "Follow-on in Northwind Robotics (revised)");
    drop(world.publisher(), "call.csv", first);
    awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/call.csv");

    drop(world.publisher(), "call.csv", amended);

    Path second = awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/call (2).csv");
    assertThat(Files.readString(second)).isEqualTo(amended);
    assertThat(Files.readString(inbox(world.publisher()).resolve(".done/" + LocalDate.now() + "/call.csv"))).isEqualTo(first);
    assertThat(jdbc.queryForList("SELECT n.version FROM notice n JOIN publisher p ON p.id = n.publisher_id "
        + "WHERE p.code = ? ORDER BY n.version", Integer.class, world.publisher())).containsExactly(1, 2);
  }

  @Test
  void theSameFileDroppedTwiceIsProcessedOnce() throws Exception {
    World world = newWorld();
    drop(world.publisher(), "call.csv", sampleText("capital-call.csv"));
    awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/call.csv");

    drop(world.publisher(), "call-again.csv", sampleText("capital-call.csv"));
    awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/call-again.csv");

    assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isEqualTo(1);
  }

  @Test
  void aFileStoredInSeveralPartsIsReadBackWhole() throws Exception {
    World world = newWorld();
    int investors = 10_000; // about 1.2 MB: two stored parts of at most 1 MiB
    StringBuilder csv = new StringBuilder(sampleText("capital-call.csv").lines().findFirst().orElseThrow()).append('\n');
    for (int i = 1; i <= investors; i++) {
      csv.append("GF-III,CC-2026-LARGE,2026-11-20,2026-12-04,USD,Large call,").append(investors).append("000.00,LP-")
          .append(100_000 + i).append(",Investor ").append(i)
          .append(",50000000.00,1000.00,0.00,0.00,0.00,1000.00,40000000.00\n");
    }

    drop(world.publisher(), "large-call.csv", csv.toString());

    awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/large-call.csv");
    assertThat(count("SELECT count(*) FROM submission_content c JOIN submission s ON s.id = c.submission_id "
        + "JOIN publisher p ON p.id = s.publisher_id WHERE p.code = ?", world.publisher())).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM capital_call_allocation a JOIN notice n ON n.id = a.notice_id "
        + "JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?", world.publisher())).isEqualTo(investors);
  }

  @Test
  void aRejectedFileMovesToErrorWithAReportAPersonCanOpen() throws Exception {
    World world = newWorld();
    String bad = sampleText("capital-call.csv").replace("20000000.00,300000.00", "20000000.00,3OO000.00");

    drop(world.publisher(), "bad-call.csv", bad);

    awaitFile(world.publisher(), ".error/bad-call.csv");
    JsonNode report = JSON.readTree(awaitFile(world.publisher(), ".error/bad-call.csv.errors.json").toFile());
    assertThat(report.get("file").asText()).isEqualTo("bad-call.csv");
    assertThat(report.at("/errors/0/row").asInt()).isEqualTo(4);
    assertThat(report.at("/errors/0/field").asText()).isEqualTo("investments");
    assertThat(Files.readAllLines(awaitFile(world.publisher(), ".error/bad-call.csv.errors.csv")))
        .containsExactly("row,column,value,reason",
            "4,investments,3OO000.00,\"not a decimal amount (decimal separator '.', thousands separator ',')\"");
    assertThat(count("SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isZero();
    assertThat(jdbc.queryForObject("SELECT s.status FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", String.class, world.publisher())).isEqualTo("rejected");
  }

  @Test
  void aLedgerWithABadCallMovesToPartialWithTheReportOfThatCallOnly() throws Exception {
    World world = newWorld().withFund("VF-II", "USD").withFund("ECF-I", "EUR");
    String ledger = sampleText("cedar-call-ledger.csv").replace("\"1,125,000.00\"", "\"1,125,OOO.00\"");

    drop(world.publisher(), "ledger.csv", ledger);

    String partial = ".partial/" + LocalDate.now() + "/";
    assertThat(Files.readString(awaitFile(world.publisher(), partial + "ledger.csv"))).isEqualTo(ledger);
    JsonNode report = JSON.readTree(awaitFile(world.publisher(), partial + "ledger.csv.errors.json").toFile());
    assertThat(report.get("status").asText()).isEqualTo("partially_stored");
    assertThat(report.get("errors")).extracting(e -> e.get("record").asText() + " " + e.get("row").asInt())
        .containsExactly("CC-3 11");
    assertThat(Files.readAllLines(awaitFile(world.publisher(), partial + "ledger.csv.errors.csv")))
        .containsExactly("record,fund,row,column,value,reason",
            "CC-3,ECF-I,11,Capital,\"1,125,OOO.00\",\"not a decimal amount (decimal separator '.', thousands separator ',')\"");
    assertThat(world.awaitWebhooks(3)).hasSize(3);
    assertThat(jdbc.queryForObject("SELECT s.status FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", String.class, world.publisher())).isEqualTo("partially_stored");
  }

  @Test
  void aFileInTheWrongEncodingIsRejectedNamingTheLine() throws Exception {
    World world = newWorld();
    String csv = sampleText("capital-call.csv").replace("Harbor University", "H\u00e4rbor University");

    drop(world.publisher(), "latin1.csv", csv.getBytes(StandardCharsets.ISO_8859_1));

    JsonNode report = JSON.readTree(awaitFile(world.publisher(), ".error/latin1.csv.errors.json").toFile());
    assertThat(report.at("/errors/0/row").asInt()).isEqualTo(3);
    assertThat(report.at("/errors/0/message").asText()).startsWith("the file is not valid UTF-8: byte 0xE4");
  }

  @Test
  void aColumnTheMappingDoesNotUseIsReportedAsAWarning() throws Exception {
    World world = newWorld();
    String csv = sampleText("capital-call.csv").lines()
        .map(line -> line + (line.startsWith("fund_id") ? ",internal_code" : ",X-1"))
        .collect(java.util.stream.Collectors.joining("\n"));

    drop(world.publisher(), "extra-column.csv", csv);

    awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/extra-column.csv");
    JsonNode status = world.status(jdbc.queryForObject("SELECT s.public_id::text FROM submission s JOIN publisher p "
        + "ON p.id = s.publisher_id WHERE p.code = ?", String.class, world.publisher()));
    assertThat(status.get("status").asText()).isEqualTo("stored");
    assertThat(status.get("warnings")).anySatisfy(w -> {
      assertThat(w.get("field").asText()).isEqualTo("internal_code");
      assertThat(w.get("message").asText()).isEqualTo("column not used by mapping pmdc-capital-call-csv; ignored");
    });
  }

  @Test
  void aFileInAnUnknownPublishersFolderIsRefusedWithAReport() throws Exception {
    String unknown = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    drop(unknown, "call.csv", sampleText("capital-call.csv"));

    JsonNode report = JSON.readTree(awaitFile(unknown, ".error/call.csv.errors.json").toFile());

    assertThat(report.at("/errors/0/field").asText()).isEqualTo("folder");
    assertThat(report.at("/errors/0/value").asText()).isEqualTo(unknown);
    assertThat(report.at("/errors/0/message").asText()).startsWith("no active publisher has this code");
  }

  @Test
  void anEmptyFileAndAnUnsupportedFileTypeAreRefusedWithAReport() throws Exception {
    World world = newWorld();

    drop(world.publisher(), "empty.csv", "");
    drop(world.publisher(), "notice.pdf", "%PDF-1.7");

    assertThat(JSON.readTree(awaitFile(world.publisher(), ".error/empty.csv.errors.json").toFile())
        .at("/errors/0/message").asText()).isEqualTo("the file is empty (0 bytes)");
    assertThat(JSON.readTree(awaitFile(world.publisher(), ".error/notice.pdf.errors.json").toFile())
        .at("/errors/0/message").asText()).startsWith("unsupported file type");
    assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isZero();
  }

  @Test
  void aFileStillBeingWrittenIsNotTakenUntilItIsComplete() throws Exception {
    World world = newWorld();
    String csv = sampleText("capital-call.csv");
    Path file = inbox(world.publisher()).resolve("growing.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, csv.substring(0, 200));

    // Keep writing for twice the quiet period (1.5 s in tests): the file must stay untouched.
    for (int i = 0; i < 10; i++) {
      Thread.sleep(300);
      Files.writeString(file, " ", StandardOpenOption.APPEND);
      assertThat(file).exists();
    }
    Files.writeString(file, csv);
    assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isZero();

    Path done = awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/growing.csv");
    assertThat(Files.readString(done)).isEqualTo(csv);
  }

  @Test
  void aFormulaInATextCellIsKeptAsTextAndFlagged() throws Exception {
    World world = newWorld();
    String formula = "=HYPERLINK(\"\"http://evil.example\"\",\"\"Maple\"\")";
    drop(world.publisher(), "formula.csv", sampleText("capital-call.csv")
        .replace("Maple Teachers' Pension Plan", "\"" + formula + "\""));

    awaitFile(world.publisher(), ".done/" + LocalDate.now() + "/formula.csv");

    JsonNode status = world.status(jdbc.queryForObject("SELECT public_id::text FROM submission s JOIN publisher p "
        + "ON p.id = s.publisher_id WHERE p.code = ?", String.class, world.publisher()));
    assertThat(status.get("status").asText()).isEqualTo("stored");
    assertThat(status.at("/warnings/0/row").asInt()).isEqualTo(2);
    assertThat(status.at("/warnings/0/field").asText()).isEqualTo("investor_name");
    assertThat(status.at("/warnings/0/message").asText()).isEqualTo("looks like a spreadsheet formula; kept as text");
    JsonNode event = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString());
    assertThat(event.at("/data/allocations/0/investorName").asText()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Maple\")");
  }

  private Path inbox(String publisher) {
    return root.resolve(publisher);
  }

  private void drop(String publisher, String name, String content) throws IOException {
    drop(publisher, name, content.getBytes(StandardCharsets.UTF_8));
  }

  private void drop(String publisher, String name, byte[] content) throws IOException {
    Path folder = inbox(publisher);
    Files.createDirectories(folder);
    // Written beside, then renamed in: the hub sees the file appear whole.
    Path temp = Files.write(folder.getParent().resolve(publisher + "-" + name + ".tmp"), content);
    Files.move(temp, folder.resolve(name));
  }

  private Path awaitFile(String publisher, String relative) {
    Path file = inbox(publisher).resolve(relative);
    await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file));
    return file;
  }
}
