package org.pmdc.hub.fx;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the FX operations answer besides {@link ExchangeRate} ({@code routes/fx-api.camel.yaml}). */
public final class FxApiBodies {

  private FxApiBodies() {}

  @Schema(description = "an import or fetch of rates and what it stored",
      requiredProperties = {"source", "outcome", "ratesRead", "ratesStored", "finishedAt"})
  public record FetchOutcome(
      @Schema(description = "ecb, frankfurter, ecb-csv-import or ecb-csv-seed") String source,
      @Schema(description = "succeeded or failed") String outcome,
      int ratesRead,
      @Schema(description = "new rates and corrected ones (a new version); a rate held already adds nothing")
      int ratesStored,
      LocalDate latestDate,
      OffsetDateTime finishedAt) {}
}
