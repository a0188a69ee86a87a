package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.core.erasure.PersonalDataProtection;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.spi.storage.ScannedComplaint;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.StoredProjection;

/**
 * The engine's view of a store whose complaints keep their personal data encrypted: every event read comes back
 * with its texts decrypted, or erased where the key was destroyed ({@link PersonalDataProtection#open}). The
 * Recorder appends to the store beneath (it alone appends); everything else passes to the store unchanged; each method is forwarded, none left to the SPI's default, so the
 * store's own answers stand. Used only when the engine has a key store. Thread-safe if the store is.
 */
final class OpenedStore implements ComplaintStore {
    private final ComplaintStore store;
    private final PersonalDataProtection protection;

    OpenedStore(ComplaintStore store, PersonalDataProtection protection) {
        this.store = store;
        this.protection = protection;
    }

    /** The store beneath, for what must know its class. */
    ComplaintStore beneath() {
        return store;
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return protection.open(store.load(id));
    }

    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        List<SealedEvent> rows = store.loadSealed(id);
        List<SealedEvent> out = new ArrayList<>(rows.size());
        boolean erased = rows.stream().anyMatch(row -> row.event() instanceof PersonalDataErased);
        for (SealedEvent row : rows) {
            ComplaintEvent opened = row.event() == null ? null : protection.open(row.event(), erased);
            out.add(opened == row.event() ? row : new SealedEvent(row.sequence(), opened, row.seal(), row.text(),
                    row.columns(), row.keyVersion()));
        }
        return out;
    }

    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        return store.indexRow(id);
    }

    /** Refused: the engine's one writer, the Recorder, appends to the store beneath, never through this view. */
    @Override
    public void append(AppendRequest request) {
        throw new IllegalStateException("the engine appends to the store beneath its opened view, from the Recorder");
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        return store.findCommand(key);
    }

    @Override
    public ComplaintPage query(ComplaintQuery query) {
        return store.query(query);
    }

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        return store.leaseDue(now, until, limit);
    }

    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        store.scan(filter, history -> visitor.accept(protection.open(history)));
    }

    @Override
    public boolean keepsProjections() {
        return store.keepsProjections();
    }

    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        store.scanProjections(filter, revision, scanned -> visitor.accept(scanned.history() == null ? scanned
                : new ScannedComplaint(scanned.id(), scanned.projection(), protection.open(scanned.history()))));
    }

    @Override
    public Optional<StoredProjection> projection(ComplaintId id) {
        return store.projection(id);
    }

    @Override
    public boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        return store.saveProjection(id, version, projection);
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        return store.leaseOutbox(now, until, limit);
    }

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return store.outboxEntry(dedupeKey);
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        return store.outbox(id);
    }

    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        return store.outboxByStatus(status, afterKey, limit);
    }

    @Override
    public long countOutbox(OutboxStatus status) {
        return store.countOutbox(status);
    }

    @Override
    public Optional<CohortOrderRecord> cohortOrder(String reference) {
        return store.cohortOrder(reference);
    }

    @Override
    public List<CohortOrderRecord> standingCohortOrders() {
        return store.standingCohortOrders();
    }

    @Override
    public void saveCohortOrder(CohortOrderRecord record) {
        store.saveCohortOrder(record);
    }

    @Override
    public boolean deleteComplaint(ComplaintId id, long expectedVersion) {
        return store.deleteComplaint(id, expectedVersion);
    }

    @Override
    public int purgeOutbox(OutboxStatus status, Instant createdBy, int limit) {
        return store.purgeOutbox(status, createdBy, limit);
    }

    @Override
    public int purgeCommands(Instant appliedBy, int limit) {
        return store.purgeCommands(appliedBy, limit);
    }

    @Override
    public long countCommands(Instant appliedBy) {
        return store.countCommands(appliedBy);
    }

    @Override
    public long countOutbox(OutboxStatus status, Instant createdBy) {
        return store.countOutbox(status, createdBy);
    }
}
