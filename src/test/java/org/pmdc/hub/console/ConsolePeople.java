package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.pmdc.hub.security.Role;

/** People for the browser journeys, created as an administrator creates them (through ConsoleUsers). */
final class ConsolePeople {

  static final String FIRST_PASSWORD = "first password for you";
  /** The password the journeys' people have chosen (instead of their first one). */
  static final String CHOSEN_PASSWORD = "a quiet harbour at dawn";

  private ConsolePeople() {}

  /** A new user with a first password it must change at its first sign-in. */
  static String newUser(ConsoleUsers users, Role role, String participant) {
    String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(users.create(new ConsoleUsers.NewUser(username, "Test " + role.code(), role, participant, FIRST_PASSWORD),
        "test")).isTrue();
    return username;
  }

  /** A user who has already chosen {@link #CHOSEN_PASSWORD}: sign-in leads straight to its home page. */
  static String readyUser(ConsoleUsers users, Role role, String participant) {
    String username = newUser(users, role, participant);
    users.changePassword(username, CHOSEN_PASSWORD);
    return username;
  }
}
