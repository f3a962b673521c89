package org.pmdc.hub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.RequestReader;
import org.springframework.stereotype.Component;

/**
 * Reads the requests of {@code routes/clients-api.camel.yaml} into the named parameters of their
 * SQL: API clients, their secrets and status, and the access audit.
 */
@Component("clientRequests")
public class ClientRequests {

  private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._~-]{1,127}$");
  private static final List<String> CLIENT_ROLES = Arrays.stream(Role.values()).map(Role::code).toList();

  private final ObjectMapper json;

  ClientRequests(ObjectMapper json) {
    this.json = json;
  }

  /**
   * {@code POST /clients}: a client for a role; a publisher or subscriber client names its
   * participant. {@code clientId} is needed for a client of an external provider (its id there);
   * the hub makes one up otherwise.
   */
  public Map<String, Object> client(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String role = in.oneOf("role", null, CLIENT_ROLES);
    String clientId = in.text("clientId", false);
    in.check(clientId == null || CLIENT_ID.matcher(clientId).matches(), "clientId", clientId,
        "must be letters, digits, '.', '_', '~' or '-', 2 to 128 characters");
    Map<String, Object> row = new HashMap<>();
    row.put("role", role);
    row.put("clientId", clientId);
    row.put("name", in.text("name", false));
    row.put("participant", in.text("participant", "publisher".equals(role) || "subscriber".equals(role)));
    return in.done(row);
  }

  /** {@code PATCH /clients/{clientId}}: {@code {"status": "revoked" | "active"}}. */
  public Map<String, Object> clientStatus(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String status = in.oneOf("status", null, List.of("active", "revoked"));
    Map<String, Object> row = new HashMap<>();
    row.put("status", status);
    return in.done(row);
  }

  /**
   * {@code POST /clients/{clientId}/secret}: how long the previous secrets keep working, in
   * seconds (null: the configured grace period).
   */
  public Map<String, Object> rotation(String body) {
    RequestReader in = RequestReader.body(json, body, true);
    Map<String, Object> row = new HashMap<>();
    row.put("graceSeconds", in.has("graceSeconds") ? in.integer("graceSeconds", 0, 0, 30 * 24 * 3600) : null);
    return in.done(row);
  }

  /** {@code GET /audit?actor=&target=&from=&to=&cursor=&limit=}: the parameters of {@code list-access.sql}. */
  public Map<String, Object> auditQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "actor", "target", "from", "to");
    PageRequest page = in.page();
    Map<String, Object> row = new HashMap<>();
    row.put("actor", in.text("actor", false));
    row.put("target", in.text("target", false));
    row.put("from", in.instant("from"));
    row.put("to", in.instant("to"));
    row.put("before", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }
}
