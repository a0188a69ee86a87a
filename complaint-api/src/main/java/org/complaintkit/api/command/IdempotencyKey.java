package org.complaintkit.api.command;

import org.complaintkit.api.error.Checks;

/**
 * A key the caller chooses once per intended change; repeating a command with the same key returns the first result and adds no event.
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

    @Override
    public int compareTo(IdempotencyKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
