package dev.partnerkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Marks a package or type for Partnerkit's Immutables conventions: {@code get*}/{@code is*}
 * accessors (Hibernate Validator reads constraints only from bean getters), JDK-only collections,
 * Jakarta annotations and singular builder methods for plural attributes.
 *
 * <p>Applied once in each model package's {@code package-info.java}; no other type declares its own
 * style.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"lines:line", "services:service", "roles:role"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
public @interface PartnerStyle {}
