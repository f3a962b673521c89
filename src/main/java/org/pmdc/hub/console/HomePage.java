package org.pmdc.hub.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after sign-in, by role. Staff: the health of each part of the hub (the same
 * components as {@code /actuator/health}: database, FX rates, the translation service's breaker,
 * the delivery backlog), the recalculation queues with their runs, and who waits for approval. A
 * publisher user: its submissions today and its deliveries pending or dead. A subscriber user: its
 * records of the last seven days and the capital calls due within ten business days, through the
 * LP API's entitlement.
 */
@Controller
class HomePage {

  static final int DUE_WITHIN_BUSINESS_DAYS = 10;
  static final int NEW_FOR_DAYS = 7;

  private final SqlFiles sql;
  private final HealthEndpoint health;
  private final HubApi api;

  HomePage(SqlFiles sql, HealthEndpoint health, HubApi api) {
    this.sql = sql;
    this.health = health;
    this.api = api;
  }

  @GetMapping({"/console", "/console/"})
  String home(@AuthenticationPrincipal SignedInUser user, Model model) {
    switch (user.role()) {
      case ADMIN, VIEWER -> {
        model.addAttribute("health", components());
        model.addAttribute("recalculations", api.call(user, "get-recalculations", Map.of()).rows());
        model.addAttribute("approvals", sql.statement("console/admin-home.sql").query().listOfRows());
      }
      case PUBLISHER -> {
        model.addAttribute("submissions", sql.statement("console/publisher-submissions-today.sql")
            .param("publisher", user.participant()).query().listOfRows());
        Map<String, Object> deliveries = new LinkedHashMap<>(Map.of("pending", 0L, "dead", 0L));
        sql.statement("console/publisher-deliveries.sql").param("publisher", user.participant()).query()
            .listOfRows().forEach(row -> deliveries.put((String) row.get("status"), row.get("deliveries")));
        model.addAttribute("deliveries", deliveries);
      }
      case SUBSCRIBER -> {
        LocalDate dueBy = businessDaysAfter(LocalDate.now(), DUE_WITHIN_BUSINESS_DAYS);
        model.addAttribute("dueBy", dueBy);
        List<Map<String, Object>> records = sql.statement("console/subscriber-home.sql")
            .param("subscriber", user.participant()).param("since", OffsetDateTime.now().minusDays(NEW_FOR_DAYS))
            .param("dueBy", dueBy).query().listOfRows();
        records.forEach(record -> record.put("collection", RecordsPage.collectionOf((String) record.get("record_type"))));
        model.addAttribute("records", records);
      }
    }
    return "console/home";
  }

  /** Each component of the hub's health with its status and details, in the order the endpoint gives. */
  private Map<String, HealthComponent> components() {
    HealthComponent all = health.health();
    return all instanceof CompositeHealth composite ? composite.getComponents() : Map.of("hub", all);
  }

  /**
   * The date {@code days} business days after {@code from}, counting Monday to Friday only (public
   * holidays differ by fund and are not known to the hub).
   */
  static LocalDate businessDaysAfter(LocalDate from, int days) {
    LocalDate date = from;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return date;
  }
}
