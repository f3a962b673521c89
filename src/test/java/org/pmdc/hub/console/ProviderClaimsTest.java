package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.security.Role;

class ProviderClaimsTest {

  private final ProviderClaims claims = new ProviderClaims("email", "roles", "pmdc_participant");

  @Test
  void aSubscriberUserIsReadWithItsParticipantAndTheUsernameLowerCased() throws Exception {
    ProviderClaims.ProviderUser user = claims.read(Map.of("email", "Ana.Lima@LP.example", "name", "Ana Lima",
        "roles", "subscriber", "pmdc_participant", "lp-north"));

    assertThat(user).isEqualTo(new ProviderClaims.ProviderUser("ana.lima@lp.example", "Ana Lima", Role.SUBSCRIBER, "lp-north"));
  }

  @Test
  void aListOfRolesGivesTheOneHubRoleAmongTheProvidersOwnAndStaffNeedNoParticipant() throws Exception {
    ProviderClaims.ProviderUser user = claims.read(Map.of("email", "ops@coop.example",
        "roles", List.of("Directory.Reader", "viewer", "viewer")));

    assertThat(user.role()).isEqualTo(Role.VIEWER);
    assertThat(user.participant()).isNull();
    assertThat(user.displayName()).as("no name claim").isEqualTo("ops@coop.example");
  }

  @Test
  void claimsThatDoNotSayPlainlyWhoThePersonIsAreRefusedWithTheClaimNamed() {
    assertThatThrownBy(() -> claims.read(Map.of("email", "x@gp.example", "roles", List.of("admin", "publisher"))))
        .hasMessageContaining("exactly one of [admin, viewer, publisher, subscriber]").hasMessageContaining("[admin, publisher]");
    assertThatThrownBy(() -> claims.read(Map.of("email", "x@gp.example", "roles", "owner")))
        .hasMessageContaining("it names []");
    assertThatThrownBy(() -> claims.read(Map.of("email", "x@gp.example", "roles", "publisher")))
        .hasMessage("a publisher user needs claim pmdc_participant");
    assertThatThrownBy(() -> claims.read(Map.of("email", "x @gp.example", "roles", "admin")))
        .hasMessageContaining("claim email is not a username");
    assertThatThrownBy(() -> claims.read(Map.of("roles", "admin"))).hasMessageContaining("claim email");
  }
}
