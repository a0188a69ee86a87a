package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.core.erasure.PersonalDataProtection;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ForwardingComplaintStore;
import org.complaintkit.spi.storage.ScannedComplaint;
import org.complaintkit.spi.storage.SealedEvent;

/**
 * The engine's view of a store whose complaints keep their personal data encrypted: every event read comes back
 * with its texts decrypted, or erased where the key was destroyed ({@link PersonalDataProtection#open}). The
 * Recorder appends to the store beneath (it alone appends); everything else passes to the store unchanged, by
 * {@link ForwardingComplaintStore}, which leaves no method to the SPI's default, so the store's own answers stand.
 * Used only when the engine has a key store. Thread-safe if the store is.
 */
final class OpenedStore extends ForwardingComplaintStore {
    private final PersonalDataProtection protection;

    OpenedStore(ComplaintStore store, PersonalDataProtection protection) {
        super(store);
        this.protection = protection;
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return protection.open(delegate().load(id));
    }

    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        List<SealedEvent> rows = delegate().loadSealed(id);
        List<SealedEvent> out = new ArrayList<>(rows.size());
        boolean erased = rows.stream().anyMatch(row -> row.event() instanceof PersonalDataErased);
        for (SealedEvent row : rows) {
            ComplaintEvent opened = row.event() == null ? null : protection.open(row.event(), erased);
            out.add(opened == row.event() ? row : new SealedEvent(row.sequence(), opened, row.seal(), row.text(),
                    row.columns(), row.keyVersion()));
        }
        return out;
    }

    /** Refused: the engine's one writer, the Recorder, appends to the store beneath, never through this view. */
    @Override
    public void append(AppendRequest request) {
        throw new IllegalStateException("the engine appends to the store beneath its opened view, from the Recorder");
    }

    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        delegate().scan(filter, history -> visitor.accept(protection.open(history)));
    }

    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        delegate().scanProjections(filter, revision, scanned -> visitor.accept(scanned.history() == null ? scanned
                : new ScannedComplaint(scanned.id(), scanned.projection(), protection.open(scanned.history()))));
    }
}
