package org.pmdc.hub.canonical;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Component;

/**
 * Streams valid lines into staging with one PostgreSQL COPY while the input is read, under the
 * submission's id and the record's number in it, for {@code store-notice} to check and move with set-based SQL: a notice's
 * allocations into {@code staged_allocation} (typed), a report's lines into {@code staged_line}
 * (canonical JSON). COPY is many times faster than row-by-row INSERTs (see bench/ingest); it is the
 * one statement the SQL component cannot run. Runs on its own connection, outside any transaction:
 * the rows are removed when the submission is stored or rejected, and by the next attempt if this
 * one dies half-way.
 */
@Component("lineStaging")
public class LineStaging {

  private static final String COPY_LINES =
      "COPY staged_line (submission_id, record_no, source_row, line_key, content) FROM STDIN WITH (FORMAT csv)";
  private static final String COPY_ALLOCATIONS =
      "COPY staged_allocation (submission_id, record_no, source_row, investor_code, investor_name, commitment, unfunded_after,"
          + " amount, investments, management_fees, fund_expenses, other_amount, return_of_capital, realized_gain,"
          + " dividends_interest, withholding_tax, recallable) FROM STDIN WITH (FORMAT csv)";
  private static final List<String> COMPONENTS = List.of("investments", "managementFees", "fundExpenses", "other",
      "returnOfCapital", "realizedGain", "dividendsInterest", "withholdingTax", "recallable");

  private final DataSource dataSource;

  LineStaging(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Clears what an earlier attempt staged for the submission and starts the COPY for the type. */
  public Writer open(long submissionId, RecordType type) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      for (String table : List.of("staged_allocation", "staged_line")) {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM " + table + " WHERE submission_id = ?")) {
          clear.setLong(1, submissionId);
          clear.executeUpdate();
        }
      }
      return new Writer(submissionId, connection, type.isNotice() ? COPY_ALLOCATIONS : COPY_LINES);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** One submission's COPY; {@link #close} ends it and returns the connection. */
  public static final class Writer implements LineSink, AutoCloseable {
    private final long submissionId;
    private final Connection connection;
    private final CSVPrinter printer;

    private Writer(long submissionId, Connection connection, String copyStatement) throws SQLException {
      this.submissionId = submissionId;
      this.connection = connection;
      PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copyStatement, 1 << 16);
      try {
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16),
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void allocation(ValidatedAllocation a) {
      allocation(1, a);
    }

    @Override
    public void line(ReportLine line) {
      line(1, line);
    }

    /** The lines of one record of a many-record file, staged under its number. */
    @Override
    public LineSink record(int recordNo) {
      return new LineSink() {
        @Override
        public void allocation(ValidatedAllocation allocation) {
          Writer.this.allocation(recordNo, allocation);
        }

        @Override
        public void line(ReportLine line) {
          Writer.this.line(recordNo, line);
        }
      };
    }

    private void allocation(int recordNo, ValidatedAllocation a) {
      try {
        printer.print(submissionId);
        printer.print(recordNo);
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
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void line(int recordNo, ReportLine line) {
      try {
        printer.printRecord(submissionId, recordNo, line.row(), line.key(), line.json());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Ends the COPY: the staged rows are committed (autocommit), then the connection returns. A
     * refusal by the database is thrown as its own error: the driver's wrapper says only "Ending
     * write to copy failed", which is no help in a submission's last error.
     */
    @Override
    public void close() throws IOException, SQLException {
      try (connection) {
        printer.close();
      } catch (IOException e) {
        if (e.getCause() instanceof SQLException refusal) {
          throw refusal;
        }
        throw e;
      }
    }
  }

  /** CSV COPY reads an unquoted empty field as NULL. */
  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
