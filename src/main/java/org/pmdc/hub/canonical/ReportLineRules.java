package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/**
 * The rules for each line of a report (capital account statement, schedule of investments, company
 * quarterly metrics): required fields present; amounts within 18 integer digits and the currency's
 * minor units, not negative unless the field is signed; percentages from 0 to 100; whole numbers
 * not negative; each balance (an ending NAV's roll-forward) equal to its components when its
 * result is given; the type's limits. The hub checks a publisher's arithmetic and derives nothing:
 * a line is stored as given. Amounts are in the line's own currency when it has one (a company's
 * reporting currency), else in the record's.
 */
final class ReportLineRules extends LineRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  ReportLineRules(RecordType type, Map<String, String> sources, RowErrors errors, LineSink valid) {
    super(type, sources, errors, valid);
  }

  @Override
  protected void checkLine(LineDraft line) {
    long errorsBefore = errors.count();
    LineChecks.required(type, line, sources, errors);
    String lineCurrency = currencyOf(line);
    for (CanonicalField field : type.lineFields()) {
      checkValue(line.row(), field, line.get(field.name()), lineCurrency);
    }
    if (!line.readable()) {
      return;
    }
    type.balances().forEach(balance -> checkBalance(line, balance));
    LineChecks.limits(type, line, sources, errors);
    if (errors.count() == errorsBefore) {
      accept(line, lineCurrency);
    }
  }

  private void checkValue(int row, CanonicalField field, Object value, String lineCurrency) {
    String source = sourceOf(field.name());
    switch (field.type()) {
      case AMOUNT, SIGNED_AMOUNT ->
          LineChecks.money(row, source, (BigDecimal) value, field.type() == FieldType.SIGNED_AMOUNT, lineCurrency, errors);
      case PERCENT -> {
        if (value instanceof BigDecimal percent && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
          errors.add(new RowError(row, source, percent.toPlainString(), "a percentage must be from 0 to 100"));
        }
      }
      case INTEGER -> {
        if (value instanceof Long number && number < 0) {
          errors.add(new RowError(row, source, number.toString(), "must not be negative"));
        }
      }
      default -> {
        // text, dates and currencies were checked when converted
      }
    }
  }

  private void checkBalance(LineDraft line, Balance balance) {
    if (!(line.get(balance.result()) instanceof BigDecimal given)
        || balance.components().stream().noneMatch(c -> line.get(c.name()) != null)) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (AmountComponent component : balance.components()) {
      if (line.get(component.name()) instanceof BigDecimal value) {
        sum = sum.add(value.multiply(BigDecimal.valueOf(component.sign())));
      }
    }
    if (given.compareTo(sum) != 0) {
      errors.add(new RowError(line.row(), sourceOf(balance.result()), given.toPlainString(),
          "does not equal the sum of its components (" + sum.toPlainString() + ")"));
    }
  }

  private void accept(LineDraft line, String lineCurrency) {
    totals.replaceAll((field, sum) -> line.get(field) instanceof BigDecimal value ? sum.add(value) : sum);
    String json = json(line, lineCurrency);
    digest(json);
    String key = type.lineKey().stream().map(field -> Objects.toString(line.get(field), ""))
        .collect(Collectors.joining(" / "));
    valid.line(new ReportLine(line.row(), key, json));
  }

  /** The line's canonical JSON: fields in the type's order, absent ones left out, amounts as strings. */
  private String json(LineDraft line, String lineCurrency) {
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    StringBuilder json = new StringBuilder("{");
    for (CanonicalField field : type.lineFields()) {
      Object value = line.get(field.name());
      if (value == null) {
        continue;
      }
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(field.name()).append("\":");
      if (value instanceof Long number) {
        json.append(number);
      } else {
        String text = field.type().isMoney() && lineCurrency != null
            ? Money.text((BigDecimal) value, lineCurrency)
            : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        json.append('"').append(encoder.quoteAsString(text)).append('"');
      }
    }
    return json.append('}').toString();
  }

  private String currencyOf(LineDraft line) {
    return line.get("currency") instanceof String own ? own : currency;
  }

}
