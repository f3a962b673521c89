package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a fund's performance is computed from, for the fund (all its investors) or one investor:
 * the cash flows the capital calls and distributions moved and the capital account statements'
 * positions, each naming the record it came from.
 *
 * @param calls each call's amount at its due date
 * @param distributions each distribution at its payment date
 * @param statements each capital account statement's position at its period end
 */
public record CapitalPosition(List<Call> calls, List<Distribution> distributions, List<Statement> statements) {

  /** The record (and version) a figure was read from. */
  public record Source(long noticeId, int version) {}

  /**
   * A capital call's allocation(s): the amount due and the commitment it states, when it does.
   */
  public record Call(LocalDate dueDate, BigDecimal amount, BigDecimal commitment, Source source) {}

  /**
   * A distribution's allocation(s): gross of the tax withheld (paid on the investor's behalf), and
   * the part the fund may call again.
   */
  public record Distribution(LocalDate date, BigDecimal gross, BigDecimal recallable, Source source) {}

  /**
   * A capital account statement's line(s) at its period end: ending NAV (net of accrued carried
   * interest), management fees since inception, the accrued carried interest balance and the
   * commitment; null where the statement does not give it.
   */
  public record Statement(LocalDate periodEnd, BigDecimal endingNav, BigDecimal managementFeesItd,
      BigDecimal carriedInterestAccrued, BigDecimal commitment, Source source) {}
}
