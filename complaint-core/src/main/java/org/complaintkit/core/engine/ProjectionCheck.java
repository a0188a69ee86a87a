package org.complaintkit.core.engine;

import java.util.ArrayList;
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
 * Compares complaints' stored report projections with their histories folded, one bounded page of a query at a
 * time, and writes nothing: the check-only twin of {@link ProjectionRebuild}, judging each complaint by the same
 * rule, so that what it lists as differing or unbuilt is exactly what a rebuild would count as fixed or built.
 *
 * <p>Thread-safe. Logs counts only.
 */
final class ProjectionCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionCheck.class);

    private final ComplaintStore store;

    ProjectionCheck(ComplaintStore store) {
        this.store = store;
    }

    ProjectionCheckReport batch(ComplaintQuery query) {
        Objects.requireNonNull(query, "query");
        if (!store.keepsProjections()) {
            throw StoreException.of(ErrorCode.PROJECTIONS_UNSUPPORTED, "store",
                    "this store keeps no report projections; reports fold histories on it, nothing to check");
        }
        ComplaintPage page = store.query(query);
        int current = 0;
        int movedOn = 0;
        List<ComplaintId> differing = new ArrayList<>();
        List<ComplaintId> unbuilt = new ArrayList<>();
        for (ComplaintId id : page.ids()) {
            List<ComplaintEvent> history = store.load(id);
            Optional<StoredProjection> stored = store.projection(id);
            if (stored.isPresent() && stored.get().version() != history.size()) {
                history = store.load(id); // appended between the two reads: judge the complaint as it stands now
            }
            if (history.isEmpty() || stored.isPresent() && stored.get().version() > history.size()) {
                movedOn++;
                continue;
            }
            ReportProjection wanted = FactsCodec.encode(ComplaintFacts.of(history));
            boolean sameVersion = stored.isPresent() && stored.get().version() == history.size();
            if (sameVersion && wanted.equals(stored.get().projection())) {
                current++;
            } else if (sameVersion && stored.get().isCurrent(FactsCodec.REVISION)) {
                differing.add(id);
            } else {
                unbuilt.add(id);
            }
        }
        ProjectionCheckReport report = new ProjectionCheckReport(page.ids().size(), current, differing, unbuilt,
                movedOn, page.next());
        if (!differing.isEmpty()) {
            LOG.warn("projection check found {} projections of the current revision that differ from their "
                    + "histories; reports read from them are wrong for those complaints until the rebuild rewrites "
                    + "them (the check's report lists their ids)", differing.size());
        }
        return report;
    }
}
