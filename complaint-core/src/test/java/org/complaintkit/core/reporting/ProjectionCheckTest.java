package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.ProjectionCheckReport;
import org.complaintkit.core.engine.ProjectionRebuildReport;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.StoredProjection;
import org.complaintkit.testkit.ForwardingStore;
import org.junit.jupiter.api.Test;

/**
 * The check-only twin of the projection rebuild (trial 26, finding 7): it lists by id the complaints whose stored
 * projection differs from their history, and writes nothing, so drift can be seen before it is repaired.
 */
class ProjectionCheckTest {

    @Test
    void theCheckNamesTheComplaintWhoseProjectionWasTamperedWithAndLeavesItAsItIs() {
        FixedHistory bank = new FixedHistory();
        long version = bank.store.load(bank.d).size();
        bank.store.saveProjection(bank.d, version, FactsCodec.encode(ComplaintFacts.of(bank.store.load(bank.e))));
        StoredProjection tampered = bank.store.projection(bank.d).orElseThrow();

        ProjectionCheckReport check = bank.engine.checkProjections(ComplaintQuery.all(10));

        assertEquals(new ProjectionCheckReport(6, 5, List.of(bank.d), List.of(), 0, Optional.empty()), check);
        assertFalse(check.clean());
        assertEquals(tampered, bank.store.projection(bank.d).orElseThrow(), "the check writes nothing");
        assertEquals(check, bank.engine.checkProjections(ComplaintQuery.all(10)), "so it finds the same again");
        ProjectionRebuildReport repaired = bank.engine.rebuildProjections(ComplaintQuery.all(10));
        assertEquals(check.differing().size(), repaired.fixed(), "the rebuild fixes what the check listed");
        assertTrue(bank.engine.checkProjections(ComplaintQuery.all(10)).clean());
    }

    @Test
    void complaintsWrittenWithoutProjectionsAreListedAsUnbuiltNotAsDiffering() {
        FixedHistory written = new FixedHistory(ProjectionTest.OlderWriter::new);
        ComplaintEngine engine = ComplaintEngine.builder().clock(written.clock).store(written.store)
                .discoverPlugins(false).build();
        ProjectionCheckReport first = engine.checkProjections(ComplaintQuery.all(4));
        assertEquals(4, first.unbuilt().size());
        assertTrue(first.differing().isEmpty(), "their reports fold them, so no figure is wrong");
        assertFalse(first.done());
        ProjectionCheckReport second = engine.checkProjections(ComplaintQuery.all(4).after(first.next().orElseThrow()));
        assertEquals(2, second.unbuilt().size());
        assertTrue(second.done());
        List<ComplaintId> all = new ArrayList<>(first.unbuilt());
        all.addAll(second.unbuilt());
        assertEquals(List.of(written.a, written.b, written.c, written.d, written.e, written.f).stream().sorted(
                Comparator.comparing(ComplaintId::value)).toList(), all.stream().sorted(
                Comparator.comparing(ComplaintId::value)).toList());
        assertNull(written.store.projection(written.a).orElseThrow().projection(), "still none: nothing written");
        assertEquals(6, engine.rebuildProjections(ComplaintQuery.all(10)).built());
    }

    @Test
    void aStoreWhoseProjectionsAllReadAsTheirHistoriesChecksClean() {
        FixedHistory bank = new FixedHistory();
        assertEquals(new ProjectionCheckReport(6, 6, List.of(), List.of(), 0, Optional.empty()),
                bank.engine.checkProjections(ComplaintQuery.all(10)));
    }

    @Test
    void theCheckOnAStoreWithoutProjectionsSaysSo() {
        FixedHistory bank = new FixedHistory();
        ComplaintEngine bare = ComplaintEngine.builder().clock(bank.clock).discoverPlugins(false)
                .store(new ForwardingStore(bank.store) {
                    @Override
                    public boolean keepsProjections() {
                        return false;
                    }
                }).build();
        assertEquals(ErrorCode.PROJECTIONS_UNSUPPORTED, assertThrows(ComplaintKitException.class,
                () -> bare.checkProjections(ComplaintQuery.all(10))).code());
    }
}
