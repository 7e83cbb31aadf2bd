package dev.partnerkit.bench;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import dev.partnerkit.testing.ModelFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Customer validations a second on one thread with {@link ModelValidator}, which is Hibernate
 * Validator reading the model's annotations, over 1,024 varied valid customers from {@link
 * ModelFactory}. There is no target: the figure is stated as what validating a customer costs.
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
  private int next;

  /** Makes the customers, each checked valid (which also builds the validator). */
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
  }

  /**
   * Validates the next customer through {@link ModelValidator}.
   *
   * @return the violations
   */
  @Benchmark
  public List<Violation> modelValidator() {
    return ModelValidator.validate(customers[next++ & (CUSTOMERS - 1)]);
  }
}
