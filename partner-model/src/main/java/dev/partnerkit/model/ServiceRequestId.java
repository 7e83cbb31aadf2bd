package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a service request filed with Microsoft support.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class ServiceRequestId extends TextId<ServiceRequestId> {
  private ServiceRequestId(String value) {
    super("ServiceRequestId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static ServiceRequestId of(String value) {
    return new ServiceRequestId(value);
  }
}
