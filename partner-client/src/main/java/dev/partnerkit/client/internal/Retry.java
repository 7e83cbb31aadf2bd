package dev.partnerkit.client.internal;

/** Not API: whether a call may be sent again after a failure that may have reached the server. */
public enum Retry {
  /** Safe to repeat: GET, PUT, DELETE, or a conditional update sent with {@code If-Match}. */
  IDEMPOTENT,

  /**
   * Not idempotent in itself, but the server de-duplicates it by its {@code MS-RequestId}, which
   * every attempt repeats (Partner Center POST and PATCH, API-4).
   */
  DEDUPLICATED_BY_REQUEST_ID,

  /** Never repeated: a retry could act twice (Microsoft Graph POST). */
  NEVER
}
