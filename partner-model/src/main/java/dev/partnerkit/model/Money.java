package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partnerkit.model.validation.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, such as a purchase offer's monthly or annual fee.
 *
 * <p>Immutable and thread-safe. The amount keeps the currency's scale ({@code 12.5 USD} is held as
 * {@code 12.50}); an amount with more fraction digits than the currency has, or a negative amount,
 * fails on construction. JSON: {@code {"amount": 12.50, "currency": "USD"}}.
 *
 * @param amount the amount, never negative
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {
  /** Longest plain rendering of an amount in a message; longer ones use scientific notation. */
  private static final int MAX_PLAIN_DIGITS = 40;

  /** Checks and normalises the amount to the currency's scale. */
  public Money {
    Objects.requireNonNull(amount, "Money.amount must not be null");
    Objects.requireNonNull(currency, "Money.currency must not be null");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("Money.amount must be 0 or more, but was " + show(amount));
    }
    // Long arithmetic: precision - scale overflows int for amounts such as 1e2147483647.
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > Limits.MONEY_MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "Money.amount must be below 10^"
              + Limits.MONEY_MAX_INTEGER_DIGITS
              + ", but was "
              + show(amount)
              + " ("
              + integerDigits
              + " integer digits)");
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException(
          "Money.amount must have at most "
              + digits
              + " fraction digits for "
              + currency.getCurrencyCode()
              + ", but was "
              + show(amount));
    }
    amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns an amount of money, for JSON and for callers.
   *
   * @param amount the amount
   * @param currencyCode an ISO 4217 code such as {@code USD}
   * @return the money
   * @throws IllegalArgumentException when the code is not a known currency or the amount is bad
   */
  @JsonCreator
  public static Money of(
      @JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currencyCode) {
    Objects.requireNonNull(currencyCode, "Money.currency must not be null");
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Money.currency must be an ISO 4217 code such as USD, but was "
              + dev.partnerkit.model.internal.Checks.quote(currencyCode),
          e);
    }
    return new Money(amount, currency);
  }

  /**
   * Returns the currency's ISO 4217 code.
   *
   * @return the code
   */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * Renders a rejected amount for a message without expanding a hostile exponent: {@code
   * 1e-999999999} in plain notation would be a billion characters long.
   */
  private static String show(BigDecimal amount) {
    boolean small =
        amount.precision() <= MAX_PLAIN_DIGITS
            && Math.abs((long) amount.scale()) <= MAX_PLAIN_DIGITS;
    return small ? amount.toPlainString() : amount.toString();
  }

  /** Returns the amount and currency, such as {@code 12.50 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
