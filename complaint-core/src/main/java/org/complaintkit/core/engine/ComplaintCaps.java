package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;

/**
 * How much one complaint may hold: a number of events and a total stored size, the UTF-8 bytes of its events
 * as the store keeps them ({@code EventCodec}). A command that would take a complaint past either is refused
 * with {@link org.complaintkit.api.error.ErrorCode#COMPLAINT_CAP_REACHED} and nothing is stored; so is a recorded
 * access denial, which is then logged instead. The engine's own records (clock changes from sweeps, delivery
 * outcomes of notices, group links) are always stored, so that deadlines and proof of notice stay true; they may
 * take a complaint a little past its cap, and the next command is refused.
 *
 * <p>Every read of a complaint loads its whole history, so without a cap one complaint fed notes without end
 * would slow or exhaust every node that reads it. The defaults are far above any real complaint (a long one has
 * a few hundred events and some hundreds of kilobytes) and bound the memory one history takes. Set them on the
 * engine builder with {@code complaintCaps}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxEvents the most events a complaint may hold, at least 1
 * @param maxStoredBytes the most UTF-8 bytes its stored events may take together, at least 1
 */
public record ComplaintCaps(int maxEvents, long maxStoredBytes) {

    /** 10,000 events and 16 MiB of stored text per complaint. */
    public static final ComplaintCaps DEFAULT = new ComplaintCaps(10_000, 16L * 1024 * 1024);

    /**
     * Checks the caps.
     *
     * @param maxEvents the most events a complaint may hold
     * @param maxStoredBytes the most UTF-8 bytes its stored events may take together
     * @throws InvalidInputException coded {@link ErrorCode#OUT_OF_RANGE}, listing each cap that is not positive
     */
    public ComplaintCaps {
        List<Violation> violations = new ArrayList<>();
        if (maxEvents < 1) {
            violations.add(new Violation(ErrorCode.OUT_OF_RANGE, "maxEvents",
                    "a complaint's event cap must be positive, not " + maxEvents));
        }
        if (maxStoredBytes < 1) {
            violations.add(new Violation(ErrorCode.OUT_OF_RANGE, "maxStoredBytes",
                    "a complaint's stored-bytes cap must be positive, not " + maxStoredBytes));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
