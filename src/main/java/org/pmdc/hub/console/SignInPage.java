package org.pmdc.hub.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The sign-in form (Spring Security takes the form it sends), with a button to the organisation's
 * OpenID provider when one is configured, and the page that explains a refusal.
 */
@Controller
class SignInPage {

  private final ObjectProvider<ProviderSignIn> provider;

  SignInPage(ObjectProvider<ProviderSignIn> provider) {
    this.provider = provider;
  }

  @GetMapping(SignInOutcomes.SIGN_IN_PAGE)
  String signIn(Model model) {
    provider.ifAvailable(signIn -> {
      model.addAttribute("providerName", signIn.name());
      model.addAttribute("providerStart", ProviderSignIn.START);
    });
    return "console/sign-in";
  }

  /** Shown with 403 when the signed-in user's role may not open a page or send a form. */
  @RequestMapping(value = "/console/forbidden", method = {RequestMethod.GET, RequestMethod.POST})
  String forbidden() {
    return "console/forbidden";
  }
}
