package org.pmdc.hub.canonical;

import java.util.regex.Pattern;

/**
 * Text a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +cmd|...}): the hub
 * keeps such values as text, warns about them on intake and defuses them in every CSV it writes
 * (error reports, files delivered to LPs).
 */
public final class SpreadsheetText {

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private SpreadsheetText() {}

  public static boolean startsLikeFormula(String value) {
    return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  /**
   * The value as a CSV cell a spreadsheet shows and never evaluates: one that starts like a
   * formula gets a leading {@code '} (OWASP's advice), except a plain number ({@code -1500.00}),
   * which a spreadsheet reads as the number it is.
   */
  public static String defused(String value) {
    return startsLikeFormula(value) && !NUMBER.matcher(value).matches() ? "'" + value : value;
  }
}
