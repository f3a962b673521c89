package org.pmdc.hub.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the participants, funds, subscriptions and investors APIs answer
 * ({@code routes/admin-api.camel.yaml}, {@code investors-api.camel.yaml}), as the OpenAPI
 * document describes it; {@code sql/admin/} and {@code sql/investors/} build the bodies, the
 * integration tests hold each answer to these shapes.
 */
public final class AdminApiBodies {

  private AdminApiBodies() {}

  @Schema(description = "a publisher (GP) or subscriber (LP)", requiredProperties = {"code", "name", "kind", "status"})
  public record Participant(String code, String name,
      @Schema(description = "gp or gp_agent; lp or lp_agent") String kind,
      @Schema(description = "pending, active or suspended") String status, OffsetDateTime createdAt) {}

  @Schema(description = "a recalculation queue and its current or last run",
      requiredProperties = {"queue", "pending", "due", "running"})
  public record Recalculation(
      @Schema(description = "performance, reporting or cohorts") String queue,
      @Schema(description = "requests it holds, due now or postponed") long pending,
      @Schema(description = "requests due now") long due,
      boolean running,
      OffsetDateTime startedAt,
      @Schema(description = "computed in the run, by every hub") Integer done,
      @Schema(description = "failed in the run, postponed with their error") Integer failed,
      OffsetDateTime updatedAt,
      OffsetDateTime finishedAt,
      @Schema(description = "what is due at the run's pace; null with secondsLeftReason when it cannot be told")
      Long secondsLeft,
      String secondsLeftReason) {}

  @Schema(requiredProperties = {"publisher", "code", "name", "currency"})
  public record Fund(String publisher, String code, String name, @Schema(description = "ISO 4217") String currency,
      Integer vintageYear, String strategy, String geography, @Schema(description = "decimal") String targetSize,
      Boolean multiCurrency, OffsetDateTime createdAt) {}

  @Schema(description = "what a subscriber receives of a publisher's records, and how; each channel carries its"
      + " settings (never a credential)", requiredProperties = {"id", "publisher", "subscriber", "status", "investors"},
      additionalProperties = AdditionalPropertiesValue.TRUE)
  public record Subscription(long id, String publisher, String subscriber, List<String> funds,
      List<String> recordTypes, @Schema(description = "pending, active or suspended") String status,
      List<Channel> channels,
      @Schema(description = "the investor codes it represents, or \"all\"") Object investors,
      @Schema(description = "codes the publisher has not used yet") List<String> unknownInvestors,
      OffsetDateTime createdAt) {}

  @Schema(description = "a delivery channel: its id and type, then its settings", requiredProperties = {"id", "type"},
      additionalProperties = AdditionalPropertiesValue.TRUE)
  public record Channel(UUID id, @Schema(description = "webhook, kafka, sftp or folder") String type,
      @Schema(description = "a webhook's signing secret, shown in this answer only") String signingSecret) {}

  @Schema(requiredProperties = {"id", "investors"})
  public record SubscriptionInvestors(long id, @Schema(description = "codes, or \"all\"") Object investors,
      List<String> unknownInvestors, @Schema(description = "codes, or \"all\"") Object previousInvestors) {}

  @Schema(description = "a status change", requiredProperties = {"status"})
  public record StatusChange(@Schema(description = "the subscription's id") Long id,
      @Schema(description = "the subscriber's code") String code, String status, String previousStatus) {}

  @Schema(requiredProperties = {"code", "investors", "positionChecks"})
  public record PublisherSettings(String code, @Schema(description = "open or registered-only") String investors,
      @Schema(description = "warn or reject") String positionChecks) {}

  @Schema(requiredProperties = {"items"})
  public record InvestorPage(List<Investor> items,
      @Schema(description = "?cursor= for the next page (null: this is the last)") String nextCursor) {}

  @Schema(requiredProperties = {"publisher", "code"})
  public record Investor(String publisher, String code, String name, String legalName, String type, String lei,
      String domicile, String noticeContact,
      @Schema(description = "null: a record introduced it without registering it") OffsetDateTime registeredAt,
      @Schema(description = "the submission that introduced it") UUID introducedBy) {}

  // The bodies these APIs take (AdminRequests reads them; what it refuses is answered 422).

  @Schema(description = "a new publisher or subscriber", requiredProperties = {"code", "name"})
  public record NewParticipant(
      @Schema(pattern = "^[a-z0-9][a-z0-9_-]{1,62}$") String code, String name,
      @Schema(description = "gp (default) or gp_agent for a publisher; lp (default) or lp_agent for a subscriber")
      String kind) {}

  @Schema(requiredProperties = {"publisher", "code", "name", "currency"})
  public record NewFund(String publisher, String code, String name, @Schema(pattern = "^[A-Z]{3}$") String currency,
      Integer vintageYear, String strategy, String geography,
      @Schema(types = {"string", "number"}, description = "decimal") Object targetSize, Boolean multiCurrency) {}

  @Schema(requiredProperties = {"publisher", "subscriber", "investors", "channels"})
  public record NewSubscription(String publisher, String subscriber,
      @Schema(description = "fund codes (none: all the publisher's funds)") List<String> funds,
      @Schema(description = "record types (none: all)") List<String> recordTypes,
      @Schema(allowableValues = {"pending", "active", "suspended"}, description = "active by default") String status,
      @Schema(description = "the publisher's investor codes, each once, or \"all\"") Object investors,
      List<ChannelRequest> channels) {}

  @Schema(description = "a delivery channel: its type and that type's settings (docs/api.md, \"Deliveries\")",
      requiredProperties = "type", additionalProperties = AdditionalPropertiesValue.TRUE)
  public record ChannelRequest(@Schema(allowableValues = {"webhook", "kafka", "sftp", "folder"}) String type) {}

  @Schema(requiredProperties = "investors")
  public record InvestorsRequest(
      @Schema(description = "the publisher's investor codes, each once (empty: no investor's lines), or \"all\"")
      Object investors) {}

  @Schema(requiredProperties = "status")
  public record StatusRequest(@Schema(allowableValues = {"pending", "active", "suspended"}) String status) {}

  public record PublisherSettingsRequest(@Schema(allowableValues = {"open", "registered-only"}) String investors,
      @Schema(allowableValues = {"warn", "reject"}) String positionChecks) {}

  @Schema(requiredProperties = {"code", "legalName"})
  public record NewInvestor(@Schema(description = "staff only: the publisher's code") String publisher, String code,
      String legalName, @Schema(allowableValues = {"pension", "endowment", "foundation", "sovereign_wealth", "insurance",
          "fund_of_funds", "family_office", "individual", "corporate", "bank", "other"}) String type,
      @Schema(pattern = "^[A-Z0-9]{18}[0-9]{2}$", description = "ISO 17442") String lei,
      @Schema(pattern = "^[A-Z]{2}$", description = "ISO 3166-1 alpha-2") String domicile, String noticeContact) {}
}
