package org.complaintkit.api.complaint;

import java.math.BigDecimal;
import java.util.Currency;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;

/**
 * A non-negative amount of money in one currency, such as a compensation or an emergency payment.
 *
 * <p>Immutable and thread-safe. Checked on construction: not negative, below 10<sup>12</sup>, at most
 * four decimal places.
 *
 * @param amount the amount
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    /**
     * Checks the amount and normalises trailing zeros away, so that equal amounts are equal.
     *
     * @param amount the amount
     * @param currency the currency
     */
    public Money {
        if (amount == null || currency == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, amount == null ? "amount" : "currency",
                    ErrorCode.REQUIRED.meaning());
        }
        if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0) {
            throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "amount", "must be at least 0 and below 10^12");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() > 4) {
            throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "amount", "has more than 4 decimal places");
        }
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /**
     * Obtains an amount from its decimal text and an ISO 4217 currency code.
     *
     * @param amount the amount, for example {@code "5000.00"}
     * @param currencyCode the currency code, for example {@code "CNY"}
     * @return the money
     * @throws org.complaintkit.api.error.InvalidInputException if either part is invalid
     */
    public static Money of(String amount, String currencyCode) {
        BigDecimal value;
        Currency currency;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "amount", "is not a decimal number");
        }
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "currency", "is not an ISO 4217 currency code");
        }
        return new Money(value, currency);
    }

    /**
     * Obtains an amount in a currency.
     *
     * @param amount the amount, at least 0, below 10^12, at most 4 decimal places
     * @param currency the currency
     * @return the money
     * @throws org.complaintkit.api.error.InvalidInputException if either part is missing or out of range
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Obtains an amount from the text {@link #toString()} writes: the decimal amount, one space and the ISO 4217
     * code, such as {@code "5000 CNY"}.
     *
     * @param text the text
     * @return the money
     * @throws org.complaintkit.api.error.InvalidInputException if the text has not that form or a part is invalid
     */
    public static Money parse(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space < 0 || space != text.lastIndexOf(' ')) {
            throw InvalidInputException.of(ErrorCode.BAD_FORMAT, "money", "must be an amount, a space and a currency code");
        }
        return of(text.substring(0, space), text.substring(space + 1));
    }

    /**
     * Compares amounts of the same currency.
     *
     * @param other the other amount
     * @return negative, zero or positive as this amount is less than, equal to or greater than the other
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
