package org.pmdc.hub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.camel.Message;

/**
 * The one way the API reads what a caller sent: the query parameters or the JSON body of one
 * request, field by field, collecting every problem, so that {@link #done} answers them all at once
 * (422 validation-failed, each problem naming its field). Only a body that is not a JSON object at
 * all is refused on the spot (400): there is no field to name.
 */
public final class RequestReader {

  /** The page size when the caller gives none, and the largest it may ask for. */
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;
  /** Any non-negative long: a cursor may pack two keys into one (see {@code sql/reporting/list-input.sql}). */
  private static final Pattern CURSOR = Pattern.compile("\\d{1,19}");

  private final JsonNode node;
  private final String prefix;
  private final List<RowError> errors;

  private RequestReader(JsonNode node, String prefix, List<RowError> errors) {
    this.node = node;
    this.prefix = prefix;
    this.errors = errors;
  }

  /** A JSON object body (400 when it is none); an empty body only where {@code optional}. */
  public static RequestReader body(ObjectMapper json, String body, boolean optional) {
    if (optional && (body == null || body.isBlank())) {
      return new RequestReader(json.createObjectNode(), "", new ArrayList<>());
    }
    try {
      JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
      if (node == null || !node.isObject()) {
        throw ProblemException.badRequest("The body must be a JSON object.");
      }
      return new RequestReader(node, "", new ArrayList<>());
    } catch (JsonProcessingException e) {
      throw ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The named query parameters of a request, with {@code cursor} and {@code limit} for {@link #page}. */
  public static RequestReader query(Message request, String... names) {
    ObjectNode query = JsonNodeFactory.instance.objectNode();
    for (String name : names) {
      query.put(name, request.getHeader(name, String.class));
    }
    for (String name : List.of("cursor", "limit")) {
      query.put(name, request.getHeader(name, String.class));
    }
    return new RequestReader(query, "", new ArrayList<>());
  }

  /** The fields of a nested object, named with the prefix in errors, which go to the same list. */
  public RequestReader nested(JsonNode object, String path) {
    check(object.isObject(), path.substring(0, path.length() - 1), null, "must be an object");
    return new RequestReader(object.isObject() ? object : MissingNode.getInstance(), prefix + path, errors);
  }

  /** The field as sent, missing when absent (for shapes the typed readers do not cover). */
  public JsonNode field(String field) {
    return node.path(field);
  }

  public boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  /** The whole body as sent, for an audit record of the request. */
  public String asJson() {
    return node.toString();
  }

  /**
   * Which page of a list the caller asks for. The cursor is opaque to callers: they pass back the
   * {@code nextCursor} a page gave, as it was given.
   */
  public PageRequest page() {
    String cursor = text("cursor", false);
    boolean validCursor = cursor == null || CURSOR.matcher(cursor).matches() && fitsALong(cursor);
    check(validCursor, "cursor", cursor, "not a cursor this API gave (pass back a page's nextCursor as it is)");
    String limit = text("limit", false);
    boolean validLimit = limit == null || limit.matches("\\d{1,4}")
        && Integer.parseInt(limit) >= 1 && Integer.parseInt(limit) <= MAX_LIMIT;
    check(validLimit, "limit", limit, "must be a whole number from 1 to " + MAX_LIMIT);
    return new PageRequest(cursor == null || !validCursor ? null : Long.valueOf(cursor),
        limit == null || !validLimit ? DEFAULT_LIMIT : Integer.parseInt(limit));
  }

  private static boolean fitsALong(String digits) {
    try {
      Long.parseLong(digits);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** One of the allowed values; the default when absent (null: required). */
  public String oneOf(String field, String absent, List<String> allowed) {
    String text = text(field, absent == null);
    check(text == null || allowed.contains(text), field, text, "must be one of " + allowed);
    return text == null ? absent : text;
  }

  /** One of the allowed values, or null when absent. */
  public String optionalOneOf(String field, List<String> allowed) {
    String text = text(field, false);
    check(text == null || allowed.contains(text), field, text, "must be one of " + allowed);
    return text;
  }

  /** An ISO 8601 instant ({@code 2026-11-20T00:00:00Z}) as text PostgreSQL reads, or null. */
  public String instant(String field) {
    return parsed(field, Instant::parse, "an ISO 8601 instant such as 2026-11-20T00:00:00Z");
  }

  /** An ISO 8601 date-time with its offset ({@code 2026-11-01T00:00:00+01:00}) as text PostgreSQL reads, or null. */
  public String dateTime(String field) {
    return parsed(field, OffsetDateTime::parse, "an ISO 8601 date-time with offset such as 2026-11-01T00:00:00Z");
  }

  /** An ISO 8601 date ({@code 2026-11-20}) as text PostgreSQL reads, or null. */
  public String date(String field) {
    return parsed(field, LocalDate::parse, "an ISO 8601 date such as 2026-11-20");
  }

  private String parsed(String field, Function<String, ?> parser, String expected) {
    String text = text(field, false);
    try {
      return text == null ? null : parser.apply(text).toString();
    } catch (DateTimeParseException e) {
      check(false, field, text, "not " + expected);
      return null;
    }
  }

  /** A whole number from min to max given as text (a query parameter); null when absent. */
  public Integer wholeNumber(String field, int min, int max) {
    String text = text(field, false);
    boolean valid = text == null
        || text.matches("\\d{1,9}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max;
    check(valid, field, text, "must be a whole number from " + min + " to " + max);
    return text == null || !valid ? null : Integer.valueOf(text);
  }

  public int integer(String field, int absent, int min, int max) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return absent;
    }
    check(value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= min && value.asInt() <= max,
        field, value.toString(), "must be a whole number from " + min + " to " + max);
    return value.asInt();
  }

  public boolean bool(String field, boolean absent) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return absent;
    }
    check(value.isBoolean(), field, value.toString(), "must be true or false");
    return value.asBoolean();
  }

  /** A query parameter that is true or false; {@code absent} when not given. */
  public boolean flag(String field, boolean absent) {
    String text = text(field, false);
    check(text == null || text.equals("true") || text.equals("false"), field, text, "must be true or false");
    return text == null ? absent : text.equals("true");
  }

  /** The field as trimmed text; null when absent or blank (a problem when {@code required}). */
  public String text(String field, boolean required) {
    JsonNode value = node.path(field);
    String text = value.isValueNode() && !value.isNull() ? value.asText().trim() : null;
    if (text != null && text.isEmpty()) {
      text = null;
    }
    check(text == null || text.indexOf('\0') < 0, field, null, "must not contain a NUL character (U+0000)");
    check(!required || text != null, field, null, "is required");
    return text;
  }

  /** Required text matching the pattern; {@code rule} says in words what it must be. */
  public String code(String field, Pattern pattern, String rule) {
    String text = text(field, true);
    check(text == null || pattern.matcher(text).matches(), field, text, "must be " + rule);
    return text;
  }

  /** An array's items as text; empty when absent. */
  public List<String> list(String field) {
    JsonNode value = node.path(field);
    List<String> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> items.add(v.asText()));
    } else {
      check(value.isMissingNode() || value.isNull(), field, value.toString(), "must be an array");
    }
    return items;
  }

  /** A decimal amount, not negative, from the field's text; null when absent. */
  public BigDecimal amount(String field) {
    String text = text(field, false);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(text);
      check(amount.signum() >= 0, field, text, "must not be negative");
      return amount;
    } catch (NumberFormatException e) {
      check(false, field, text, "not a decimal amount");
      return null;
    }
  }

  /** Records a problem with the field unless {@code ok}. */
  public void check(boolean ok, String field, String value, String message) {
    if (!ok) {
      errors.add(RowError.ofNotice(prefix + field, value, message));
    }
  }

  /** The named parameters read, once nothing was wrong; otherwise one 422 listing every problem. */
  public Map<String, Object> done(Map<String, Object> row) {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("The request has " + errors.size() + " invalid field(s) or parameter(s).", errors);
    }
    return row;
  }
}
