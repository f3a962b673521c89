package org.pmdc.hub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.RequestReader;
import org.pmdc.hub.canonical.Money;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.delivery.ChannelSettings;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the bodies of the admin API ({@code routes/admin-api.camel.yaml}) and turns
 * each into the named parameters of its INSERT. Every problem is reported at once, by field.
 */
@Component("adminRequests")
public class AdminRequests {

  private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9_-]{1,62}$");
  private static final Pattern FUND_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");
  private static final List<String> SUBSCRIPTION_STATUSES = List.of("pending", "active", "suspended");
  private static final List<String> INVESTOR_TYPES = List.of("pension", "endowment", "foundation", "sovereign_wealth",
      "insurance", "fund_of_funds", "family_office", "individual", "corporate", "bank", "other");
  private static final List<String> INVESTOR_POLICIES = List.of("open", "registered-only");
  private static final List<String> POSITION_CHECKS = List.of("warn", "reject");
  private static final Pattern INVESTOR_CODE = Pattern.compile("^[^\\p{Cntrl}]{1,100}$");
  private static final Pattern LEI = Pattern.compile("^[A-Z0-9]{18}[0-9]{2}$");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final ObjectMapper json;
  private final ChannelSettings channelSettings;

  AdminRequests(ObjectMapper json, ChannelSettings channelSettings) {
    this.json = json;
    this.channelSettings = channelSettings;
  }

  public Map<String, Object> publisher(String body) {
    return participant(body, "gp", "gp_agent");
  }

  /**
   * {@code GET /investors}: a publisher's own investors (the token names it, whatever
   * {@code ?publisher=} says), or for staff the one named or all; a page in register order.
   */
  public Map<String, Object> investorQuery(Exchange exchange, String callerPublisher) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher");
    PageRequest page = in.page();
    String named = in.text("publisher", false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", callerPublisher != null ? callerPublisher : named);
    row.put("after", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }

  /**
   * An investor to register: a publisher registers its own ({@code callerPublisher}, whatever the
   * body says); staff name the publisher. The LEI's check digits and the domicile are verified.
   */
  public Map<String, Object> investor(String body, String callerPublisher) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", callerPublisher != null ? callerPublisher : in.text("publisher", true));
    row.put("code", in.code("code", INVESTOR_CODE, "the investor's code in the publisher's records, 1 to 100 characters"));
    row.put("legalName", in.text("legalName", true));
    String type = in.text("type", false);
    in.check(type == null || INVESTOR_TYPES.contains(type), "type", type, "must be one of " + INVESTOR_TYPES);
    row.put("type", type);
    String lei = in.text("lei", false);
    in.check(lei == null || isLei(lei), "lei", lei, "not an ISO 17442 LEI (20 characters whose last two check the rest)");
    row.put("lei", lei);
    String domicile = in.text("domicile", false);
    in.check(domicile == null || COUNTRIES.contains(domicile), "domicile", domicile,
        "not an ISO 3166-1 alpha-2 country code (GB, US, CA…)");
    row.put("domicile", domicile);
    String contact = in.text("noticeContact", false);
    in.check(contact == null || contact.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), "noticeContact", contact,
        "must be an e-mail address");
    row.put("noticeContact", contact);
    return in.done(row);
  }

  /**
   * PATCH /publishers/{code}: {@code "investors": "open" | "registered-only"} and
   * {@code "positionChecks": "warn" | "reject"}, either or both.
   */
  public Map<String, Object> publisherSettings(String body, String code) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("code", code);
    row.put("investorPolicy", in.oneOf("investors", "", INVESTOR_POLICIES));
    row.put("positionChecks", in.oneOf("positionChecks", "", POSITION_CHECKS));
    in.check(!"".equals(row.get("investorPolicy")) || !"".equals(row.get("positionChecks")), "investors", null,
        "give investors, positionChecks or both");
    row.replaceAll((key, value) -> "".equals(value) ? null : value);
    return in.done(row);
  }

  /** ISO 17442: 20 characters, the whole read as a base-36 number is 1 modulo 97 (ISO 7064). */
  private static boolean isLei(String lei) {
    if (!LEI.matcher(lei).matches()) {
      return false;
    }
    int remainder = 0;
    for (char c : lei.toCharArray()) {
      int value = Character.digit(c, 36);
      remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
    }
    return remainder == 1;
  }

  public Map<String, Object> subscriber(String body) {
    return participant(body, "lp", "lp_agent");
  }

  private Map<String, Object> participant(String body, String... kinds) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("code", in.code("code", CODE, "lower-case letters, digits, '-' or '_', 2 to 63 characters"));
    row.put("name", in.text("name", true));
    String kind = in.text("kind", false);
    row.put("kind", kind == null ? kinds[0] : kind);
    in.check(List.of(kinds).contains(row.get("kind")), "kind", kind, "must be one of " + List.of(kinds));
    return in.done(row);
  }

  public Map<String, Object> fund(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", in.text("publisher", true));
    row.put("code", in.code("code", FUND_CODE, "letters, digits, '.', '_', '/' or '-', up to 64 characters"));
    row.put("name", in.text("name", true));
    String currency = in.text("currency", true);
    Optional<String> notACurrency = currency == null ? Optional.empty() : Money.notACurrency(currency);
    in.check(notACurrency.isEmpty(), "currency", currency, notACurrency.orElse(null));
    row.put("currency", currency);
    JsonNode vintage = in.field("vintageYear");
    row.put("vintageYear", vintage.isMissingNode() || vintage.isNull() ? null : vintage.asInt());
    row.put("strategy", in.text("strategy", false));
    row.put("geography", in.text("geography", false));
    row.put("targetSize", in.amount("targetSize"));
    row.put("multiCurrency", in.bool("multiCurrency", false));
    return in.done(row);
  }

  public Map<String, Object> subscription(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", in.text("publisher", true));
    String subscriber = in.text("subscriber", true);
    row.put("subscriber", subscriber);
    List<String> funds = in.list("funds");
    funds.forEach(f -> in.check(FUND_CODE.matcher(f).matches(), "funds", f, "not a fund code"));
    row.put("fundCodes", String.join(",", funds));
    List<String> types = in.list("recordTypes");
    types.forEach(t -> in.check(RecordType.fromCode(t).filter(RecordType::isDeliverable).isPresent(), "recordTypes", t,
        "must be one of " + RecordType.deliverableCodes()));
    row.put("recordTypes", String.join(",", types));
    row.put("status", in.oneOf("status", "active", SUBSCRIPTION_STATUSES));
    investors(in, row);
    row.put("channels", channelSettings.channels(in, subscriber).toString());
    return in.done(row);
  }

  /** {@code PUT /subscriptions/{id}/investors}: {@code {"investors": [...] | "all"}}. */
  public Map<String, Object> subscriptionInvestors(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    investors(in, row);
    return in.done(row);
  }

  /**
   * Whom a subscription represents, which it must say (there is no default): {@code "all"} —
   * every investor's lines — or a list of the publisher's investor codes, possibly empty (no
   * investor's lines; fund-level records only). A code the publisher has not used yet is accepted.
   */
  private void investors(RequestReader in, Map<String, Object> row) {
    JsonNode given = in.field("investors");
    ArrayNode codes = json.createArrayNode();
    String scope = null;
    if (given.isTextual() && given.asText().equals("all")) {
      scope = "all";
    } else if (given.isArray()) {
      scope = "listed";
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < given.size(); i++) {
        JsonNode code = given.get(i);
        String text = code.isTextual() ? code.asText().trim() : "";
        String field = "investors[" + i + "]";
        in.check(!text.isEmpty(), field, code.toString(), "must be an investor code (text)");
        in.check(seen.add(text) || text.isEmpty(), field, text, "is listed twice");
        codes.add(text);
      }
    } else {
      in.check(false, "investors", given.isMissingNode() ? null : given.toString(),
          "is required: the publisher's investor codes this subscriber represents (e.g. [\"LP-0001\"]),"
              + " or \"all\" for every investor's lines");
    }
    row.put("investorScope", scope);
    row.put("investorCodes", codes.toString());
  }

  /** {@code PATCH /subscriptions/{id}} or {@code /subscribers/{code}}: a new status. */
  public Map<String, Object> status(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String status = in.text("status", true);
    in.check(status == null || SUBSCRIPTION_STATUSES.contains(status), "status", status,
        "must be one of " + SUBSCRIPTION_STATUSES);
    Map<String, Object> row = new HashMap<>();
    row.put("status", status);
    return in.done(row);
  }
}
