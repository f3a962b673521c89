package org.pmdc.hub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/** The per-line rules of reports, on lines built directly (no parsing involved). */
class ReportLineRulesTest {

  private final RowErrors errors = new RowErrors();
  private final CollectedLines valid = new CollectedLines();

  @Test
  void aStatementLineWhoseEndingNavRollsForwardIsKeptAsGivenWithALossAndNoYtdColumns() {
    check(RecordType.CAPITAL_ACCOUNT_STATEMENT, line("investorId", "LP-1", "beginningNav", "1000.00",
        "contributions", "200.00", "managementFees", "10.00", "realizedGainLoss", "-40.00", "endingNav", "1150.00"));

    assertThat(errors.kept()).isEmpty();
    assertThat(valid.lines()).singleElement().satisfies(line -> {
      assertThat(line.key()).isEqualTo("LP-1");
      assertThat(line.json()).isEqualTo("{\"investorId\":\"LP-1\",\"beginningNav\":\"1000.00\",\"contributions\":\"200.00\","
          + "\"managementFees\":\"10.00\",\"realizedGainLoss\":\"-40.00\",\"endingNav\":\"1150.00\"}");
    });
  }

  @Test
  void anEndingNavThatDoesNotRollForwardNamesTheSumExpected() {
    check(RecordType.CAPITAL_ACCOUNT_STATEMENT, line("investorId", "LP-1", "beginningNavYtd", "1000.00",
        "distributionsYtd", "100.00", "endingNavYtd", "950.00"));

    assertThat(errors.kept()).containsExactly(new RowError(2, "endingNavYtd", "950.00",
        "does not equal the sum of its components (900.00)"));
    assertThat(valid.lines()).isEmpty();
  }

  @Test
  void flowsMayNotBeNegativePercentagesStayWithinAHundredAndCountsAreNotNegative() {
    check(RecordType.SCHEDULE_OF_INVESTMENTS, line("companyId", "NWR", "instrument", "Series B", "fairValue", "10.00",
        "cost", "-1.00", "ownershipPercent", "100.5"));
    check(RecordType.COMPANY_QUARTERLY_METRICS, line("companyId", "KOA", "currency", "AUD", "ebitda", "-5.00",
        "employees", -3L));

    assertThat(errors.kept()).extracting(RowError::message).containsExactly("amount must not be negative",
        "a percentage must be from 0 to 100", "must not be negative");
  }

  @Test
  void aCompanysAmountsAreInItsOwnCurrencyAndItsCountsAreNumbers() {
    check(RecordType.COMPANY_QUARTERLY_METRICS, line("companyId", "JPC", "currency", "JPY", "totalRevenue", "1500000",
        "employees", 42L));
    check(RecordType.COMPANY_QUARTERLY_METRICS, line("companyId", "USC", "currency", "USD", "totalRevenue", "10.001"));

    assertThat(valid.lines()).singleElement().extracting(ReportLine::json)
        .isEqualTo("{\"companyId\":\"JPC\",\"currency\":\"JPY\",\"totalRevenue\":\"1500000\",\"employees\":42}");
    assertThat(errors.kept()).extracting(RowError::message).containsExactly("USD amounts have at most 2 decimal places");
  }

  @Test
  void aScheduleLineIsKeyedByCompanyAndInstrumentAndSummedIntoTheTotals() {
    LineRules rules = LineRules.of(RecordType.SCHEDULE_OF_INVESTMENTS, Map.of(), errors, valid);
    rules.currency("USD");
    rules.check(draft(line("companyId", "NWR", "instrument", "Series B", "fairValue", "10.50", "cost", "8")));
    rules.check(draft(line("companyId", "NWR", "instrument", "Note", "fairValue", "2.25")));

    assertThat(valid.lines()).extracting(ReportLine::key).containsExactly("NWR / Series B", "NWR / Note");
    assertThat(rules.summary().totals()).containsEntry("fairValue", new BigDecimal("12.75"))
        .containsEntry("cost", new BigDecimal("8"));
  }

  private void check(RecordType type, Map<String, Object> values) {
    LineRules rules = LineRules.of(type, Map.of(), errors, valid);
    rules.currency("USD");
    rules.check(draft(values));
  }

  private static LineDraft draft(Map<String, Object> values) {
    return new LineDraft(2, values, true);
  }

  /** Name-value pairs; decimal text becomes an amount. */
  private static Map<String, Object> line(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      boolean amount = value instanceof String text && text.matches("-?\\d+(\\.\\d+)?");
      values.put((String) pairs[i], amount ? new BigDecimal((String) value) : value);
    }
    return values;
  }
}
