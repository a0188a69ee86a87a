package org.complaintkit.core.engine;

import java.util.Objects;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.spi.storage.QueueFacts;

/**
 * One complaint in a work queue as its reader may see it: the view the access policy allows (personal data masked
 * for a reader without full rights) and the complaint's queue facts (handler, owner, classes, flags, priority,
 * references, running clocks' deadlines), which hold no personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param view the complaint as the reader may see it
 * @param facts its queue facts, derived from the history read for the view
 */
public record WorkQueueItem(ComplaintView view, QueueFacts facts) {
    /**
     * Checks the components.
     *
     * @param view the view
     * @param facts the facts
     */
    public WorkQueueItem {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(facts, "facts");
    }
}
