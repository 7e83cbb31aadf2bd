package dev.partnerkit.rules;

import java.util.Objects;

/**
 * Why a rule denies an action: the {@link Rule} broken, a message a portal can show to a person
 * (what was wrong and what to do), and the subject the reason is about, such as {@code invitation
 * t1} or {@code customer fabrikam}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule broken
 * @param message what was wrong and what to do, in a sentence or two
 * @param subject what the reason is about
 */
public record Reason(Rule rule, String message, String subject) {
  /** Checks that no part is null. */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
  }

  /**
   * Returns the broken rule's id, such as {@code DA-2}.
   *
   * @return the id
   */
  public String ruleId() {
    return rule.getId();
  }

  /** Returns {@code RULE-ID subject: message}. */
  @Override
  public String toString() {
    return rule.getId() + " " + subject + ": " + message;
  }
}
