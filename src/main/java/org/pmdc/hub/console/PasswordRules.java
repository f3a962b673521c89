package org.pmdc.hub.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a chosen password must be: long enough (length is what makes a password hard to guess; no
 * rules about character classes, as NIST SP 800-63B advises), typed the same twice, not the
 * username, and, when it replaces one, not the one it replaces. Every problem is listed at once.
 */
final class PasswordRules {

  private final int minLength;

  PasswordRules(int minLength) {
    this.minLength = minLength;
  }

  List<String> problems(String username, String password, String repeated, String replaced) {
    List<String> problems = new ArrayList<>();
    String chosen = password == null ? "" : password;
    if (chosen.codePointCount(0, chosen.length()) < minLength) {
      problems.add("The password must be at least " + minLength + " characters long.");
    }
    if (!chosen.equals(repeated)) {
      problems.add("The two passwords are not the same.");
    }
    if (!chosen.isEmpty() && chosen.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      problems.add("The password must not contain the username.");
    }
    if (replaced != null && chosen.equals(replaced)) {
      problems.add("The new password must differ from the current one.");
    }
    return problems;
  }
}
