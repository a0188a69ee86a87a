package org.complaintkit.core.reporting;

import java.util.Objects;
import java.util.function.Consumer;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ScannedComplaint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every report gets its complaints' {@link ComplaintFacts}: from the store's report projections where it
 * holds them in the current {@link FactsCodec#REVISION}, else by folding that complaint's history. A report reads
 * one row per projected complaint instead of decoding and folding its events; the figures are the same either
 * way (a property test holds the two equal), so a store without projections, or a database not yet rebuilt after
 * an upgrade, gives correct reports, only slower. Each scan reads its projections with one {@code FactsReader},
 * which builds each distinct unit, class set and clock result once per scan and shares it among the complaints
 * that have it.
 *
 * <p>Stateless and thread-safe. Logs counts only, never a complaint's data.
 */
public final class FactsSource {
    private static final Logger LOG = LoggerFactory.getLogger(FactsSource.class);

    private FactsSource() {
    }

    /**
     * Hands the facts of each complaint a filter matches to a visitor, each complaint once, in no particular
     * order.
     *
     * @param store the store
     * @param filter which complaints
     * @param visitor receives each complaint's facts; it must not call back into the store
     * @return how many complaints came from projections and how many were folded
     * @throws org.complaintkit.api.error.StoreException if the store fails, or coded
     *     {@code PROJECTION_UNREADABLE} if a stored projection of the current revision does not read
     */
    public static FactsScan scan(ComplaintStore store, ComplaintQuery filter, Consumer<ComplaintFacts> visitor) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(visitor, "visitor");
        long[] counts = new long[2];
        FactsReader reader = new FactsReader();
        store.scanProjections(filter, FactsCodec.REVISION, (ScannedComplaint complaint) -> {
            if (complaint.isProjected()) {
                counts[0]++;
                visitor.accept(reader.read(complaint.id(), complaint.projection()));
            } else {
                counts[1]++;
                visitor.accept(ComplaintFacts.of(complaint.history()));
            }
        });
        if (counts[1] > 0 && store.keepsProjections()) {
            LOG.info("a report folded {} complaints without a current projection ({} read from projections); "
                    + "the engine's projection rebuild writes them", counts[1], counts[0]);
        }
        return new FactsScan(counts[0], counts[1]);
    }
}
