package org.pmdc.hub.intake;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The submissions this hub instance is processing now, whose claims the {@code
 * renew-processing-leases} route keeps alive: a 1 GB file takes minutes, and another worker must
 * not take it over while this one is still at it. A worker that dies stops renewing, and its
 * lease runs out as before.
 */
@Component("processingLeases")
public class ProcessingLeases {

  private final Set<Long> held = ConcurrentHashMap.newKeySet();

  public void hold(long submissionId) {
    held.add(submissionId);
  }

  public void release(long submissionId) {
    held.remove(submissionId);
  }

  public List<Long> held() {
    return List.copyOf(held);
  }
}
