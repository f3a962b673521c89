package org.pmdc.hub.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A publisher user publishes a file: it is uploaded (chosen or dropped), the dry run shows the
 * source rows, the canonical record and every error and warning with its row and field, and the
 * same file is then submitted. Or it keys a capital call or distribution into a form, which makes
 * the canonical JSON document an upload would hold ({@link KeyedNotice}) and takes the same two
 * steps. Between the two the file waits in the person's session (one at a time, within the upload
 * limit); the submission carries the upload's key as its Idempotency-Key, so submitting twice
 * stores it once.
 */
@Controller
class PublishPage {

  static final String PAGE = "/console/publish";
  private static final String PENDING = PublishPage.class.getName() + ".pending";

  /** The file between its dry run and its submission. */
  record PendingUpload(String key, String fileName, String contentType, String mapping, byte[] content)
      implements Serializable {}

  private static final String NOTICE_PAGE = PAGE + "/notice";
  /** The lines an empty notice form has room for; "Add a line" gives one more. */
  private static final int FIRST_LINES = 3;

  private final HubApi api;
  private final ObjectMapper json;

  PublishPage(HubApi api, ObjectMapper json) {
    this.api = api;
    this.json = json;
  }

  @GetMapping(PAGE)
  String form(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("mappings", api.call(user, "get-mappings", Map.of()).document().get("mappings"));
    return "console/publish";
  }

  @PostMapping(PAGE + "/dry-run")
  String dryRun(@AuthenticationPrincipal SignedInUser user, @RequestParam MultipartFile file,
      @RequestParam(defaultValue = "") String mapping, HttpSession session, Model model) throws IOException {
    if (file.isEmpty()) {
      model.addAttribute("problems", List.of("Choose a file, or drop one on the field."));
      return form(user, model);
    }
    PendingUpload upload = new PendingUpload(UUID.randomUUID().toString(), file.getOriginalFilename(),
        file.getContentType(), mapping.isBlank() ? null : mapping, file.getBytes());
    preview(user, upload, session, model);
    return form(user, model);
  }

  @GetMapping(NOTICE_PAGE)
  String noticeForm(@RequestParam(defaultValue = "capital_call") String recordType, Model model) {
    model.addAttribute("notice", KeyedNotice.empty(KeyedNotice.Kind.of(recordType), LocalDate.now().toString(), FIRST_LINES));
    return "console/publish-notice";
  }

  /** "Add a line" gives the form one more line; "Dry run" checks what is keyed in, as an upload. */
  @PostMapping(NOTICE_PAGE)
  String noticeDryRun(@AuthenticationPrincipal SignedInUser user, @ModelAttribute KeyedNotice notice,
      @RequestParam(defaultValue = "dry-run") String action, HttpSession session, Model model) throws IOException {
    int lines = notice.lines() == null ? 0 : notice.lines().size();
    if ("add-line".equals(action)) {
      model.addAttribute("notice", notice.withLines(lines + 1));
      return "console/publish-notice";
    }
    model.addAttribute("notice", notice.compacted(Math.max(notice.keyedLines().size(), FIRST_LINES)));
    if (notice.keyedLines().isEmpty()) {
      model.addAttribute("problems", List.of("Key in at least one investor's line."));
      return "console/publish-notice";
    }
    preview(user, new PendingUpload(UUID.randomUUID().toString(), notice.fileName(), "application/json",
        notice.kind().mapping(), notice.canonicalJson(json)), session, model);
    return "console/publish-notice";
  }

  @PostMapping(PAGE + "/submit")
  String submit(@AuthenticationPrincipal SignedInUser user, @RequestParam String key, HttpSession session,
      RedirectAttributes next) throws IOException {
    if (!(session.getAttribute(PENDING) instanceof PendingUpload upload) || !upload.key().equals(key)) {
      next.addFlashAttribute("problems", List.of(
          "That file is no longer waiting (it was submitted, or another was dry-run since): upload it again."));
      return "redirect:" + PAGE;
    }
    HubApi.Answer submitted = call(user, "post-submission", upload, Map.of("Idempotency-Key", "console-" + upload.key()));
    if (!submitted.ok()) {
      next.addFlashAttribute("problems", submitted.problems());
      return "redirect:" + PAGE;
    }
    session.removeAttribute(PENDING);
    next.addFlashAttribute("done", "Submitted: the hub has stored " + upload.fileName() + " and is processing it.");
    return "redirect:" + SubmissionsPage.PAGE + "/" + submitted.document().get("id");
  }

  /** The dry run of an upload: shown, and the upload kept for its submission when the hub could read it. */
  private void preview(SignedInUser user, PendingUpload upload, HttpSession session, Model model) throws IOException {
    HubApi.Answer preview = call(user, "post-mapping-preview", upload, Map.of());
    if (preview.ok()) {
      session.setAttribute(PENDING, upload);
      model.addAttribute("preview", preview.document());
      model.addAttribute("upload", upload);
    } else {
      model.addAttribute("problems", preview.problems());
    }
  }

  /**
   * The upload handed to the operation as a multipart upload to the API is: a file (which the
   * route deletes once read) with its name and the browser's type; the route infers the type from
   * the name when the browser gives none.
   */
  private HubApi.Answer call(SignedInUser user, String operation, PendingUpload upload, Map<String, String> headers)
      throws IOException {
    Path file = Files.createTempFile("pmdc-console-upload", ".part");
    try {
      Files.write(file, upload.content());
      Map<String, Object> parameters = new HashMap<>(headers);
      parameters.put("X-PMDC-Mapping", upload.mapping());
      parameters.put(Exchange.FILE_NAME, upload.fileName());
      parameters.put(Exchange.FILE_CONTENT_TYPE, upload.contentType());
      return api.call(user, operation, parameters, file, "multipart/form-data");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
