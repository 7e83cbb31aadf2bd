package dev.partnerkit.examples.spring;

import java.util.List;

/**
 * What the decision endpoint answers, with status 400, when the request breaks the model's
 * constraints: each field at fault and what was expected of it.
 *
 * @param violations the fields at fault, sorted by path
 */
public record ValidationFailure(List<FieldViolation> violations) {
  /** Copies the list. */
  public ValidationFailure {
    violations = List.copyOf(violations);
  }

  /**
   * One field at fault.
   *
   * @param field its path in the request, such as {@code customer.profile.companyName}
   * @param message what was expected of it
   */
  public record FieldViolation(String field, String message) {}
}
