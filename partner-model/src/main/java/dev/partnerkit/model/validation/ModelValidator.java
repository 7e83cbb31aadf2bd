package dev.partnerkit.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks model values against their Jakarta constraints and reports every violation.
 *
 * <p>Any Jakarta {@link Validator} can do the checking: {@link #using(Validator)} takes the
 * application's own (in Spring, the one it injects), so Partnerkit brings no validator of its own.
 * {@link #standard()} and the static methods use Hibernate Validator, an optional dependency, when
 * it is on the class path, and fail naming it when it is not. Either way the constraints are the
 * annotations on the model's getters, so a constraint added there is checked with nothing else to
 * update.
 *
 * <p>Immutable and thread-safe. The standard validator is built on first use (it costs tens of
 * milliseconds), so code that never validates never pays for it; its messages are interpolated
 * without an expression language, so no EL implementation is needed at run time.
 */
public final class ModelValidator {
  /** The coordinates {@link #standard()} needs, named in its error when they are missing. */
  private static final String HIBERNATE_VALIDATOR = "org.hibernate.validator:hibernate-validator";

  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  /** Holds the standard validator, built on first use. */
  private static final class Standard {
    static final ModelValidator INSTANCE = new ModelValidator(HibernateDefault.validator());
  }

  /**
   * Builds Hibernate Validator's validator; a class of its own so that nothing loads Hibernate
   * Validator's classes until {@link #standard()} has checked they are there.
   */
  private static final class HibernateDefault {
    static Validator validator() {
      return Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
          .configure()
          .messageInterpolator(
              new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
    }
  }

  /**
   * Returns a model validator that checks with {@code validator}, such as the application's own.
   *
   * @param validator any Jakarta validator
   * @return a model validator; immutable and thread-safe as far as {@code validator} is
   */
  public static ModelValidator using(Validator validator) {
    return new ModelValidator(Objects.requireNonNull(validator, "validator must not be null"));
  }

  /**
   * Returns the model validator backed by Hibernate Validator, shared and built on first use.
   *
   * @return the standard model validator
   * @throws IllegalStateException naming the missing dependency when Hibernate Validator is not on
   *     the class path; pass a validator to {@link #using(Validator)} instead, or add it
   */
  public static ModelValidator standard() {
    try {
      Class.forName(
          "org.hibernate.validator.HibernateValidator",
          false,
          ModelValidator.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "ModelValidator.standard() needs Hibernate Validator, which is not on the class path: add "
              + HIBERNATE_VALIDATOR
              + " to the application's dependencies, or pass the application's own"
              + " jakarta.validation.Validator to ModelValidator.using(validator)",
          e);
    }
    return Standard.INSTANCE;
  }

  /**
   * Returns every constraint {@code value} breaks, sorted by path; empty when it is valid.
   *
   * @param value a model value
   * @return the violations
   */
  public List<Violation> violations(Object value) {
    Objects.requireNonNull(value, "value to validate must not be null");
    Set<ConstraintViolation<Object>> found = validator.validate(value);
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
  public <T> T require(T value) {
    List<Violation> violations = violations(value);
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
  public boolean accepts(Object value) {
    Objects.requireNonNull(value, "value to validate must not be null");
    return validator.validate(value).isEmpty();
  }

  /**
   * Returns every constraint {@code value} breaks, checked by the {@link #standard()} validator.
   *
   * @param value a model value
   * @return the violations, sorted by path; empty when it is valid
   * @throws IllegalStateException when Hibernate Validator is not on the class path
   */
  public static List<Violation> validate(Object value) {
    return standard().violations(value);
  }

  /**
   * Returns {@code value} when the {@link #standard()} validator finds it valid, or throws listing
   * every violation.
   *
   * @param <T> the value's type
   * @param value a model value
   * @return the value, unchanged
   * @throws InvalidModelException when it breaks any constraint
   * @throws IllegalStateException when Hibernate Validator is not on the class path
   */
  public static <T> T requireValid(T value) {
    return standard().require(value);
  }

  /**
   * Returns whether the {@link #standard()} validator finds {@code value} valid.
   *
   * @param value a model value
   * @return true when valid
   * @throws IllegalStateException when Hibernate Validator is not on the class path
   */
  public static boolean isValid(Object value) {
    return standard().accepts(value);
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
