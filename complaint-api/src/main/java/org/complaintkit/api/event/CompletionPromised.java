package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A completion time was promised to the customer (承诺办结时间), or an earlier promise was changed. The promise's
 * clock runs to {@link #promisedBy()}; a change keeps the earlier promise and the reason on the record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who promised)
 * @param promisedBy the instant by which the bank promised to complete
 * @param wording what was promised, in the words given to the customer
 * @param previousPromisedBy the promise this one replaces, or null for the first promise
 * @param reason why the earlier promise was changed; null for a first promise given without one
 */
public record CompletionPromised(EventHeader header, Instant promisedBy, Sensitive wording,
                                 Instant previousPromisedBy, Sensitive reason) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param promisedBy the promised instant
     * @param wording what was promised
     * @param previousPromisedBy the replaced promise, or null
     * @param reason why it changed, or null for a first promise
     */
    public CompletionPromised {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(promisedBy, "promisedBy");
        Objects.requireNonNull(wording, "wording");
        if (previousPromisedBy != null && reason == null) {
            throw new IllegalArgumentException("a changed promise carries its reason");
        }
    }

    /**
     * Tells whether this promise changed an earlier one.
     *
     * @return true if it replaced a promise
     */
    public boolean isChange() {
        return previousPromisedBy != null;
    }
}
