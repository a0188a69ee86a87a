package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A staff member replaced the complaint's class in one scheme, with a reason. Clocks whose policy depends
 * on the class are recomputed in the same append.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who overrode)
 * @param scheme the scheme
 * @param code the new class's code
 * @param previousCode the class it replaces
 * @param reason why
 */
public record ClassOverridden(EventHeader header, String scheme, String code, String previousCode, Sensitive reason)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param scheme the scheme
     * @param code the new class's code
     * @param previousCode the class it replaces
     * @param reason why
     */
    public ClassOverridden {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(previousCode, "previousCode");
        Objects.requireNonNull(reason, "reason");
    }
}
