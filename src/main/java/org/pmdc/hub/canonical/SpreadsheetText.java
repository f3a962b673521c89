package org.pmdc.hub.canonical;

/**
 * Text a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +cmd|...}): the hub
 * keeps such values as text, warns about them on intake and defuses them in the reports it writes.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  public static boolean startsLikeFormula(String value) {
    return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
