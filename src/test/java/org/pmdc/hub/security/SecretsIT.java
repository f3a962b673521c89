package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Secrets go in and are used, but never come back out: not in an answer after the one that
 * issued them, not in the log (captured while they are used, and fail), not in clear in the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsIT extends HubIntegrationTest {

  @Test
  void secretsAreSealedAtRestAndNeverListedOrLogged(CapturedOutput output) {
    World world = newWorld();
    String sftpPassword = "sftp-" + UUID.randomUUID();
    String kafkaPassword = "kafka-" + UUID.randomUUID();
    HubClient.Response sftp = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": "all", "channels":
         [{"type": "sftp", "host": "127.0.0.1", "port": 1, "username": "lp", "password": "%s", "hostKeyCheck": "off"},
          {"type": "kafka", "brokers": "127.0.0.1:1", "securityProtocol": "SASL_SSL", "username": "lp",
           "password": "%s"}]}
        """.formatted(world.publisher(), world.subscriber(), sftpPassword, kafkaPassword));
    assertThat(sftp.status()).isEqualTo(201);

    world.submit("application/json", sampleText("capital-call.json"));
    world.awaitWebhooks(1);
    // Both channels fail (nothing listens on port 1), the Kafka one after its timeout.
    await().atMost(PATIENCE).until(() -> count("SELECT count(DISTINCT d.channel_id) FROM delivery_attempt a"
        + " JOIN delivery d ON d.id = a.delivery_id WHERE d.subscription_id = ? AND a.error IS NOT NULL",
        sftp.body().get("id").asLong()) == 2);

    List<String> secrets = List.of(world.secret(), sftpPassword, kafkaPassword, world.publisherClient().secret(),
        world.subscriberClient().secret(), HubClient.ADMIN_SECRET);
    assertThat(sftp.body().toString()).doesNotContain(sftpPassword, kafkaPassword);
    assertThat(hub.get("/api/v1/subscriptions").body().toString()).doesNotContain(secrets);
    assertThat(hub.get("/api/v1/clients").body().toString()).doesNotContain(secrets);
    assertThat(jdbc.queryForList("SELECT c.secret FROM delivery_channel c JOIN subscription s ON s.id = c.subscription_id "
        + "JOIN subscriber sb ON sb.id = s.subscriber_id WHERE sb.code = ?", String.class, world.subscriber()))
        .hasSize(3)
        .allSatisfy(stored -> assertThat(stored).startsWith("aesgcm1:").doesNotContain(sftpPassword, kafkaPassword,
            world.secret()));
    assertThat(output.getAll()).doesNotContain(secrets);
  }
}
