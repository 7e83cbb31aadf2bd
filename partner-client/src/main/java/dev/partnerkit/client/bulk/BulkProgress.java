package dev.partnerkit.client.bulk;

import java.util.OptionalLong;

/**
 * How far a bulk run has come, reported after every item that completes.
 *
 * @param started calls started so far
 * @param succeeded calls that completed normally, their outcome handed over
 * @param failed calls that failed or were cancelled, their outcome handed over
 * @param total how many items there are, when the input is a collection; empty for an iterator or
 *     stream, whose length is unknown until it ends
 */
public record BulkProgress(long started, long succeeded, long failed, OptionalLong total) {
  /**
   * Returns how many outcomes have been handed over, either way.
   *
   * @return succeeded plus failed
   */
  public long completed() {
    return succeeded + failed;
  }

  /**
   * Returns how many calls are running or completed but not yet handed over.
   *
   * @return started minus completed
   */
  public long running() {
    return started - completed();
  }
}
