package org.pmdc.hub.console;

import java.util.List;
import org.pmdc.hub.translation.TranslationOutage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Seed 000's error simulation, for administrators where the demonstration switch is enabled: the
 * translation service goes down on this hub instance (every submission processed meanwhile waits
 * as awaiting_translation) and comes back (they are processed, nothing lost).
 */
@Controller
class DemoPage {

  static final String PAGE = "/console/demo";

  private final TranslationOutage outage;

  DemoPage(TranslationOutage outage) {
    this.outage = outage;
  }

  @GetMapping(PAGE)
  String demo(Model model) {
    model.addAttribute("available", outage.available());
    model.addAttribute("outage", outage.isOn());
    return "console/demo";
  }

  @PostMapping(PAGE + "/outage/{state:on|off}")
  String switchOutage(@PathVariable String state, RedirectAttributes next) {
    if (outage.set(state.equals("on"))) {
      next.addFlashAttribute("done", state.equals("on")
          ? "The translation service is down on this instance: submissions now wait as awaiting_translation."
          : "The translation service is back: the submissions that waited are being processed.");
    } else {
      next.addFlashAttribute("problems", List.of(
          "The demonstration switch is not enabled on this instance (PMDC_DEMO_OUTAGE_SWITCH)."));
    }
    return "redirect:" + PAGE;
  }
}
