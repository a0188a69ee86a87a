package org.complaintkit.api.command;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.organisation.UnitId;

/**
 * A key the caller chooses once per intended change; repeating a command with the same key returns the first result and adds no event.
 *
 * <p>A key must be unique across the whole bank and for all time, not only within one branch or one day:
 * the engine finds the first result by the key alone, so a key used again for a different change does not
 * make that change: it is refused, or answered with the first result. Make one with {@link #random()}, or
 * with {@link #of(UnitId, LocalDate, long)} from the receiving unit, the business date and a counter the
 * unit never repeats on that date. Keep the key with the intended change and send the same key again
 * when retrying it.
 *
 * <p>Immutable and thread-safe. Checked on construction: 1 to 64 ASCII letters, digits and
 * {@code . _ : -}, starting with a letter or digit.
 *
 * @param value the identifier text
 */
public record IdempotencyKey(String value) implements Comparable<IdempotencyKey> {

    /**
     * Checks the value.
     *
     * @param value the identifier text
     */
    public IdempotencyKey {
        Checks.identifier(value, "idempotencyKey");
    }

    /**
     * Obtains an instance from its text.
     *
     * @param value the identifier text
     * @return the identifier
     * @throws org.complaintkit.api.error.InvalidInputException if the value is not a valid identifier
     */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    /**
     * A new random key: a version-4 UUID, unique without coordination.
     *
     * @return the key, such as {@code 3f2b6c1e-8a4d-4f7e-9b1a-2c5d7e9f0a13}
     */
    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    /**
     * A key from the unit where the change was taken in, the business date and the unit's counter for that
     * date, such as {@code GD-SZ-FT-001:2026-12-03:000042}. Unique as long as the unit never hands out the
     * same counter twice on one date.
     *
     * @param unit the unit that takes in the change
     * @param date the business date
     * @param counter the unit's counter for the date, at least 0
     * @return the key
     * @throws InvalidInputException coded OUT_OF_RANGE if the counter is negative, or TOO_LONG if the unit's
     *     identifier leaves no room for the date and counter within 64 characters
     */
    public static IdempotencyKey of(UnitId unit, LocalDate date, long counter) {
        Checks.required(unit, "unit");
        Checks.required(date, "date");
        if (counter < 0) {
            throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "counter", "must be at least 0");
        }
        return new IdempotencyKey(unit.value() + ":" + date + ":" + String.format(Locale.ROOT, "%06d", counter));
    }

    @Override
    public int compareTo(IdempotencyKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
