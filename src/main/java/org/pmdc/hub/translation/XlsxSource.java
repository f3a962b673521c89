package org.pmdc.hub.translation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
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

  static SourceRows parse(byte[] raw, SourceFormat format) throws UnreadableSourceException {
    try (OPCPackage xlsx = OPCPackage.open(new ByteArrayInputStream(raw))) {
      XSSFReader reader = new XSSFReader(xlsx);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          if (format.sheet() == null || format.sheet().equals(sheets.getSheetName())) {
            TableCollector table = new TableCollector(format);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                new ReadOnlySharedStringsTable(xlsx), table, new RawValues(format.dateFormat()), false));
            parser.parse(new InputSource(sheet));
            return table.rows();
          }
        }
      }
      throw new UnreadableSourceException(null, "the workbook has no sheet named '" + format.sheet() + "'");
    } catch (IOException | SAXException | ParserConfigurationException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | org.apache.poi.UnsupportedFileFormatException e) {
      throw new UnreadableSourceException(null, "the submission is not a readable XLSX workbook: " + e.getMessage());
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

  /** Collects the block cells and the table as the sheet streams by. */
  private static final class TableCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SourceFormat format;
    private final Map<String, String> block = new LinkedHashMap<>();
    private final Map<Integer, String> headers = new HashMap<>();
    private final List<Map<Integer, String>> tableRows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private Map<Integer, String> current;
    private int rowNumber;
    private boolean tableEnded;

    TableCollector(SourceFormat format) {
      this.format = format;
    }

    @Override
    public void startRow(int rowIndex) {
      // An empty row has no XML at all: a gap in the numbering after the table ends it.
      if (!rowNumbers.isEmpty() && rowIndex + 1 > rowNumbers.get(rowNumbers.size() - 1) + 1) {
        tableEnded = true;
      }
      rowNumber = rowIndex + 1;
      current = new HashMap<>();
    }

    @Override
    public void endRow(int rowIndex) {
      if (rowNumber <= format.headerRow() || tableEnded) {
        return;
      }
      if (current.values().stream().allMatch(String::isBlank)) {
        tableEnded = !tableRows.isEmpty();
        return;
      }
      tableRows.add(current);
      rowNumbers.add(rowNumber);
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

    SourceRows rows() throws UnreadableSourceException {
      if (headers.isEmpty()) {
        throw new UnreadableSourceException(format.headerRow(), "row " + format.headerRow() + " holds no column names");
      }
      Set<String> columns = new LinkedHashSet<>(block.keySet());
      columns.addAll(headers.values());
      List<SourceRow> rows = new ArrayList<>();
      for (int i = 0; i < tableRows.size(); i++) {
        Map<String, String> values = new LinkedHashMap<>(block);
        tableRows.get(i).forEach((col, value) -> values.put(headers.getOrDefault(col, CellReference.convertNumToColString(col)), value));
        rows.add(new SourceRow(rowNumbers.get(i), values));
      }
      return new SourceRows(columns, rows);
    }
  }
}
