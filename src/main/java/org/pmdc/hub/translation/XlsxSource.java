package org.pmdc.hub.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an XLSX sheet with POI's streaming (SAX) reader, so large sheets are never loaded whole:
 * the header block's single cells, then the table from its header row to the first empty row.
 * Numbers come out exactly as stored (no display format, no rounding to the cell's decimals) and
 * date cells in the mapping's date format; formulas give their cached results.
 */
final class XlsxSource {

  private XlsxSource() {}

  /**
   * The workbook is copied to a temporary file first: a zip is read from a file by random access,
   * entry by entry, where from a stream it would be unpacked into the heap whole.
   */
  static void parse(Content content, SourceFormat format, RowHandler handler) throws IOException {
    Path copy = Files.createTempFile("pmdc-workbook", ".xlsx");
    try {
      try (InputStream in = content.open()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      parse(copy, format, handler);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static void parse(Path workbook, SourceFormat format, RowHandler handler) throws IOException {
    try (OPCPackage xlsx = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(xlsx);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          if (format.sheet() == null || format.sheet().equals(sheets.getSheetName())) {
            TableReader table = new TableReader(format, handler);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                new ReadOnlySharedStringsTable(xlsx), table, new RawValues(format.dateFormat()), false));
            try {
              parser.parse(new InputSource(sheet));
            } catch (StopReading stop) {
              // the handler has what it needs
            } catch (UncheckedIOException e) {
              throw e.getCause();
            }
            table.finish();
            return;
          }
        }
      }
      throw new UnreadableSourceException(null, "the workbook has no sheet named '" + format.sheet() + "'");
    } catch (SAXException | ParserConfigurationException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | org.apache.poi.UnsupportedFileFormatException e) {
      throw unreadable(e);
    } catch (IOException e) {
      throw e instanceof UnreadableSourceException u ? u : unreadable(e);
    }
  }

  private static UnreadableSourceException unreadable(Exception e) {
    return new UnreadableSourceException(null, "the submission is not a readable XLSX workbook: " + e.getMessage());
  }

  /** Thrown through the SAX parser when the handler wants no more rows. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /** Numbers as stored, dates in the mapping's pattern: never the cell's display format. */
  private static final class RawValues extends DataFormatter {
    private final DateTimeFormatter dates;

    RawValues(String datePattern) {
      this.dates = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(dates);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  /**
   * Hands the table's rows to the handler as the sheet streams by, each with the header block's
   * cells (the block is above the table, so it is complete when the table starts).
   */
  private static final class TableReader implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SourceFormat format;
    private final RowHandler handler;
    private final Map<String, String> block = new LinkedHashMap<>();
    private final Map<Integer, String> headers = new HashMap<>();
    private Map<Integer, String> current;
    private int rowNumber;
    private int lastTableRow;
    private boolean tableEnded;

    TableReader(SourceFormat format, RowHandler handler) {
      this.format = format;
      this.handler = handler;
    }

    @Override
    public void startRow(int rowIndex) {
      // An empty row has no XML at all: a gap in the numbering after the table ends it.
      if (lastTableRow > 0 && rowIndex + 1 > lastTableRow + 1) {
        tableEnded = true;
      }
      rowNumber = rowIndex + 1;
      current = new HashMap<>();
    }

    @Override
    public void endRow(int rowIndex) {
      if (rowNumber == format.headerRow()) {
        if (headers.isEmpty()) {
          throw new UncheckedIOException(noColumnNames());
        }
        try {
          Map<String, String> lettered = new LinkedHashMap<>();
          new TreeMap<>(headers).forEach((col, name) -> lettered.put(CellReference.convertNumToColString(col), name));
          UnreadableSourceException.requireDistinctColumns(lettered, rowNumber);
        } catch (UnreadableSourceException duplicated) {
          throw new UncheckedIOException(duplicated);
        }
        Set<String> columns = new LinkedHashSet<>(block.keySet());
        columns.addAll(headers.values());
        handler.columns(columns);
      }
      if (rowNumber <= format.headerRow() || tableEnded) {
        return;
      }
      if (current.values().stream().allMatch(String::isBlank)) {
        tableEnded = lastTableRow > 0;
        return;
      }
      lastTableRow = rowNumber;
      Map<String, String> values = new LinkedHashMap<>(block);
      current.forEach((col, value) -> values.put(headers.getOrDefault(col, CellReference.convertNumToColString(col)), value));
      if (!handler.row(new SourceRow(rowNumber, values))) {
        throw new StopReading();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      CellReference cell = new CellReference(reference);
      format.cells().forEach((name, address) -> {
        if (address.equalsIgnoreCase(reference)) {
          block.put(name, value);
        }
      });
      if (rowNumber == format.headerRow()) {
        headers.put((int) cell.getCol(), value.strip());
      } else if (rowNumber > format.headerRow() && value != null) {
        current.put((int) cell.getCol(), value);
      }
    }

    /** A sheet that ends before its header row has no table at all. */
    void finish() throws UnreadableSourceException {
      if (headers.isEmpty()) {
        throw noColumnNames();
      }
    }

    private UnreadableSourceException noColumnNames() {
      return new UnreadableSourceException(format.headerRow(), "row " + format.headerRow() + " holds no column names");
    }
  }
}
