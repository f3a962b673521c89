package org.pmdc.hub.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.delivery.StandardWebhookSigner;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the bodies of the admin API ({@code routes/admin-api.camel.yaml}) and turns
 * each into the named parameters of its INSERT. Every problem is reported at once, by field.
 */
@Component("adminRequests")
public class AdminRequests {

  private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9_-]{1,62}$");
  private static final Pattern FUND_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");

  private final ObjectMapper json;

  AdminRequests(ObjectMapper json) {
    this.json = json;
  }

  public Map<String, Object> publisher(String body) {
    return participant(body, "gp", "gp_agent");
  }

  public Map<String, Object> subscriber(String body) {
    return participant(body, "lp", "lp_agent");
  }

  private Map<String, Object> participant(String body, String... kinds) {
    Fields in = new Fields(read(body));
    Map<String, Object> row = new HashMap<>();
    row.put("code", in.code("code", CODE, "lower-case letters, digits, '-' or '_', 2 to 63 characters"));
    row.put("name", in.text("name", true));
    String kind = in.text("kind", false);
    row.put("kind", kind == null ? kinds[0] : kind);
    in.check(List.of(kinds).contains(row.get("kind")), "kind", kind, "must be one of " + List.of(kinds));
    return in.done(row);
  }

  public Map<String, Object> fund(String body) {
    Fields in = new Fields(read(body));
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", in.text("publisher", true));
    row.put("code", in.code("code", FUND_CODE, "letters, digits, '.', '_', '/' or '-', up to 64 characters"));
    row.put("name", in.text("name", true));
    String currency = in.text("currency", true);
    in.check(currency == null || isCurrency(currency), "currency", currency, "not an ISO 4217 currency code");
    row.put("currency", currency);
    JsonNode vintage = in.node.path("vintageYear");
    row.put("vintageYear", vintage.isMissingNode() || vintage.isNull() ? null : vintage.asInt());
    row.put("strategy", in.text("strategy", false));
    row.put("geography", in.text("geography", false));
    String size = in.text("targetSize", false);
    row.put("targetSize", in.amount("targetSize", size));
    return in.done(row);
  }

  public Map<String, Object> subscription(String body) {
    Fields in = new Fields(read(body));
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", in.text("publisher", true));
    row.put("subscriber", in.text("subscriber", true));
    List<String> funds = in.list("funds");
    funds.forEach(f -> in.check(FUND_CODE.matcher(f).matches(), "funds", f, "not a fund code"));
    row.put("fundCodes", String.join(",", funds));
    List<String> types = in.list("recordTypes");
    types.forEach(t -> in.check(RecordType.fromCode(t).isPresent(), "recordTypes", t,
        "must be one of " + RecordType.codes()));
    row.put("recordTypes", String.join(",", types));
    String url = in.text("webhookUrl", true);
    in.check(url == null || isHttpUrl(url), "webhookUrl", url, "must be an absolute http(s) URL");
    row.put("webhookUrl", url);
    String secret = in.text("signingSecret", false);
    in.check(secret == null || StandardWebhookSigner.isWellFormed(secret), "signingSecret", null,
        "must be 'whsec_' followed by at least 24 base64-encoded bytes");
    row.put("signingSecret", secret == null ? StandardWebhookSigner.newSecret() : secret);
    return in.done(row);
  }

  private JsonNode read(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
      if (node == null || !node.isObject()) {
        throw ProblemException.badRequest("The body must be a JSON object.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static boolean isCurrency(String code) {
    try {
      return code.length() == 3 && Currency.getInstance(code) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads fields from one JSON body, collecting every problem. */
  private static final class Fields {
    private final JsonNode node;
    private final List<RowError> errors = new ArrayList<>();

    Fields(JsonNode node) {
      this.node = node;
    }

    String text(String field, boolean required) {
      JsonNode value = node.path(field);
      String text = value.isValueNode() && !value.isNull() ? value.asText().trim() : null;
      if (text != null && text.isEmpty()) {
        text = null;
      }
      check(!required || text != null, field, null, "is required");
      return text;
    }

    String code(String field, Pattern pattern, String rule) {
      String text = text(field, true);
      check(text == null || pattern.matcher(text).matches(), field, text, "must be " + rule);
      return text;
    }

    List<String> list(String field) {
      JsonNode value = node.path(field);
      List<String> items = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(v -> items.add(v.asText()));
      } else {
        check(value.isMissingNode() || value.isNull(), field, value.toString(), "must be an array");
      }
      return items;
    }

    BigDecimal amount(String field, String text) {
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

    void check(boolean ok, String field, String value, String message) {
      if (!ok) {
        errors.add(RowError.ofNotice(field, value, message));
      }
    }

    Map<String, Object> done(Map<String, Object> row) {
      if (!errors.isEmpty()) {
        throw ProblemException.invalid("The request has " + errors.size() + " invalid field(s).", errors);
      }
      return row;
    }
  }
}
