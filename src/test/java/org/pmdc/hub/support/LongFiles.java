package org.pmdc.hub.support;

import java.nio.charset.StandardCharsets;

/** Inputs long enough to take seconds to process, in the sample capital call's CSV layout. */
public final class LongFiles {

  private LongFiles() {}

  /** A capital call of fund GF-III with {@code rows} new investors, 100.00 each. */
  public static byte[] capitalCall(String reference, int rows) {
    StringBuilder csv = new StringBuilder("fund_id,notice_reference,notice_date,due_date,currency,description,notice_total,"
        + "investor_id,investor_name,commitment,investments,management_fees,fund_expenses,other,amount,unfunded_after\n");
    for (int row = 1; row <= rows; row++) {
      csv.append("GF-III,").append(reference).append(",2026-11-20,2026-12-04,USD,A long call,").append(rows * 100L)
          .append(".00,LP-").append(row).append(",Investor ").append(row)
          .append(",1000.00,100.00,0.00,0.00,0.00,100.00,900.00\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
