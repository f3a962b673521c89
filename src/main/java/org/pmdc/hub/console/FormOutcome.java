package org.pmdc.hub.console;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a form: back to its page (post, redirect, get, so a reload sends nothing twice) with what
 * was done, or with the API's problems, each named field on its own line.
 */
final class FormOutcome {

  private FormOutcome() {}

  static String redirect(HubApi.Answer answer, String done, String page, RedirectAttributes next) {
    if (answer.ok()) {
      next.addFlashAttribute("done", done);
    } else {
      next.addFlashAttribute("problems", answer.problems());
    }
    return "redirect:" + page;
  }
}
