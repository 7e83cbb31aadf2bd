package dev.partnerkit.testing.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one scenario came to: each step's result and whether every expectation held.
 *
 * <p>Immutable and thread-safe. In a JUnit test, {@link #assertPassed()} fails with the whole
 * report.
 *
 * @param source the scenario's file
 * @param name the scenario's name
 * @param steps the results of the steps run
 * @param setupFailure why the partners and customers could not be set up, if they could not
 */
public record ScenarioResult(
    String source, String name, List<StepResult> steps, Optional<String> setupFailure) {
  /** Copies the list and refuses nulls. */
  public ScenarioResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    steps = List.copyOf(steps);
    Objects.requireNonNull(setupFailure, "setupFailure");
  }

  /**
   * Returns whether the setup worked and every step met its expectation.
   *
   * @return true when the scenario passed
   */
  public boolean passed() {
    return setupFailure.isEmpty() && steps.stream().allMatch(StepResult::ok);
  }

  /**
   * Returns the steps that did not meet their expectation.
   *
   * @return the failed steps
   */
  public List<StepResult> failures() {
    return steps.stream().filter(s -> !s.ok()).toList();
  }

  /**
   * Throws when the scenario did not pass, with the full step-by-step report as the message.
   *
   * @throws AssertionError when it did not pass
   */
  public void assertPassed() {
    if (!passed()) {
      throw new AssertionError(ScenarioReport.text(List.of(this)));
    }
  }
}
