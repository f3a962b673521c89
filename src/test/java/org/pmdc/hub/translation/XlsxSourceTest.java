package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSourceTest {

  @Test
  void readsTheFirstSheetsTableWithExactNumbersAndDatesInTheMappingsPattern() throws Exception {
    byte[] workbook = workbook(sheet -> {
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("investor");
      header.createCell(1).setCellValue("amount");
      header.createCell(2).setCellValue("date");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("LP-1");
      row.createCell(1).setCellValue(1234567.1);
      row.createCell(2).setCellValue(LocalDate.of(2026, 11, 2));
      row.getCell(2).setCellStyle(dateStyle(sheet));
    });

    SourceSample rows = parse(workbook, format(null, 1, Map.of(), "dd/MM/yyyy"));

    assertThat(rows.columns()).containsExactly("investor", "amount", "date");
    assertThat(rows.rows()).singleElement().satisfies(r -> {
      assertThat(r.number()).isEqualTo(2);
      assertThat(r.values()).containsEntry("amount", "1234567.1").containsEntry("date", "02/11/2026");
    });
  }

  @Test
  void aMissingSheetAndBytesThatAreNoWorkbookAreReported() throws Exception {
    byte[] workbook = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("x"));

    assertThatThrownBy(() -> parse(workbook, format("Notice", 1, Map.of(), null)))
        .hasMessage("the workbook has no sheet named 'Notice'");
    assertThatThrownBy(() -> parse("a,b\n1,2\n".getBytes(), format(null, 1, Map.of(), null)))
        .hasMessageStartingWith("the submission is not a readable XLSX workbook");
  }

  @Test
  void aHeaderThatNamesAColumnTwiceIsRefusedNamingTheColumnsByLetter() throws Exception {
    byte[] workbook = workbook(sheet -> {
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("investor");
      header.createCell(2).setCellValue("amount");
      header.createCell(3).setCellValue("amount ");
      sheet.createRow(1).createCell(0).setCellValue("LP-1");
    });

    assertThatThrownBy(() -> parse(workbook, format(null, 1, Map.of(), null)))
        .hasMessage("the header names the column 'amount' twice (columns C and D); give each column its own name");
  }

  private static SourceSample parse(byte[] workbook, SourceFormat format) throws IOException {
    SourceSample sample = SourceSample.firstRowsOf(100);
    XlsxSource.parse(() -> new ByteArrayInputStream(workbook), format, sample);
    return sample;
  }

  private static SourceFormat format(String sheet, int headerRow, Map<String, String> cells, String dateFormat) {
    return new SourceFormat("xlsx", null, null, null, null, dateFormat, null, null, sheet, headerRow, cells);
  }

  private interface SheetFiller {
    void fill(Sheet sheet);
  }

  private static byte[] workbook(SheetFiller filler) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      filler.fill(workbook.createSheet("Data"));
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static CellStyle dateStyle(Sheet sheet) {
    CellStyle style = sheet.getWorkbook().createCellStyle();
    style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
    return style;
  }
}
