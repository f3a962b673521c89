package org.pmdc.hub.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page may show: who is signed in (for the header and the menu of its role),
 * and the password rule the forms state.
 */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
class ConsolePages {

  private final ConsoleSettings settings;

  ConsolePages(ConsoleSettings settings) {
    this.settings = settings;
  }

  @ModelAttribute("minPasswordLength")
  int minPasswordLength() {
    return settings.minPasswordLength();
  }

  @ModelAttribute("user")
  SignedInUser user(@AuthenticationPrincipal SignedInUser user) {
    return user;
  }
}
