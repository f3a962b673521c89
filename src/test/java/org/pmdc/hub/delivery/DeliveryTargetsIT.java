package org.pmdc.hub.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Deliveries go to public addresses only. The tests' receivers listen on 127.0.0.1 and ::1, which
 * the test profile allows (PMDC_DELIVERY_ALLOWED_NETWORKS); every other loopback address, and every
 * private, link-local or unspecified one, is refused.
 */
class DeliveryTargetsIT extends HubIntegrationTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.2:%d/hooks", "http://2130706434:%d/hooks", "http://0.0.0.0:%d/hooks", "http://10.0.0.1:%d/hooks",
      "http://169.254.169.254:%d/latest/meta-data", "http://[fe80::1]:%d/hooks", "http://192.168.0.10:%d/hooks"})
  void aWebhookToAnAddressOffThePublicInternetIsRefusedWhenTheChannelIsSetUp(String url) {
    World world = newWorld();
    String target = url.formatted(lp.getPort());
    HubClient.Response refused = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher":"%s","subscriber":"%s","investors":"all","channels":[{"type":"webhook","url":"%s"}]}
        """.formatted(world.publisher(), world.subscriber(), target));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().at("/errors/0/field").asText()).endsWith("url");
    assertThat(refused.body().at("/errors/0/message").asText()).contains("deliveries go to public addresses only");
  }

  @Test
  void anSftpServerOrKafkaBrokerOffThePublicInternetIsRefusedWhenTheChannelIsSetUp() {
    World world = newWorld();
    HubClient.Response refused = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher":"%s","subscriber":"%s","investors":"all","channels":[
          {"type":"sftp","host":"10.0.0.5","username":"lp","password":"secret","hostKeyCheck":"off"},
          {"type":"kafka","brokers":"kafka.example.com:9092,169.254.169.254:9092"}]}
        """.formatted(world.publisher(), world.subscriber()));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().at("/errors").findValuesAsText("message"))
        .anyMatch(m -> m.contains("10.0.0.5 is 10.0.0.5, a private address"))
        .anyMatch(m -> m.contains("169.254.169.254 is 169.254.169.254, a link-local address"))
        .noneMatch(m -> m.contains("kafka.example.com"));
    assertThat(refused.body().at("/errors").findValuesAsText("field")).contains("channels[0].host", "channels[1].brokers");
  }

  @Test
  void aWebhookWhoseHostComesToResolveElsewhereIsNotCalledThere() {
    World world = newWorld();
    // As if the channel's name resolved to this machine's other loopback address since it was set up.
    jdbc.update("UPDATE delivery_channel SET settings = jsonb_set(settings, '{url}', to_jsonb(?::text)) "
        + "WHERE subscription_id = ?", "http://127.0.0.2:" + lp.getPort() + world.webhookPath(), world.subscriptionId());
    world.submit("text/csv", sampleText("capital-call.csv"));

    String error = await().atMost(PATIENCE).until(() -> jdbc.queryForList("SELECT d.last_error FROM delivery d "
        + "JOIN delivery_channel c ON c.id = d.channel_id WHERE c.subscription_id = ? AND d.last_error IS NOT NULL",
        String.class, world.subscriptionId()), errors -> !errors.isEmpty()).get(0);
    assertThat(error).contains("127.0.0.2 is 127.0.0.2, a loopback address");
    assertThat(lp.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> r.getUrl().equals(world.webhookPath())))
        .as("requests that reached the receiver").isEmpty();
  }
}
