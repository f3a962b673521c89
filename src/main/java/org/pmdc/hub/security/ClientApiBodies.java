package org.pmdc.hub.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the clients, approval and access-audit APIs answer ({@code routes/clients-api.camel.yaml}),
 * as the OpenAPI document describes it; {@code sql/security/} builds the bodies, the integration
 * tests hold each answer to these shapes.
 */
public final class ClientApiBodies {

  private ClientApiBodies() {}

  @Schema(description = "an approved participant and its API client", requiredProperties = {"participant", "role",
      "status"})
  public record Approval(String participant, @Schema(description = "publisher or subscriber") String role,
      String status, @Schema(description = "null where an external identity provider issues the participant's"
          + " credentials and none is registered yet") String clientId,
      @Schema(description = "shown in this answer only, the first time") String clientSecret) {}

  @Schema(requiredProperties = {"clientId", "role", "status"})
  public record Client(String clientId, @Schema(description = "admin, viewer, publisher or subscriber") String role,
      String participant, String name, @Schema(description = "active or revoked") String status,
      OffsetDateTime createdAt, List<ClientSecret> secrets,
      @Schema(description = "shown in the answer that issues it only") String clientSecret) {}

  @Schema(description = "a live secret (never its value)", requiredProperties = "createdAt")
  public record ClientSecret(OffsetDateTime createdAt, OffsetDateTime expiresAt) {}

  @Schema(requiredProperties = {"clientId", "clientSecret"})
  public record Rotation(String clientId, @Schema(description = "shown in this answer only") String clientSecret,
      @Schema(description = "when the secrets before it stop working") OffsetDateTime previousSecretsExpireAt) {}

  @Schema(requiredProperties = {"clientId", "status"})
  public record ClientStatus(String clientId, String status) {}

  @Schema(description = "authenticated calls, newest first", requiredProperties = "items")
  public record AccessPage(List<AccessEvent> items,
      @Schema(description = "?cursor= for the next page (null: this is the last)") String nextCursor) {}

  @Schema(requiredProperties = {"at", "actor", "method", "target", "outcome"})
  public record AccessEvent(OffsetDateTime at, String actor, String role, String participant,
      @Schema(description = "the operation id") String action, String method, String target,
      @Schema(description = "the HTTP status") Integer outcome, String requestId, Long durationMs) {}

  // The bodies these APIs take (ClientRequests reads them; what it refuses is answered 422).

  @Schema(requiredProperties = "role")
  public record NewClient(@Schema(allowableValues = {"admin", "viewer", "publisher", "subscriber"}) String role,
      @Schema(description = "a publisher's or subscriber's code; required for those roles") String participant,
      String name, @Schema(description = "the id an external identity provider gives the client") String clientId) {}

  public record RotationRequest(@Schema(minimum = "0", maximum = "2592000",
      description = "how long the previous secrets keep working (default PMDC_OAUTH_ROTATION_GRACE)")
      Integer graceSeconds) {}

  @Schema(requiredProperties = "status")
  public record ClientStatusRequest(@Schema(allowableValues = {"active", "revoked"}) String status) {}
}
