package dev.partnerkit.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ModelValidator#requireValid(Object)} when a value breaks one or more
 * constraints; it lists every violation, not only the first.
 *
 * <p>Unchecked.
 */
public final class InvalidModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates an exception listing the violations of a value of the named type.
   *
   * @param typeName the validated value's type
   * @param violations the violations, one or more
   */
  public InvalidModelException(String typeName, List<Violation> violations) {
    super(
        "Invalid "
            + typeName
            + " ("
            + violations.size()
            + (violations.size() == 1 ? " violation" : " violations")
            + "): "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every violation.
   *
   * @return the violations, sorted by path
   */
  public List<Violation> getViolations() {
    return violations;
  }
}
