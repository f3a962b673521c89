package org.pmdc.hub.console;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mappings in use (to a publisher user those open to it): the catalogue with the files that
 * failed to reload, and one mapping's rules as its file says them. A publisher dry-runs a file
 * against one on the Publish page.
 */
@Controller
class MappingsPage {

  static final String PAGE = "/console/mappings";

  private final HubApi api;

  MappingsPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String catalogue(@AuthenticationPrincipal SignedInUser user, Model model) {
    HubApi.Answer catalogue = api.call(user, "get-mappings", Map.of());
    model.addAttribute("mappings", catalogue.document().getOrDefault("mappings", List.of()));
    model.addAttribute("loadProblems", catalogue.document().getOrDefault("problems", List.of()));
    model.addAttribute("problems", catalogue.problems());
    return "console/mappings";
  }

  @GetMapping(PAGE + "/{id}")
  String mapping(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
    HubApi.Answer mapping = api.call(user, "get-mapping", Map.of("id", id));
    if (!mapping.ok()) {
      throw new ConsolePages.NotFound();
    }
    model.addAttribute("mapping", mapping.document());
    return "console/mapping";
  }
}
