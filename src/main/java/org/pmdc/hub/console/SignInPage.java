package org.pmdc.hub.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The sign-in form (Spring Security takes the form it sends) and the page that explains a refusal. */
@Controller
class SignInPage {

  @GetMapping(SignInOutcomes.SIGN_IN_PAGE)
  String signIn() {
    return "console/sign-in";
  }

  /** Shown with 403 when the signed-in user's role may not open a page or send a form. */
  @RequestMapping(value = "/console/forbidden", method = {RequestMethod.GET, RequestMethod.POST})
  String forbidden() {
    return "console/forbidden";
  }
}
