package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The browser libraries the console serves are the files their SHA256SUMS name, unchanged, and the
 * chart library the webjar the pom names.
 */
class VendoredAssetsTest {

  private static final Path VENDOR = Path.of("src/main/resources/static/console/vendor");

  @Test
  void eachVendoredFileMatchesItsRecordedHash() throws Exception {
    List<String> sums = Files.readAllLines(VENDOR.resolve("SHA256SUMS"));
    assertThat(sums).hasSize(2);
    for (String line : sums) {
      String[] parts = line.split("\\s+", 2);
      byte[] content = Files.readAllBytes(VENDOR.resolve(parts[1]));
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
          .as(parts[1]).isEqualTo(parts[0]);
    }
  }

  @Test
  void everyVendoredFileHasARecordedHash() throws Exception {
    try (var files = Files.list(VENDOR)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("SHA256SUMS") && !n.equals("README.md")))
          .containsExactlyInAnyOrderElementsOf(Files.readAllLines(VENDOR.resolve("SHA256SUMS")).stream()
              .map(line -> line.split("\\s+", 2)[1]).toList());
    }
  }

  @Test
  void theChartLibraryIsTheWebjarOfThePom() {
    assertThat(getClass().getClassLoader().getResource(ConsoleResources.ECHARTS + "echarts.min.js"))
        .as("the ECharts version in ConsoleResources is the pom's").isNotNull();
  }
}
