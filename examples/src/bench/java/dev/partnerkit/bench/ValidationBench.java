package dev.partnerkit.bench;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import dev.partnerkit.testing.ModelFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 5: Customer validations a second on one thread with {@link ModelValidator}, beside the
 * floor, Hibernate Validator called directly with the same configuration, over 1,024 varied valid
 * customers from {@link ModelFactory}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class ValidationBench {
  private static final int CUSTOMERS = 1024;

  private Customer[] customers;
  private Validator validator;
  private int next;

  /** Makes the customers and the floor's validator. */
  @Setup(Level.Trial)
  public void setUp() {
    ModelFactory factory = ModelFactory.seeded(5);
    customers = new Customer[CUSTOMERS];
    for (int i = 0; i < CUSTOMERS; i++) {
      customers[i] = factory.customer();
      if (!ModelValidator.validate(customers[i]).isEmpty()) {
        throw new IllegalStateException("not valid: " + customers[i]);
      }
    }
    validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  /**
   * Validates the next customer with Partnerkit.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> modelValidator() {
    return ModelValidator.validate(customers[next++ & (CUSTOMERS - 1)]);
  }

  /**
   * The floor: validates the next customer with Hibernate Validator directly.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Customer>> hibernateValidator() {
    return validator.validate(customers[next++ & (CUSTOMERS - 1)]);
  }
}
