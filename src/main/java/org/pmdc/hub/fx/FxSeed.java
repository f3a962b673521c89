package org.pmdc.hub.fx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ECB history extract a hub without internet starts with ({@code pmdc.fx.seed-file}, by
 * default the one in {@code sample-files/fx/}): loaded by the {@code load-fx-seed} route when the
 * hub holds no rate at all.
 */
@Component("fxSeed")
public class FxSeed {

  private static final Logger log = LoggerFactory.getLogger(FxSeed.class);

  private final FxSettings settings;

  FxSeed(FxSettings settings) {
    this.settings = settings;
  }

  /** The seed file's content; null when none is configured or it is missing (said in the log). */
  public String content() throws IOException {
    if (settings.seedFile().isBlank()) {
      return null;
    }
    Path file = Path.of(settings.seedFile());
    if (!Files.isRegularFile(file)) {
      log.warn("No FX seed file at {} (PMDC_FX_SEED_FILE): the hub starts without exchange rates", file.toAbsolutePath());
      return null;
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
