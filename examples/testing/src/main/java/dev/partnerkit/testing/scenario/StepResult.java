package dev.partnerkit.testing.scenario;

import java.util.List;
import java.util.Objects;

/**
 * What one step of a scenario came to: its outcome (for an action, {@code allowed} or {@code
 * denied} with rule ids; for a check, what the state showed) and whether that met the expectation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the step's number, from 1
 * @param text the step as a person reads it
 * @param outcome what happened, such as {@code denied [DA-2]} or {@code holds}
 * @param ruleIds the rule ids of a denial; empty otherwise
 * @param reasons the denial's reasons as sentences; empty otherwise
 * @param ok whether the outcome met the expectation
 * @param mismatch what was expected instead, when not ok; empty otherwise
 */
public record StepResult(
    int number,
    String text,
    String outcome,
    List<String> ruleIds,
    List<String> reasons,
    boolean ok,
    String mismatch) {
  /** Copies the lists and refuses nulls. */
  public StepResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outcome, "outcome");
    ruleIds = List.copyOf(ruleIds);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(mismatch, "mismatch");
  }
}
