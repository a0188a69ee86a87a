package org.complaintkit.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often, and how far apart, a failed delivery is tried again: the first retry after
 * {@code firstDelay}, each further one after {@code multiplier} times the previous delay, never more
 * than {@code maxDelay}; after {@code maxAttempts} attempts in all the notice is dead-lettered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts the attempts in all, at least 1
 * @param firstDelay the delay before the first retry, positive
 * @param multiplier the growth of each further delay, at least 1
 * @param maxDelay the longest delay, at least {@code firstDelay}
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

    /**
     * Checks the components.
     *
     * @param maxAttempts the attempts in all, at least 1
     * @param firstDelay the delay before the first retry, positive
     * @param multiplier the growth of each further delay, at least 1
     * @param maxDelay the longest delay, at least {@code firstDelay}
     */
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || !(multiplier >= 1)
                || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt, a positive first delay, "
                    + "a multiplier of at least 1 and a maximum delay no shorter than the first");
        }
    }

    /**
     * Eight attempts, the first retry after 30 seconds, doubling, at most an hour apart (about two hours
     * from the first attempt to the last).
     *
     * @return the policy
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofSeconds(30), 2.0, Duration.ofHours(1));
    }

    /**
     * Returns when to try again after a failed attempt, or null if that was the last.
     *
     * @param attempt the attempt that failed, from 1
     * @param failedAt when it failed
     * @return the time of the next attempt, or null to dead-letter the notice
     */
    public Instant retryAt(int attempt, Instant failedAt) {
        if (attempt >= maxAttempts) {
            return null;
        }
        double seconds = firstDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        long millis = (long) Math.min(seconds, (double) maxDelay.toMillis());
        return failedAt.plusMillis(millis);
    }
}
