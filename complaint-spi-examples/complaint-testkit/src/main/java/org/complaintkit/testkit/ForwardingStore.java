package org.complaintkit.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ForwardingComplaintStore;
import org.complaintkit.spi.storage.ScannedComplaint;

/**
 * A store that passes every call to another ({@link ForwardingComplaintStore}); tests override the calls they want to
 * watch or disturb. One call is not passed on: report projections are kept by the other store, but
 * {@link #scanProjections} hands every complaint's history from {@link #scan}, folded, as the SPI's default does, so
 * that a subclass that watches or disturbs {@code scan} sees the reports' reads too, and {@code new ForwardingStore(s)}
 * reads the reports of {@code s} by folding. A subclass that wants the projections read overrides it.
 */
public class ForwardingStore extends ForwardingComplaintStore {

    /**
     * @param delegate the store every call goes to
     */
    public ForwardingStore(ComplaintStore delegate) {
        super(delegate);
    }

    /** Folds every complaint's history read through {@link #scan}, as the SPI's default; see the class comment. */
    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        if (revision < 1) {
            throw new IllegalArgumentException("a projection's revision is 1 or more");
        }
        scan(filter, history -> visitor.accept(ScannedComplaint.folded(history)));
    }
}
