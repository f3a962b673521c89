package org.pmdc.hub.fx;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;

/**
 * The ECB's euro reference rates in its two layouts, read exactly (each rate the decimal the ECB
 * wrote): the XML files ({@code eurofxref-daily.xml}, {@code -hist-90d.xml}, {@code -hist.xml}:
 * {@code Cube time} elements holding {@code Cube currency rate} ones) and the history CSV ({@code
 * Date,USD,JPY,...}, newest first, {@code N/A} where a currency had no rate that day, a trailing
 * comma). Every rate is units of the currency per one euro.
 */
public final class EcbFiles {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private EcbFiles() {}

  /** The rates of an ECB XML file; an error naming what is wrong when it is not one. */
  public static List<PublishedRate> xml(String document) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<PublishedRate> rates = new ArrayList<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(document));
      LocalDate day = null;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Cube")) {
          String time = xml.getAttributeValue(null, "time");
          String currency = xml.getAttributeValue(null, "currency");
          if (time != null) {
            day = LocalDate.parse(time);
          } else if (currency != null) {
            if (day == null || !CURRENCY.matcher(currency).matches()) {
              throw new IllegalArgumentException("a rate for '" + currency + "' outside a dated Cube");
            }
            rates.add(new PublishedRate(day, ExchangeRate.EURO, currency, positive(xml.getAttributeValue(null, "rate"))));
          }
        }
      }
    } catch (XMLStreamException | DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an ECB reference rates file: " + e.getMessage(), e);
    }
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("not an ECB reference rates file: it holds no rate");
    }
    return rates;
  }

  /**
   * The rates of an ECB history CSV. Every bad cell is named (row, column, value) in one 422, and
   * nothing of the file is used then.
   */
  public static List<PublishedRate> csv(String document) {
    List<PublishedRate> rates = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(document, CSVFormat.RFC4180.builder().setTrim(true).get())) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty() || !records.get(0).get(0).equals("Date")) {
        throw ProblemException.invalid("Not the ECB history layout: the first row must be Date,USD,JPY,...",
            List.of(new RowError(1, null, records.isEmpty() ? null : records.get(0).get(0), "must be 'Date'")));
      }
      CSVRecord header = records.get(0);
      for (int column = 1; column < header.size(); column++) {
        if (!header.get(column).isEmpty() && !CURRENCY.matcher(header.get(column)).matches()) {
          errors.add(new RowError(1, "column " + (column + 1), header.get(column), "not an ISO 4217 currency code"));
        }
      }
      for (CSVRecord record : records.subList(1, records.size())) {
        readRow(record, header, rates, errors);
      }
    } catch (IOException e) {
      throw ProblemException.badRequest("The file is not CSV: " + e.getMessage());
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("The file has " + errors.size() + " invalid cell(s); no rate of it was stored.", errors);
    }
    if (rates.isEmpty()) {
      throw ProblemException.invalid("The file holds no rate.", List.of());
    }
    return rates;
  }

  private static void readRow(CSVRecord record, CSVRecord header, List<PublishedRate> rates, List<RowError> errors) {
    int row = (int) record.getRecordNumber();
    LocalDate day;
    try {
      day = LocalDate.parse(record.get(0));
    } catch (DateTimeParseException e) {
      errors.add(new RowError(row, "Date", record.get(0), "not an ISO 8601 date such as 2025-03-31"));
      return;
    }
    for (int column = 1; column < Math.min(record.size(), header.size()); column++) {
      String cell = record.get(column);
      String currency = header.get(column);
      // A column whose header is no currency code was named once already, in the header row.
      if (cell.isEmpty() || cell.equals("N/A") || !CURRENCY.matcher(currency).matches()) {
        continue;
      }
      try {
        rates.add(new PublishedRate(day, ExchangeRate.EURO, currency, positive(cell)));
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(row, currency, cell, "not a positive decimal rate"));
      }
    }
  }

  private static BigDecimal positive(String text) {
    BigDecimal rate = new BigDecimal(text == null ? "" : text);
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate " + text + " is not positive");
    }
    return rate;
  }
}
