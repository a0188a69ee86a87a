package org.complaintkit.core.integrity;

import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * Compares what a store keeps beside a complaint's history, where no seal reaches (its index row, its notices
 * not yet delivered), with what the sealed history implies. The engine has one that knows its clocks and
 * notification setup ({@code ComplaintEngine.verifier()}); a {@link ChainVerifier} given one calls it for
 * every complaint whose chain holds, on rows read at one version of the complaint.
 *
 * <p>Implementations are thread-safe and read nothing themselves: everything they judge is given.
 */
@FunctionalInterface
public interface Reconciler {

    /**
     * Compares a complaint's stored index row and outbox entries with its history.
     *
     * @param id the complaint
     * @param history its events, in sequence order, from a chain found intact
     * @param row its index row as stored, or null if the store holds none
     * @param outbox its outbox entries as stored, delivered ones included
     * @return every disagreement, the index row's first; empty if everything agrees
     */
    List<Mismatch> reconcile(ComplaintId id, List<ComplaintEvent> history, IndexRow row, List<OutboxEntry> outbox);
}
