package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a trial invitation, purchase offer or delegated-admin invitation.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class InvitationId extends TextId<InvitationId> {
  private InvitationId(String value) {
    super("InvitationId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static InvitationId of(String value) {
    return new InvitationId(value);
  }
}
