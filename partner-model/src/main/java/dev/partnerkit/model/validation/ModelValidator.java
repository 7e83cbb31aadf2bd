package dev.partnerkit.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks model values against their Jakarta constraints and reports every violation.
 *
 * <p>Thread-safe. Hibernate Validator alone decides, from the annotations on the model's getters,
 * so a constraint added there is checked with nothing else to update. It is built on first use (it
 * costs tens of milliseconds), so code that never validates never pays for it. Messages are
 * interpolated without an expression language, so no EL implementation is needed at run time.
 */
public final class ModelValidator {
  private ModelValidator() {}

  private static final class Holder {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  /**
   * Returns every constraint {@code value} breaks, sorted by path; empty when it is valid.
   *
   * @param value a model value
   * @return the violations
   */
  public static List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value to validate must not be null");
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(value);
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      violations.add(
          new Violation(
              cleanPath(v.getPropertyPath().toString()),
              v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              v.getMessage()));
    }
    violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
    return List.copyOf(violations);
  }

  /**
   * Returns {@code value} when it is valid, or throws listing every violation.
   *
   * @param <T> the value's type
   * @param value a model value
   * @return the value, unchanged
   * @throws InvalidModelException when it breaks any constraint
   */
  public static <T> T requireValid(T value) {
    List<Violation> violations = validate(value);
    if (!violations.isEmpty()) {
      throw new InvalidModelException(typeName(value), violations);
    }
    return value;
  }

  /**
   * Returns whether {@code value} breaks no constraint.
   *
   * @param value a model value
   * @return true when valid
   */
  public static boolean isValid(Object value) {
    return Holder.VALIDATOR.validate(value).isEmpty();
  }

  private static String typeName(Object value) {
    for (Class<?> type : value.getClass().getInterfaces()) {
      if (type.getPackageName().startsWith("dev.partnerkit.model")) {
        return type.getSimpleName();
      }
    }
    return value.getClass().getSimpleName();
  }

  /** Drops Hibernate Validator's container markers ({@code <list element>}) from paths. */
  private static String cleanPath(String path) {
    return path.replace(".<list element>", "")
        .replace(".<iterable element>", "")
        .replace(".<map value>", "")
        .replace("<list element>", "")
        .replace("<iterable element>", "");
  }
}
