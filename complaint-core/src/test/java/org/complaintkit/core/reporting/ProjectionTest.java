package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.ProjectionRebuildReport;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.testkit.ForwardingStore;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    /**
     * A projection of revision 1 as stored, frozen: it must read as these facts for as long as revision 1 is read.
     * A change to the layout takes a new revision (and a new sample beside this one), never an edit of this one.
     */
    static final String REVISION_1 = "COUNTER|GD-SZ-FT-001|GD-SZ|CLOSED|1772415000|1772469000.500000000"
            + "|cbirc.class:a%2Cb%7Cc,jrt0169.channel:?|1|2|PARTLY_UPHELD|SHARED|SATISFIED|200.5 CNY"
            + "|cbirc.decision=MET,cbirc.review-window=OPEN_OVERDUE,x%3Dy=BREACHED|D-1|S-2001|S-4001,S-4002"
            + "|REGULATOR|FORWARDED_BY_REGULATOR,VIP|RC-1,RC%7E2|1|GD-SZ-FT-001";

    @Test
    void theStoredFormOfRevisionOneStillReadsAsTheFactsItWasWrittenFor() {
        ComplaintId id = ComplaintId.of("C-golden");
        ComplaintFacts expected = new ComplaintFacts(id, Channel.COUNTER, UnitId.of("GD-SZ-FT-001"),
                UnitId.of("GD-SZ"), ComplaintStatus.CLOSED, Instant.ofEpochSecond(1772415000),
                Instant.ofEpochSecond(1772469000, 500_000_000), Set.of("cbirc.class:a,b|c", "jrt0169.channel:?"), 1, 2,
                Outcome.PARTLY_UPHELD, Liability.SHARED, Satisfaction.SATISFIED, Money.of("200.50", "CNY"),
                Map.of("cbirc.decision", ClockResult.MET, "cbirc.review-window", ClockResult.OPEN_OVERDUE,
                        "x=y", ClockResult.BREACHED), DepartmentId.of("D-1"), StaffId.of("S-2001"),
                Set.of(StaffId.of("S-4001"), StaffId.of("S-4002")), ForwardingSource.REGULATOR,
                EnumSet.of(ComplaintFlag.VIP, ComplaintFlag.FORWARDED_BY_REGULATOR), Set.of("RC-1", "RC~2"), true,
                Set.of(UnitId.of("GD-SZ-FT-001")));
        assertEquals(expected, FactsCodec.decode(id, new ReportProjection(1, REVISION_1)));
        assertEquals(REVISION_1, FactsCodec.encode(expected).facts(), "revision 1 is still what the codec writes");
    }

    @Test
    void aProjectionThatDoesNotReadIsRefusedWithItsCodeAndWithoutItsText() {
        ComplaintKitException e = assertThrows(ComplaintKitException.class, () -> FactsCodec.decode(
                ComplaintId.of("C-1"), new ReportProjection(1, "COUNTER|secret-unit|~")));
        assertEquals(ErrorCode.PROJECTION_UNREADABLE, e.code());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertEquals(ErrorCode.PROJECTION_UNREADABLE, assertThrows(ComplaintKitException.class,
                () -> FactsCodec.decode(ComplaintId.of("C-1"), new ReportProjection(2, REVISION_1))).code());
        String badTypical = REVISION_1.replace("|1|GD-SZ-FT-001", "|yes|GD-SZ-FT-001");
        assertEquals(ErrorCode.PROJECTION_UNREADABLE, assertThrows(ComplaintKitException.class,
                () -> FactsCodec.decode(ComplaintId.of("C-1"), new ReportProjection(1, badTypical))).code());
    }

    @Test
    void aProjectionOfAnotherRevisionIsFoldedNeverMisread() {
        FixedHistory bank = new FixedHistory();
        Tally before = Tally.scan(bank.store, ComplaintQuery.all(10), FixedHistory.SHANGHAI, StandardDimension.values());
        long version = bank.store.load(bank.a).size();
        assertTrue(bank.store.saveProjection(bank.a, version, new ReportProjection(2, "a layout of the future")));
        List<ComplaintFacts> seen = new ArrayList<>();
        assertEquals(new FactsScan(5, 1), FactsSource.scan(bank.store, ComplaintQuery.all(10), seen::add));
        assertTrue(seen.contains(ComplaintFacts.of(bank.store.load(bank.a))));
        assertEquals(before.rows(), Tally.scan(bank.store, ComplaintQuery.all(10), FixedHistory.SHANGHAI,
                StandardDimension.values()).rows());
    }

    /** A store that drops the projection of every append, as an engine of an older release wrote. */
    static final class OlderWriter extends ForwardingStore {
        OlderWriter(InMemoryComplaintStore delegate) {
            super(delegate);
        }

        @Override
        public void append(AppendRequest r) {
            super.append(new AppendRequest(r.complaintId(), r.expectedVersion(), r.events(), r.index(), r.command(),
                    r.outbox(), r.seals()));
        }
    }

    @Test
    void complaintsWrittenWithoutProjectionsAreFoldedAndTheRebuildWritesThemInBatches() {
        FixedHistory written = new FixedHistory(OlderWriter::new);
        InMemoryComplaintStore store = written.store;
        ReportPeriod year = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                FixedHistory.SHANGHAI);
        List<UnitReport.Row> folded = UnitReport.compute(store, FixedHistory.DIRECTORY, written.sla, year, Map.of())
                .rows();
        assertEquals(new FactsScan(0, 6), FactsSource.scan(store, ComplaintQuery.all(10), f -> { }));
        assertNull(store.projection(written.a).orElseThrow().projection());

        ComplaintEngine engine = ComplaintEngine.builder().clock(written.clock).store(store).discoverPlugins(false)
                .build();
        ProjectionRebuildReport first = engine.rebuildProjections(ComplaintQuery.all(4));
        assertEquals(4, first.checked());
        assertEquals(4, first.built());
        assertFalse(first.done());
        assertEquals(new FactsScan(4, 2), FactsSource.scan(store, ComplaintQuery.all(10), f -> { }),
                "reports stay correct half way: they fold what is not rebuilt yet");
        ProjectionRebuildReport second = engine.rebuildProjections(ComplaintQuery.all(4).after(first.next().orElseThrow()));
        assertEquals(2, second.built());
        assertTrue(second.done());
        assertEquals(new FactsScan(6, 0), FactsSource.scan(store, ComplaintQuery.all(10), f -> { }));
        assertEquals(folded, UnitReport.compute(store, FixedHistory.DIRECTORY, written.sla, year, Map.of()).rows());

        ProjectionRebuildReport again = engine.rebuildProjections(ComplaintQuery.all(1000));
        assertEquals(new ProjectionRebuildReport(6, 0, 0, 6, 0, Optional.empty()), again,
                "run again, the rebuild rewrites nothing");
    }

    @Test
    void theRebuildRewritesAProjectionThatDiffersFromItsHistory() {
        FixedHistory bank = new FixedHistory();
        ComplaintFacts d = ComplaintFacts.of(bank.store.load(bank.d));
        ComplaintFacts e = ComplaintFacts.of(bank.store.load(bank.e));
        bank.store.saveProjection(bank.d, bank.store.load(bank.d).size(), FactsCodec.encode(e));
        ProjectionRebuildReport report = bank.engine.rebuildProjections(ComplaintQuery.all(10));
        assertEquals(new ProjectionRebuildReport(6, 0, 1, 5, 0, Optional.empty()), report);
        assertEquals(d, FactsCodec.decode(bank.d, bank.store.projection(bank.d).orElseThrow().projection()));
    }

    @Test
    void aProjectionForAVersionTheComplaintHasLeftIsNotSaved() {
        FixedHistory bank = new FixedHistory();
        ReportProjection kept = bank.store.projection(bank.a).orElseThrow().projection();
        long version = bank.store.load(bank.a).size();
        assertFalse(bank.store.saveProjection(bank.a, version - 1, new ReportProjection(1, "old")));
        assertFalse(bank.store.saveProjection(ComplaintId.of("C-unknown"), 1, kept));
        assertEquals(kept, bank.store.projection(bank.a).orElseThrow().projection());
    }

    @Test
    void theRebuildOnAStoreWithoutProjectionsSaysSo() {
        FixedHistory bank = new FixedHistory();
        ComplaintEngine bare = ComplaintEngine.builder().clock(bank.clock).discoverPlugins(false)
                .store(new ForwardingStore(bank.store) {
                    @Override
                    public boolean keepsProjections() {
                        return false;
                    }
                }).build();
        assertEquals(ErrorCode.PROJECTIONS_UNSUPPORTED, assertThrows(ComplaintKitException.class,
                () -> bare.rebuildProjections(ComplaintQuery.all(10))).code());
    }

    @Test
    void theRebuildOfAFilteredBatchTouchesOnlyTheComplaintsItSelects() {
        FixedHistory bank = new FixedHistory(OlderWriter::new);
        ComplaintEngine engine = ComplaintEngine.builder().clock(bank.clock).store(bank.store).discoverPlugins(false)
                .build();
        ProjectionRebuildReport closed = engine.rebuildProjections(ComplaintQuery.all(10)
                .withStatuses(Set.of(ComplaintStatus.CLOSED)));
        assertEquals(closed.checked(), closed.built());
        assertEquals(new FactsScan(closed.built(), 6 - closed.built()),
                FactsSource.scan(bank.store, ComplaintQuery.all(10), f -> { }));
    }
}
