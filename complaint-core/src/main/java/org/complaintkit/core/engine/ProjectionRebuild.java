package org.complaintkit.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.reporting.FactsCodec;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.spi.storage.StoredProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes complaints' report projections from their events, one bounded page of a query at a time: each
 * complaint's history is folded into its facts and encoded, and the store's projection is written where it is
 * missing, of an older revision, or different. It changes no complaint: no event, no index row, no version; a
 * complaint appended to meanwhile keeps the projection its append wrote. A batch that fails leaves the batches
 * before it done; running it again from the same id is harmless.
 *
 * <p>Thread-safe. Logs counts only.
 */
final class ProjectionRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final ComplaintStore store;

    ProjectionRebuild(ComplaintStore store) {
        this.store = store;
    }

    ProjectionRebuildReport batch(ComplaintQuery query) {
        Objects.requireNonNull(query, "query");
        if (!store.keepsProjections()) {
            throw StoreException.of(ErrorCode.PROJECTIONS_UNSUPPORTED, "store",
                    "this store keeps no report projections; reports fold histories on it, nothing to rebuild");
        }
        ComplaintPage page = store.query(query);
        int built = 0;
        int fixed = 0;
        int current = 0;
        int movedOn = 0;
        for (ComplaintId id : page.ids()) {
            List<ComplaintEvent> history = store.load(id);
            if (history.isEmpty()) {
                movedOn++;
                continue;
            }
            ReportProjection wanted = FactsCodec.encode(ComplaintFacts.of(history));
            Optional<StoredProjection> stored = store.projection(id);
            boolean sameVersion = stored.isPresent() && stored.get().version() == history.size();
            if (sameVersion && wanted.equals(stored.get().projection())) {
                current++;
            } else if (!store.saveProjection(id, history.size(), wanted)) {
                movedOn++;
            } else if (sameVersion && stored.get().isCurrent(FactsCodec.REVISION)) {
                fixed++;
            } else {
                built++;
            }
        }
        Optional<ComplaintId> next = page.next();
        ProjectionRebuildReport report = new ProjectionRebuildReport(page.ids().size(), built, fixed, current,
                movedOn, next);
        if (built + fixed > 0) {
            LOG.info("projection rebuild batch: {} checked, {} built, {} fixed, {} current, {} moved on",
                    report.checked(), built, fixed, current, movedOn);
        }
        if (fixed > 0) {
            LOG.warn("projection rebuild rewrote {} projections of the current revision that differed from their "
                    + "histories; reports read from them before this were wrong for those complaints", fixed);
        }
        return report;
    }
}
