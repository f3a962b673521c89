package org.pmdc.hub.delivery;

import java.util.List;

/**
 * One claimed batch of a stream: a channel's pending deliveries of one fund, in the order they
 * were queued ({@code sql/delivery/claim-due.sql}). The first that does not get through holds the
 * rest back, so that a later version never overtakes an earlier one.
 */
public final class DeliveryStream {

  private static final List<String> FILE_CHANNELS = List.of("sftp", "folder");

  private final String channel;
  private final List<ClaimedDelivery> deliveries;
  private volatile boolean interrupted;

  DeliveryStream(String channel, List<ClaimedDelivery> deliveries) {
    this.channel = channel;
    this.deliveries = deliveries;
  }

  /** webhook, kafka, sftp or folder. */
  public String channel() {
    return channel;
  }

  /** The claimed deliveries, oldest first. */
  public List<ClaimedDelivery> deliveries() {
    return deliveries;
  }

  /** Whether the batch is written as one file (SFTP, folder) rather than sent one by one. */
  public boolean isFile() {
    return FILE_CHANNELS.contains(channel);
  }

  /** Whether an earlier delivery of this batch did not get through: the rest must wait for it. */
  public boolean interrupted() {
    return interrupted;
  }

  void interrupt() {
    interrupted = true;
  }
}
