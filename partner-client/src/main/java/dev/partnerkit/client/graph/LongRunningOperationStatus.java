package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where a long-running operation stands ({@code longRunningOperationStatus}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum LongRunningOperationStatus {
  /** Accepted, not started. */
  @JsonProperty("notStarted")
  NOT_STARTED,

  /** Under way. */
  @JsonProperty("running")
  RUNNING,

  /** Done. */
  @JsonProperty("succeeded")
  SUCCEEDED,

  /** Failed. */
  @JsonProperty("failed")
  FAILED,

  /** Skipped. */
  @JsonProperty("skipped")
  SKIPPED,

  /** A value this client does not know yet. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
