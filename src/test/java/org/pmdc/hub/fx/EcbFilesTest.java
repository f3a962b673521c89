package org.pmdc.hub.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.api.ProblemException;

class EcbFilesTest {

  private static final String DAILY = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        <gesmes:subject>Reference rates</gesmes:subject>
        <Cube>
          <Cube time="2025-03-31">
            <Cube currency="USD" rate="1.0815"/>
            <Cube currency="JPY" rate="161.60"/>
          </Cube>
          <Cube time="2025-03-28">
            <Cube currency="USD" rate="1.0797"/>
          </Cube>
        </Cube>
      </gesmes:Envelope>
      """;

  @Test
  void theXmlFilesGiveEveryDatedRateExactlyAsWritten() {
    assertThat(EcbFiles.xml(DAILY)).containsExactly(
        new PublishedRate(LocalDate.of(2025, 3, 31), "EUR", "USD", new BigDecimal("1.0815")),
        new PublishedRate(LocalDate.of(2025, 3, 31), "EUR", "JPY", new BigDecimal("161.60")),
        new PublishedRate(LocalDate.of(2025, 3, 28), "EUR", "USD", new BigDecimal("1.0797")));
  }

  @Test
  void xmlThatIsNotAnEcbFileIsRefusedSayingWhy() {
    assertThatThrownBy(() -> EcbFiles.xml("<html><body>maintenance</body>"))
        .hasMessageStartingWith("not an ECB reference rates file");
    assertThatThrownBy(() -> EcbFiles.xml("<Envelope><Cube/></Envelope>")).hasMessageContaining("holds no rate");
    assertThatThrownBy(() -> EcbFiles.xml("<Cube><Cube time='2025-03-31'><Cube currency='USD' rate='-1'/></Cube></Cube>"))
        .hasMessageContaining("not positive");
  }

  @Test
  void anEntityThatReadsAFileIsNeverExpanded() {
    String xxe = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        + "<Cube><Cube time='2025-03-31'><Cube currency='&x;' rate='1'/></Cube></Cube>";
    assertThatThrownBy(() -> EcbFiles.xml(xxe)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void theHistoryCsvSkipsNotAvailableCellsAndTheTrailingComma() {
    List<PublishedRate> rates = EcbFiles.csv("""
        Date,USD,CYP,GBP,
        2025-03-31,1.0815,N/A,0.83536,
        2025-03-28,1.0797,N/A,0.83358,
        """);
    assertThat(rates).containsExactly(
        new PublishedRate(LocalDate.of(2025, 3, 31), "EUR", "USD", new BigDecimal("1.0815")),
        new PublishedRate(LocalDate.of(2025, 3, 31), "EUR", "GBP", new BigDecimal("0.83536")),
        new PublishedRate(LocalDate.of(2025, 3, 28), "EUR", "USD", new BigDecimal("1.0797")),
        new PublishedRate(LocalDate.of(2025, 3, 28), "EUR", "GBP", new BigDecimal("0.83358")));
  }

  @Test
  void everyBadCellOfACsvIsNamedAtOnce() {
    assertThatThrownBy(() -> EcbFiles.csv("""
        Date,USD,usd
        31/03/2025,1.0815,1
        2025-03-28,abc,0
        """))
        .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.getMessage())
            .contains("3 invalid cell(s)"))
        .hasMessageContaining("no rate of it was stored");
  }

  @Test
  void aCsvWithoutTheEcbHeaderIsRefused() {
    assertThatThrownBy(() -> EcbFiles.csv("day,USD\n2025-03-31,1.08\n")).hasMessageContaining("first row must be Date");
  }
}
