package org.pmdc.hub.api;

import java.util.List;

/**
 * Which page of a list a caller asks for: the cursor the previous page gave (a position, null for
 * the start) and how many items, 1 to 1000 (100 when not said). Invalid values are reported to
 * the caller's error list by parameter name.
 */
public record PageRequest(Long cursor, int limit) {

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1000;

  public static PageRequest of(String cursor, String limit, List<RowError> errors) {
    boolean validCursor = cursor == null || cursor.matches("\\d{1,18}");
    boolean validLimit = limit == null || limit.matches("\\d{1,4}")
        && Integer.parseInt(limit) >= 1 && Integer.parseInt(limit) <= MAX_LIMIT;
    if (!validCursor) {
      errors.add(RowError.ofNotice("cursor", cursor, "not a cursor this API gave"));
    }
    if (!validLimit) {
      errors.add(RowError.ofNotice("limit", limit, "must be a whole number from 1 to " + MAX_LIMIT));
    }
    return new PageRequest(cursor == null || !validCursor ? null : Long.valueOf(cursor),
        limit == null || !validLimit ? DEFAULT_LIMIT : Integer.parseInt(limit));
  }
}
