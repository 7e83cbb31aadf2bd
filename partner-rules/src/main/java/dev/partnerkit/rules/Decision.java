package dev.partnerkit.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to "is this allowed here and now?": allowed, or denied with every {@link Reason} that
 * applies (never only the first).
 *
 * <p>Immutable and thread-safe. Rules return decisions; they never throw for a business "no".
 * Create with {@link #allowed()}, {@link #denied(Reason)} or {@link #denied(List)}.
 */
public final class Decision {
  private static final Decision ALLOWED = new Decision(List.of());

  private final List<Reason> reasons;

  private Decision(List<Reason> reasons) {
    this.reasons = reasons;
  }

  /**
   * Returns the allowed decision.
   *
   * @return a shared instance
   */
  public static Decision allowed() {
    return ALLOWED;
  }

  /**
   * Returns a denial with the given reasons.
   *
   * @param reasons one or more reasons
   * @return the denial
   * @throws IllegalArgumentException when {@code reasons} is empty
   */
  public static Decision denied(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a denial needs at least one reason");
    }
    return new Decision(List.copyOf(reasons));
  }

  /**
   * Returns a denial with one reason.
   *
   * @param reason the reason
   * @return the denial
   */
  public static Decision denied(Reason reason) {
    return new Decision(List.of(reason));
  }

  /**
   * Returns a denial with one reason whose subject is text only (see {@link Reason#Reason(Rule,
   * String, String)}); prefer {@link #denied(Reason)} with a reason that names its parties.
   *
   * @param rule the rule broken
   * @param message what was wrong and what to do
   * @param subject what the reason is about
   * @return the denial
   */
  public static Decision denied(Rule rule, String message, String subject) {
    return denied(new Reason(rule, message, subject));
  }

  /**
   * Returns allowed when {@code reasons} is empty, else a denial with them.
   *
   * @param reasons the reasons found, possibly none
   * @return the decision
   */
  public static Decision of(List<Reason> reasons) {
    return reasons.isEmpty() ? ALLOWED : new Decision(List.copyOf(reasons));
  }

  /**
   * Returns whether the action is allowed.
   *
   * @return true when no rule denies it
   */
  public boolean isAllowed() {
    return reasons.isEmpty();
  }

  /**
   * Returns whether the action is denied.
   *
   * @return true when some rule denies it
   */
  public boolean isDenied() {
    return !reasons.isEmpty();
  }

  /**
   * Returns every reason for a denial; empty when allowed.
   *
   * @return the reasons, in the order the rules found them
   */
  public List<Reason> getReasons() {
    return reasons;
  }

  /**
   * Returns the ids of the rules broken, without repeats.
   *
   * @return the rule ids, such as {@code [DA-2, ELIG-5]}
   */
  public Set<String> getRuleIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Reason reason : reasons) {
      ids.add(reason.ruleId());
    }
    return ids;
  }

  /**
   * Returns whether a reason cites {@code rule}.
   *
   * @param rule the rule
   * @return true when some reason names it
   */
  public boolean cites(Rule rule) {
    for (Reason reason : reasons) {
      if (reason.rule() == rule) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns this decision combined with another: allowed when both are, else a denial with the
   * reasons of both.
   *
   * @param other the other decision
   * @return the combination
   */
  public Decision and(Decision other) {
    if (other.isAllowed()) {
      return this;
    }
    if (isAllowed()) {
      return other;
    }
    List<Reason> all = new ArrayList<>(reasons);
    all.addAll(other.reasons);
    return new Decision(List.copyOf(all));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Decision other && reasons.equals(other.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reasons);
  }

  /** Returns {@code allowed} or {@code denied [RULE-ID subject: message; ...]}. */
  @Override
  public String toString() {
    return isAllowed()
        ? "allowed"
        : "denied "
            + reasons.stream().map(Reason::toString).collect(Collectors.joining("; ", "[", "]"));
  }
}
