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

  @Schema(requiredProperties = {"id", "status", "previousStatus"})
  public record Rerun(UUID id, @Schema(description = "received") String status, String previousStatus) {}

  @Schema(requiredProperties = {"publisher", "code"})
  public record Investor(String publisher, String code, String name, String legalName, String type, String lei,
      String domicile, String noticeContact,
      @Schema(description = "null: a record introduced it without registering it") OffsetDateTime registeredAt,
      @Schema(description = "the submission that introduced it") UUID introducedBy) {}
}
