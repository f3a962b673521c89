package org.pmdc.hub.canonical;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Streams a notice's allocations into {@code staged_allocation} with PostgreSQL COPY, on the
 * connection of the current transaction, for {@code store-notice} to move with set-based SQL. COPY
 * is many times faster than row-by-row INSERTs (see bench/ingest); it is the one statement the
 * SQL component cannot run.
 */
@Component("allocationStaging")
public class AllocationStaging {

  private static final String COPY =
      "COPY staged_allocation (batch_id, source_row, investor_code, investor_name, commitment, unfunded_after,"
          + " amount, investments, management_fees, fund_expenses, other_amount, return_of_capital, realized_gain,"
          + " dividends_interest, withholding_tax, recallable) FROM STDIN WITH (FORMAT csv)";
  private static final int ROWS_PER_CHUNK = 2000;
  private static final List<String> COMPONENTS = List.of("investments", "managementFees", "fundExpenses", "other",
      "returnOfCapital", "realizedGain", "dividendsInterest", "withholdingTax", "recallable");

  private final DataSource dataSource;

  AllocationStaging(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void stage(ValidatedNotice notice) throws SQLException {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      List<ValidatedAllocation> allocations = notice.allocations();
      for (int from = 0; from < allocations.size(); from += ROWS_PER_CHUNK) {
        byte[] chunk = csv(notice, allocations.subList(from, Math.min(from + ROWS_PER_CHUNK, allocations.size())));
        copy.writeToCopy(chunk, 0, chunk.length);
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static byte[] csv(ValidatedNotice notice, List<ValidatedAllocation> allocations) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      for (ValidatedAllocation a : allocations) {
        printer.print(notice.publicId());
        printer.print(a.row());
        printer.print(a.investorId());
        printer.print(a.investorName());
        printer.print(plain(a.commitment()));
        printer.print(plain(a.unfundedAfter()));
        printer.print(plain(a.amount()));
        for (String component : COMPONENTS) {
          printer.print(plain(a.components().get(component)));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** CSV COPY reads an unquoted empty field as NULL. */
  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
