package org.pmdc.hub.fx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmdc.hub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The FX source behind its circuit breaker: once enough calls in the window have failed, a fetch
 * is refused at once — the source is not called — and recorded as failed with that reason.
 */
class FxBreakerIT extends HubIntegrationTest {

  @RegisterExtension
  static final WireMockExtension ecb = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Autowired CamelContext camel;

  @DynamicPropertySource
  static void fxSource(DynamicPropertyRegistry properties) {
    properties.add("pmdc.fx.ecb-base-url", () -> ecb.baseUrl() + "/ecb");
    // This hub has its own database: it must not take the files dropped for the shared hub.
    properties.add("pmdc.folder.root", () -> "target/test-inbox-fx-breaker");
    properties.add("pmdc.fx.retries", () -> "0");
    properties.add("pmdc.fx.breaker-min-calls", () -> "2");
    properties.add("pmdc.fx.breaker-window", () -> "2");
    properties.add("pmdc.fx.breaker-open-seconds", () -> "600");
    properties.add("pmdc.fx.cron", () -> "0 0 0 1 1 ? 2099");
  }

  @Test
  void twoFailedCallsOpenTheBreakerAndTheNextFetchIsRefusedWithoutCallingTheSource() {
    String url = "/ecb/eurofxref-.*\\.xml";
    ecb.stubFor(get(urlPathMatching(url)).willReturn(aResponse().withStatus(503)));

    for (int fetch = 0; fetch < 3; fetch++) {
      camel.createProducerTemplate().sendBody("direct:fetch-fx-rates", null);
    }

    ecb.verify(2, getRequestedFor(urlPathMatching(url)));
    List<String> errors = jdbc.queryForList(
        "SELECT error FROM fx_fetch WHERE source = 'ecb' AND outcome = 'failed' ORDER BY id", String.class);
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).contains("503");
    assertThat(errors.get(2)).containsIgnoringCase("open");
  }
}
