package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;

/**
 * The checks a store makes of a host's arguments to its leases and batches, shared by the stores so that each
 * refuses the same way: one {@link InvalidInputException} listing every violation, with its stable code, before
 * anything is read or leased.
 */
public final class StoreArguments {

    private StoreArguments() {
    }

    /**
     * Checks a lease: it starts at an instant, ends after it, and takes 1 to {@link ComplaintQuery#MAX_LIMIT} rows.
     *
     * @param now when the lease starts
     * @param until when it ends
     * @param limit how many rows it takes at most
     * @throws InvalidInputException listing every violation: {@link ErrorCode#REQUIRED} for a missing instant,
     *     {@link ErrorCode#OUT_OF_RANGE} for a lease that does not end after it starts or a limit out of range
     */
    public static void checkLease(Instant now, Instant until, int limit) {
        List<Violation> violations = new ArrayList<>();
        if (now == null) {
            violations.add(new Violation(ErrorCode.REQUIRED, "now", "a lease starts at an instant"));
        }
        if (until == null) {
            violations.add(new Violation(ErrorCode.REQUIRED, "until", "a lease ends at an instant"));
        }
        if (now != null && until != null && !until.isAfter(now)) {
            violations.add(new Violation(ErrorCode.OUT_OF_RANGE, "until", "a lease must end after it starts"));
        }
        limit(limit, violations);
        throwIfAny(violations);
    }

    /**
     * Checks the size of a batch or page: 1 to {@link ComplaintQuery#MAX_LIMIT}.
     *
     * @param limit how many rows at most
     * @throws InvalidInputException coded {@link ErrorCode#OUT_OF_RANGE} if the limit is out of range
     */
    public static void checkLimit(int limit) {
        List<Violation> violations = new ArrayList<>();
        limit(limit, violations);
        throwIfAny(violations);
    }

    private static void limit(int limit, List<Violation> violations) {
        if (limit < 1 || limit > ComplaintQuery.MAX_LIMIT) {
            violations.add(new Violation(ErrorCode.OUT_OF_RANGE, "limit",
                    "the limit must be between 1 and " + ComplaintQuery.MAX_LIMIT + ", not " + limit));
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
