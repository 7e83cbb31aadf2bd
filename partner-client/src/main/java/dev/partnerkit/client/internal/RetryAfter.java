package dev.partnerkit.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Not API: reads the {@code Retry-After} header (API-8): whole seconds, a decimal number of seconds
 * (Microsoft Graph has sent {@code 2.128}, although RFC 9110 allows only whole seconds) or an
 * HTTP-date. A decimal is rounded up to the next millisecond, so the wait is never shorter than
 * asked.
 */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Returns the wait a {@code Retry-After} value asks for.
   *
   * @param value the header's value, such as {@code 57}, {@code 2.128} or {@code Wed, 21 Oct 2015
   *     07:28:00 GMT}
   * @param clock the clock an HTTP-date is measured against
   * @return the wait, zero for a date in the past; empty when the value is missing or unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    int dot = v.indexOf('.');
    String whole = dot < 0 ? v : v.substring(0, dot);
    String fraction = dot < 0 ? "" : v.substring(dot + 1);
    if (isDigits(whole) && (dot < 0 || isDigits(fraction))) {
      return Optional.of(seconds(whole, fraction));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whole and fractional seconds as a duration, rounded up to the millisecond. */
  private static Duration seconds(String whole, String fraction) {
    if (whole.length() > 9) {
      // Beyond any cap a client applies; saturate rather than overflow.
      return Duration.ofSeconds(999_999_999L);
    }
    long millis = 0;
    for (int i = 0; i < 3; i++) {
      millis = millis * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
    }
    boolean finer = fraction.length() > 3 && fraction.substring(3).chars().anyMatch(c -> c != '0');
    return Duration.ofSeconds(Long.parseLong(whole)).plusMillis(millis + (finer ? 1 : 0));
  }
}
