package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a service in the catalog (an offer id on the wire, such as {@code EXCHANGE_ONLINE}).
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class ServiceId extends TextId<ServiceId> {
  private ServiceId(String value) {
    super("ServiceId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }
}
