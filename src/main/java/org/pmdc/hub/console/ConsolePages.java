package org.pmdc.hub.console;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page may show: who is signed in (for the header and the menu of its role),
 * the password rule the forms state, and the pages for what is not there or failed.
 */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
class ConsolePages {

  private static final Logger log = LoggerFactory.getLogger(ConsolePages.class);

  private final ConsoleSettings settings;
  private final String maxUpload;

  ConsolePages(ConsoleSettings settings, @Value("${spring.servlet.multipart.max-file-size}") String maxUpload) {
    this.settings = settings;
    this.maxUpload = maxUpload;
  }

  @ModelAttribute("minPasswordLength")
  int minPasswordLength() {
    return settings.minPasswordLength();
  }

  @ModelAttribute("user")
  SignedInUser user(@AuthenticationPrincipal SignedInUser user) {
    return user;
  }

  /**
   * A record, submission or delivery the person may not see is answered as one that does not
   * exist, as the API answers it: the page does not tell whether it exists.
   */
  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("user", user);
    return "console/not-found";
  }

  /** A file above the upload limit, refused before any page sees it. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  String tooLarge(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("problem", "The file is larger than the hub accepts (" + maxUpload
        + "). Split it, or send it by SFTP, where files of any size are read as a stream.");
    return "console/error";
  }

  /**
   * Anything else that fails: a page a person can read, with the reference under which the failure
   * is logged. Refusals are left to Spring Security, which answers them itself.
   */
  @ExceptionHandler(Exception.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  String failed(Exception failure, @AuthenticationPrincipal SignedInUser user, Model model) throws Exception {
    if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
      throw failure;
    }
    String reference = UUID.randomUUID().toString();
    log.error("Console page failed, reference {}", reference, failure);
    model.addAttribute("user", user);
    model.addAttribute("problem", "The hub could not show this page. Quote " + reference + " to support.");
    return "console/error";
  }

  /** Thrown by a page whose API operation answered 404. */
  static final class NotFound extends RuntimeException {
    NotFound() {
      super(null, null, false, false);
    }
  }
}
