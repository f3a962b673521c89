package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecognitionTest {

  private final Recognition harbor = new Recognition(List.of("text/csv"), List.of("harbor-fa"),
      List.of("harbor-*.csv", "HFS_??.csv"), List.of(), Map.of());

  @Test
  void contentTypePublisherAndFileNameMustAllFit() {
    assertThat(harbor.accepts("text/csv", "harbor-fa", "harbor-calls-2026.csv")).isTrue();
    assertThat(harbor.accepts("text/csv", "harbor-fa", "HFS_07.csv")).isTrue();
    assertThat(harbor.accepts("text/csv", "harbor-fa", "other.csv")).isFalse();
    assertThat(harbor.accepts("text/csv", "harbor-fa", null)).isFalse();
    assertThat(harbor.accepts("text/csv", "acme-gp", "harbor-calls.csv")).isFalse();
    assertThat(harbor.accepts("application/json", "harbor-fa", "harbor-calls.csv")).isFalse();
  }

  @Test
  void withoutPatternsAnyNameOrNoneFits() {
    Recognition any = new Recognition(List.of("text/csv"), null, null, null, null);

    assertThat(any.accepts("text/csv", "acme-gp", null)).isTrue();
    assertThat(any.accepts("text/csv", "acme-gp", "x.csv")).isTrue();
  }
}
