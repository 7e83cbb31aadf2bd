package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * A new-commerce subscription's term (NCE-3), named by its ISO-8601 duration as Partner Center's
 * {@code termDuration} names it.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing. Terms are calendar periods counted in
 * UTC from each term's own start.
 */
public enum Term {
  /** One month; billed monthly. */
  P1M(Period.ofMonths(1), EnumSet.of(BillingCycle.MONTHLY)),

  /** One year; billed monthly or annually. */
  P1Y(Period.ofYears(1), EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL)),

  /** Three years; billed monthly, annually or triennially. */
  P3Y(
      Period.ofYears(3),
      EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL)),

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN(Period.ZERO, EnumSet.noneOf(BillingCycle.class));

  private final Period period;
  private final Set<BillingCycle> billing;

  Term(Period period, Set<BillingCycle> billing) {
    this.period = period;
    this.billing = billing;
  }

  /**
   * Returns the term's length as a calendar period.
   *
   * @return the period; zero for {@link #UNKNOWN}
   */
  public Period getPeriod() {
    return period;
  }

  /**
   * Returns whether the term allows the billing frequency (NCE-3): P1M monthly; P1Y monthly or
   * annual; P3Y monthly, annual or triennial.
   *
   * @param cycle the billing frequency
   * @return true when allowed
   */
  public boolean allows(BillingCycle cycle) {
    return billing.contains(cycle);
  }

  /**
   * Returns the billing frequencies the term allows (NCE-3).
   *
   * @return an unmodifiable set
   */
  public Set<BillingCycle> getBillingCycles() {
    return Set.copyOf(billing);
  }

  /**
   * Returns the billing frequency that pays the whole term at once (annual on P1Y, triennial on
   * P3Y, monthly on P1M), which only a purchase or the next term may choose (NCE-11).
   *
   * @return the upfront frequency
   */
  public BillingCycle getUpfrontBilling() {
    switch (this) {
      case P1Y:
        return BillingCycle.ANNUAL;
      case P3Y:
        return BillingCycle.TRIENNIAL;
      case P1M:
        return BillingCycle.MONTHLY;
      default:
        return BillingCycle.UNKNOWN;
    }
  }

  /**
   * Returns whether this term is longer than the other (P3Y &gt; P1Y &gt; P1M).
   *
   * @param other the other term
   * @return true when strictly longer
   */
  public boolean isLongerThan(Term other) {
    return this != UNKNOWN && other != UNKNOWN && ordinal() > other.ordinal();
  }
}
