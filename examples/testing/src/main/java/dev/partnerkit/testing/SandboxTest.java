package dev.partnerkit.testing;

import dev.partnerkit.rules.Era;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own {@link PartnerSandbox}: started before the class's first test
 * and closed after its last, seeded with {@link Samples}, with a connected {@code PartnerClient}
 * for fields and parameters marked {@link InjectSandbox}.
 *
 * <pre>{@code
 * @SandboxTest
 * class PortalTest {
 *   @InjectSandbox PartnerClient client;
 *
 *   @Test
 *   void listsCustomers() {
 *     assertThat(client.customers().list()).isEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>The tests of a class share the sandbox and its state. For any other setting register {@link
 * SandboxExtension#configured(java.util.function.Consumer)} instead.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface SandboxTest {
  /**
   * Returns the partner an injected {@code PartnerClient} acts for, unless the injection point
   * names another.
   *
   * @return a partner id of the seed data; {@code northwind} by default
   */
  String partner() default "northwind";

  /**
   * Returns the policy the sandbox's program follows.
   *
   * @return {@link Era#SEED} by default, or {@link Era#MODERN} for granular relationships
   */
  Era policy() default Era.SEED;
}
