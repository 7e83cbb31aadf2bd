package dev.partnerkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or parameter for {@link SandboxExtension} to fill: a {@link PartnerSandbox}, a
 * {@code PartnerClient} or {@link SandboxPartnerClient} of a partner, or a {@link
 * SandboxCustomerClient} of a customer.
 *
 * <pre>{@code
 * @InjectSandbox PartnerClient northwind;
 * @InjectSandbox(partner = "adatum") PartnerClient adatum;
 * @InjectSandbox(customer = "fabrikam") SandboxCustomerClient fabrikam;
 * @InjectSandbox PartnerSandbox sandbox;
 * }</pre>
 *
 * <p>Static fields are filled before the class's first test, instance fields for each instance.
 * Parameters of these types are filled with or without the annotation.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectSandbox {
  /**
   * Returns the partner a client acts for.
   *
   * @return a partner id; empty for the {@link SandboxTest#partner()} of the class
   */
  String partner() default "";

  /**
   * Returns the customer a {@link SandboxCustomerClient} acts for.
   *
   * @return a tenant GUID, or a readable name such as {@code fabrikam} for the customer whose id is
   *     {@code CustomerId.fromName(name)}, as in {@link Samples}
   */
  String customer() default "";
}
