package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private final PasswordRules rules = new PasswordRules(12);

  @Test
  void aLongPasswordTypedTwiceIsAccepted() {
    assertThat(rules.problems("vera", "correct horse battery", "correct horse battery", "old one")).isEmpty();
  }

  @Test
  void lengthIsCountedInCharactersNotBytes() {
    assertThat(rules.problems("vera", "ééééééééééé", "ééééééééééé", null)).hasSize(1); // 11 characters
    assertThat(rules.problems("vera", "éééééééééééé", "éééééééééééé", null)).isEmpty();
  }

  @Test
  void everyProblemIsListedAtOnce() {
    assertThat(rules.problems("vera", "Vera", "vera", "Vera")).containsExactly(
        "The password must be at least 12 characters long.",
        "The two passwords are not the same.",
        "The password must not contain the username.",
        "The new password must differ from the current one.");
  }

  @Test
  void anEmptyPasswordIsTooShortOnly() {
    assertThat(rules.problems("vera", null, "", null)).containsExactly("The password must be at least 12 characters long.");
  }
}
