package org.pmdc.hub.intake;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * How each SFTP source's polls go, as the {@code sftpIntake} health component: when it last
 * polled successfully, how many polls in a row failed and why. A source that cannot log in, or
 * whose host key changed, leaves the GP's files waiting on its server; after
 * {@value #FAILURES_BEFORE_DEGRADED} failed polls in a row the component reads {@code DEGRADED}
 * (without failing the hub) with the reason, and a WARN is logged once per outage.
 */
@Component("sftpIntake")
class SftpSourceHealth implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "an SFTP source keeps failing");
  static final int FAILURES_BEFORE_DEGRADED = 3;

  private static final Logger log = LoggerFactory.getLogger(SftpSourceHealth.class);

  private final Map<String, Polls> sources = new ConcurrentHashMap<>();

  /** The poll strategy of one publisher's source: each poll's outcome is kept here. */
  PollingConsumerPollStrategy pollsOf(String publisher) {
    return sources.computeIfAbsent(publisher, Polls::new);
  }

  @Override
  public Health health() {
    Map<String, Object> details = new TreeMap<>();
    boolean degraded = false;
    for (Polls polls : sources.values()) {
      details.put(polls.publisher, polls.describe());
      degraded |= polls.failuresInARow >= FAILURES_BEFORE_DEGRADED;
    }
    return (degraded ? Health.status(DEGRADED) : Health.up()).withDetails(details).build();
  }

  private static final class Polls implements PollingConsumerPollStrategy {
    private final String publisher;
    private volatile Instant lastSuccess;
    private volatile int failuresInARow;
    private volatile String lastError;

    Polls(String publisher) {
      this.publisher = publisher;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
      return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
      if (failuresInARow >= FAILURES_BEFORE_DEGRADED) {
        log.info("SFTP source of {} polls again after {} failed polls", publisher, failuresInARow);
      }
      lastSuccess = Instant.now();
      failuresInARow = 0;
      lastError = null;
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
      lastError = reason(cause);
      if (++failuresInARow == FAILURES_BEFORE_DEGRADED) {
        log.warn("SFTP source of {} failed {} polls in a row; its files wait on the server: {}",
            publisher, failuresInARow, lastError);
      }
      return false; // the next scheduled poll tries again
    }

    /** "Cannot connect to sftp://…: Auth fail": the component's words, then the server's. */
    private static String reason(Throwable cause) {
      StringBuilder reason = new StringBuilder();
      for (Throwable at = cause; at != null; at = at.getCause() == at ? null : at.getCause()) {
        String message = at.getMessage() == null ? at.getClass().getSimpleName() : at.getMessage();
        if (reason.indexOf(message) < 0) {
          reason.append(reason.isEmpty() ? "" : ": ").append(message);
        }
      }
      return reason.toString();
    }

    Map<String, Object> describe() {
      Map<String, Object> state = new TreeMap<>();
      state.put("lastSuccessfulPoll", lastSuccess == null ? "never" : lastSuccess.toString());
      state.put("failedPollsInARow", failuresInARow);
      if (lastError != null) {
        state.put("lastError", lastError);
      }
      return state;
    }
  }
}
