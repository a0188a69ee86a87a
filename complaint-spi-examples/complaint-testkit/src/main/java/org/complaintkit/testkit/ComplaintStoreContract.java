package org.complaintkit.testkit;


import java.util.Comparator;

import org.complaintkit.spi.storage.StoredProjection;

import org.complaintkit.spi.storage.ScannedComplaint;

import org.complaintkit.spi.storage.ReportProjection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.api.sla.CohortPauseOrder;
import org.complaintkit.api.organisation.StaffId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import net.jqwik.api.Example;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.codec.EventCodec;
import java.util.concurrent.TimeUnit;

/**
 * The conformance kit for the storage SPI. Extend it, supply {@link #newStore()}, and run it with JUnit 5:
 *
 * <pre>{@code
 * class MyJdbcStoreConformanceTest extends ComplaintStoreContract {
 *     protected ComplaintStore newStore() {
 *         return new MyJdbcComplaintStore(freshlyMigratedDataSource());
 *     }
 * }
 * }</pre>
 *
 * The checks are jqwik examples and properties, so the jqwik engine (on the JUnit Platform) runs the whole suite
 * and reports it as one test class. Each check asks for a new, empty store. The work-queue checks are inherited
 * from {@link QueueQueryContract}. The suite checks append and load, optimistic conflicts,
 * idempotency keys, atomicity of events, index row, command record and outbox, every query and scan against
 * the in-memory reference store on random data, paging under concurrent inserts, leasing of due complaints
 * and of outbox entries under concurrency, concurrent writers, unusual content, and report projections (kept with
 * each append by a store that keeps them; refused, coded, by one that does not).
 */
public abstract class ComplaintStoreContract extends QueueQueryContract {

    /**
     * Creates a new, empty store for one test.
     *
     * @return the store
     */
    @Override
    protected abstract ComplaintStore newStore();

    private static ComplaintId id(int n) {
        return ComplaintId.of(String.format("C-%06d", n));
    }

    @Example
    void a_cohort_order_reads_back_as_saved_revision_after_revision_and_a_stale_revision_is_refused() {
        ComplaintStore store = newStore();
        CohortPauseOrder order = CohortPauseOrder.of("FCA PS24/1", "motor finance: 8-week clock paused",
                        List.of("fca.final-response", "fca.summary"))
                .withClass("fca", "motor-finance").withProducts(Set.of("PCP", "HP")).withUnit(UnitId.of("GD-SZ"))
                .withReceivedBetween(StoreSamples.T0, StoreSamples.T0.plusSeconds(86_400));
        CohortOrderRecord issued = CohortOrderRecord.issued(order, StoreSamples.T0, StaffId.of("S-3001"));
        assertEquals(Optional.empty(), store.cohortOrder("FCA PS24/1"));
        store.saveCohortOrder(issued);
        assertEquals(Optional.of(issued), store.cohortOrder("FCA PS24/1"));
        assertEquals(List.of(issued), store.standingCohortOrders());
        StoreException twice = assertThrows(StoreException.class, () -> store.saveCohortOrder(issued));
        assertTrue(twice.has(ErrorCode.COHORT_ORDER_CONFLICT), twice.getMessage());

        CohortOrderRecord batch = issued.afterBatch(id(7), 5, 1, 1);
        store.saveCohortOrder(batch);
        assertEquals(Optional.of(batch), store.cohortOrder("FCA PS24/1"));
        StoreException stale = assertThrows(StoreException.class, () -> store.saveCohortOrder(batch));
        assertTrue(stale.has(ErrorCode.COHORT_ORDER_CONFLICT), stale.getMessage());
        assertEquals(Optional.of(batch), store.cohortOrder("FCA PS24/1"), "a refused write changes nothing");

        CohortOrderRecord lifted = batch.afterLastBatch(id(9), 1, 0, 0).lifted();
        StoreException skipped = assertThrows(StoreException.class, () -> store.saveCohortOrder(lifted));
        assertTrue(skipped.has(ErrorCode.COHORT_ORDER_CONFLICT), "a revision cannot be skipped");
        CohortOrderRecord standing = batch.afterLastBatch(id(9), 1, 0, 0);
        store.saveCohortOrder(standing);
        store.saveCohortOrder(standing.lifted());
        assertEquals(List.of(), store.standingCohortOrders(), "a lifted order no longer stands");
        assertEquals(CohortOrderRecord.Phase.RESUMING, store.cohortOrder("FCA PS24/1").orElseThrow().phase());
    }

    @Example
    void an_order_selecting_everything_reads_back_with_no_conditions() {
        ComplaintStore store = newStore();
        CohortOrderRecord issued = CohortOrderRecord.issued(CohortPauseOrder.of("PRA-2026-01", "监管要求暂停",
                List.of("cbirc.decision")), StoreSamples.T0, StaffId.of("S-3001"));
        store.saveCohortOrder(issued);
        assertEquals(Optional.of(issued), store.cohortOrder("PRA-2026-01"));
    }

    @Example
    void a_store_that_keeps_projections_keeps_each_appends_projection_and_one_that_does_not_says_so() {
        ComplaintStore store = newStore();
        ReportProjection first = new ReportProjection(1, "facts|after|registration");
        if (!store.keepsProjections()) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.saveProjection(id(1), 1, first));
            assertTrue(refused.has(ErrorCode.PROJECTIONS_UNSUPPORTED), refused.getMessage());
            return;
        }
        store.append(StoreSamples.newComplaint(id(1), "柜员态度恶劣", "k-1").withProjection(first));
        store.append(StoreSamples.newComplaint(id(2), "柜员态度恶劣", "k-2"));
        assertEquals(Optional.of(new StoredProjection(1, first)), store.projection(id(1)));
        assertEquals(Optional.of(new StoredProjection(1, null)), store.projection(id(2)));
        assertEquals(Optional.empty(), store.projection(id(3)));

        List<ScannedComplaint> current = new ArrayList<>();
        store.scanProjections(ComplaintQuery.all(1), 1, current::add);
        current.sort(Comparator.comparing(ScannedComplaint::id));
        assertEquals(List.of(ScannedComplaint.projected(id(1), first), ScannedComplaint.folded(store.load(id(2)))),
                current);
        List<ScannedComplaint> later = new ArrayList<>();
        store.scanProjections(ComplaintQuery.all(5).after(id(1)), 2, later::add);
        assertEquals(List.of(ScannedComplaint.folded(store.load(id(2)))), later,
                "a projection of another revision is never handed as current, and the filter applies");
        List<ScannedComplaint> other = new ArrayList<>();
        store.scanProjections(ComplaintQuery.all(5), 2, other::add);
        assertEquals(2, other.stream().filter(c -> !c.isProjected()).count());

        store.append(new AppendRequest(id(1), 1, StoreSamples.facts(id(1), 2, 1, StoreSamples.T0.plusSeconds(60)),
                StoreSamples.index(ComplaintStatus.ACCEPTED, UnitId.of("GD-SZ-FT-001"), CustomerRef.of("CIF-1"),
                        StoreSamples.T0, null), null));
        assertEquals(Optional.of(new StoredProjection(2, null)), store.projection(id(1)),
                "an append without a projection leaves none, never the one of an older version");
        ReportProjection second = new ReportProjection(1, "facts|after|acceptance");
        assertFalse(store.saveProjection(id(1), 1, second), "the complaint has moved on from version 1");
        assertFalse(store.saveProjection(id(3), 1, second), "an unknown complaint");
        assertTrue(store.saveProjection(id(1), 2, second));
        assertEquals(Optional.of(new StoredProjection(2, second)), store.projection(id(1)));
        assertEquals(2, store.load(id(1)).size(), "saving a projection changes no complaint");
    }

    @Example
    void an_appended_complaint_loads_back_event_for_event_with_its_command_record() {
        ComplaintStore store = newStore();
        store.append(StoreSamples.newComplaint(id(1), "柜员态度恶劣", "k-1"));
        List<ComplaintEvent> more = StoreSamples.facts(id(1), 2, 3, StoreSamples.T0.plusSeconds(60));
        store.append(new AppendRequest(id(1), 1, more, StoreSamples.index(ComplaintStatus.ACCEPTED,
                UnitId.of("GD-SZ-FT-001"), CustomerRef.of("CIF-1"), StoreSamples.T0, null), null));
        List<ComplaintEvent> loaded = store.load(id(1));
        assertEquals(4, loaded.size());
        assertEquals(StoreSamples.newComplaint(id(1), "柜员态度恶劣", "k-1").events().get(0), loaded.get(0));
        assertEquals(more, loaded.subList(1, 4));
        assertEquals(Optional.of(new CommandRecord(IdempotencyKey.of("k-1"), id(1), CommandType.REGISTER, 1, 1,
                StoreSamples.FINGERPRINT)),
                store.findCommand(IdempotencyKey.of("k-1")));
        assertEquals(List.of(), store.load(id(2)), "an unknown complaint loads empty");
        assertEquals(Optional.empty(), store.findCommand(IdempotencyKey.of("k-2")));
    }

    @Example
    void each_event_is_stored_with_the_seal_it_was_appended_with_and_returned_as_stored() {
        ComplaintStore store = newStore();
        AppendRequest first = StoreSamples.newComplaint(id(1), "x", "k-1");
        String a = "a".repeat(64);
        store.append(new AppendRequest(first.complaintId(), 0, first.events(), first.index(), first.command(),
                first.outbox(), List.of(a)));
        List<ComplaintEvent> more = StoreSamples.facts(id(1), 2, 2, StoreSamples.T0.plusSeconds(60));
        store.append(new AppendRequest(id(1), 1, more, first.index(), null, List.of(),
                List.of("0123456789abcdef".repeat(4), "f".repeat(64))));
        store.append(new AppendRequest(id(1), 3, StoreSamples.facts(id(1), 4, 1, StoreSamples.T0.plusSeconds(90)),
                first.index(), null));
        List<SealedEvent> sealed = store.loadSealed(id(1));
        assertEquals(List.of(1L, 2L, 3L, 4L), sealed.stream().map(SealedEvent::sequence)
                .toList());
        assertEquals(Arrays.asList(a, "0123456789abcdef".repeat(4), "f".repeat(64), null),
                sealed.stream().map(SealedEvent::seal).toList(),
                "an append without seals stores none");
        assertEquals(store.load(id(1)), sealed.stream().map(SealedEvent::event).toList());
        for (SealedEvent row : sealed) {
            assertTrue(row.text() == null || row.text().equals(EventCodec.encode(row.event())),
                    "a store that keeps text returns it as written: the codec's canonical text, which the seal covers");
            row.columns().forEach((column, value) -> assertEquals(column.of(row.event()), value,
                    "a column kept beside the text agrees with it"));
        }
        assertEquals(List.of(), store.loadSealed(id(2)));
    }

    @Example
    void the_index_row_reads_back_as_the_last_append_wrote_it_with_the_version_beside_it() {
        ComplaintStore store = newStore();
        AppendRequest first = StoreSamples.newComplaint(id(1), "x", "k-1");
        store.append(first);
        assertEquals(Optional.of(new IndexRow(1, first.index())), store.indexRow(id(1)));
        ComplaintIndex later = new ComplaintIndex(ComplaintStatus.INVESTIGATING, UnitId.of("GD-SZ-FT-001"),
                UnitId.of("GD-SZ"), CustomerRef.of("CIF-1"), StoreSamples.T0, StoreSamples.T0.plusSeconds(60),
                StoreSamples.T0.plusSeconds(86_400).plusNanos(1), "seed.matter|business-error");
        store.append(new AppendRequest(id(1), 1, StoreSamples.facts(id(1), 2, 2, StoreSamples.T0.plusSeconds(60)),
                later, null));
        assertEquals(Optional.of(new IndexRow(3, later)), store.indexRow(id(1)), "every column, to the nanosecond");
        assertEquals(Optional.empty(), store.indexRow(id(2)), "an unknown complaint has no row");
    }

    @Example
    void an_append_at_a_stale_version_is_a_conflict_and_stores_nothing() {
        ComplaintStore store = newStore();
        store.append(StoreSamples.newComplaint(id(1), "x", "k-1"));
        AppendRequest stale = new AppendRequest(id(1), 0, List.of(StoreSamples.registered(id(1), UnitId.of("U"),
                CustomerRef.of("C"), StoreSamples.T0, "again")), StoreSamples.index(ComplaintStatus.REGISTERED, UnitId.of("U"),
                CustomerRef.of("C"), StoreSamples.T0, null), null);
        assertEquals(ErrorCode.DUPLICATE_COMPLAINT, assertThrows(StoreException.class, () -> store.append(stale)).code());
        AppendRequest ahead = new AppendRequest(id(1), 2, StoreSamples.facts(id(1), 3, 1, StoreSamples.T0),
                StoreSamples.index(ComplaintStatus.REGISTERED, UnitId.of("U"), CustomerRef.of("C"), StoreSamples.T0, null),
                null, List.of(StoreSamples.notice(id(1), 3, "S-2001", StoreSamples.T0)));
        assertEquals(ErrorCode.VERSION_CONFLICT, assertThrows(StoreException.class, () -> store.append(ahead)).code());
        assertEquals(1, store.load(id(1)).size());
        assertEquals(List.of(), store.outbox(id(1)), "the outbox of a refused append is not stored");
    }

    @Example
    void a_reused_idempotency_key_fails_the_whole_append_events_index_and_outbox_included() {
        ComplaintStore store = newStore();
        store.append(StoreSamples.newComplaint(id(1), "x", "k-1"));
        AppendRequest reuse = new AppendRequest(id(1), 1, StoreSamples.facts(id(1), 2, 2, StoreSamples.T0),
                StoreSamples.index(ComplaintStatus.CLOSED, UnitId.of("GD-SZ-FT-001"), CustomerRef.of("CIF-1"),
                        StoreSamples.T0, null), CommandRecord.withoutFingerprint(IdempotencyKey.of("k-1"), id(1), CommandType.CLOSE, 2, 3),
                List.of(StoreSamples.notice(id(1), 2, "S-2001", StoreSamples.T0)));
        assertEquals(ErrorCode.IDEMPOTENCY_KEY_REUSED, assertThrows(StoreException.class, () -> store.append(reuse)).code());
        assertEquals(1, store.load(id(1)).size());
        assertEquals(List.of(), store.outbox(id(1)));
        assertEquals(List.of(), store.query(ComplaintQuery.all(10).withStatuses(Set.of(ComplaintStatus.CLOSED))).ids(),
                "the index row of the failed append is not stored");
        assertEquals(CommandType.REGISTER, store.findCommand(IdempotencyKey.of("k-1")).orElseThrow().type());
    }

    @Example
    void outbox_entries_are_stored_with_their_append_and_replaced_by_their_key() {
        ComplaintStore store = newStore();
        OutboxEntry notice = StoreSamples.notice(id(1), 1, "S-2001", StoreSamples.T0);
        AppendRequest first = StoreSamples.newComplaint(id(1), "x", "k-1");
        store.append(new AppendRequest(first.complaintId(), 0, first.events(), first.index(), first.command(), List.of(notice)));
        assertEquals(List.of(notice), store.outbox(id(1)));
        assertEquals(Optional.of(notice), store.outboxEntry(notice.dedupeKey()));
        OutboxEntry delivered = notice.delivered();
        store.append(new AppendRequest(id(1), 1, StoreSamples.facts(id(1), 2, 1, StoreSamples.T0), first.index(), null,
                List.of(delivered)));
        assertEquals(List.of(delivered), store.outbox(id(1)));
        assertEquals(List.of(delivered), store.outboxByStatus(OutboxStatus.DELIVERED, null, 10));
        assertEquals(List.of(), store.outboxByStatus(OutboxStatus.PENDING, null, 10));
        assertEquals(1, store.countOutbox(OutboxStatus.DELIVERED), "the count agrees with the entries");
        assertEquals(0, store.countOutbox(OutboxStatus.PENDING));
        assertEquals(Optional.empty(), store.outboxEntry("no-such-key"));
    }

    @Example
    void a_lease_hands_a_due_entry_to_one_caller_until_it_runs_out() {
        ComplaintStore store = newStore();
        OutboxEntry due = StoreSamples.notice(id(1), 1, "S-2001", StoreSamples.T0);
        OutboxEntry later = StoreSamples.notice(id(1), 1, "S-2002", StoreSamples.T0.plusSeconds(600));
        AppendRequest first = StoreSamples.newComplaint(id(1), "x", "k-1");
        store.append(new AppendRequest(id(1), 0, first.events(), first.index(), first.command(), List.of(due, later)));
        Instant now = StoreSamples.T0.plusSeconds(1);
        List<OutboxEntry> leased = store.leaseOutbox(now, now.plusSeconds(300), 10);
        assertEquals(List.of(due.dedupeKey()), leased.stream().map(OutboxEntry::dedupeKey).toList());
        assertEquals(now.plusSeconds(300), leased.get(0).leasedUntil());
        assertEquals(List.of(), store.leaseOutbox(now.plusSeconds(299), now.plusSeconds(600), 10), "still leased");
        assertEquals(2, store.leaseOutbox(now.plusSeconds(900), now.plusSeconds(1200), 10).size(),
                "the lease ran out and the later entry came due");
    }

    @Example
    void concurrent_leases_never_hand_the_same_entry_to_two_callers() throws Exception {
        ComplaintStore store = newStore();
        for (int c = 1; c <= 20; c++) {
            List<OutboxEntry> notices = new ArrayList<>();
            for (int s = 0; s < 10; s++) {
                notices.add(StoreSamples.notice(id(c), 1, "S-" + (3000 + s), StoreSamples.T0));
            }
            AppendRequest first = StoreSamples.newComplaint(id(c), "x", "k-" + c);
            store.append(new AppendRequest(id(c), 0, first.events(), first.index(), first.command(), notices));
        }
        Instant now = StoreSamples.T0.plusSeconds(1);
        Set<String> handed = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        runTogether(8, () -> {
            for (int round = 0; round < 10; round++) {
                for (OutboxEntry e : store.leaseOutbox(now, now.plusSeconds(300), 7)) {
                    if (!handed.add(e.dedupeKey())) {
                        twice.incrementAndGet();
                    }
                }
            }
        });
        assertEquals(0, twice.get());
        assertEquals(200, handed.size());
    }

    @Example
    void concurrent_writers_on_one_complaint_lose_no_update() throws Exception {
        ComplaintStore store = newStore();
        store.append(StoreSamples.newComplaint(id(1), "x", "k-1"));
        AtomicInteger won = new AtomicInteger();
        runTogether(4, () -> {
            for (int i = 0; i < 25; i++) {
                while (true) {
                    long version = store.load(id(1)).size();
                    try {
                        store.append(new AppendRequest(id(1), version, StoreSamples.facts(id(1), version + 1, 1,
                                StoreSamples.T0), StoreSamples.index(ComplaintStatus.REGISTERED, UnitId.of("U"),
                                CustomerRef.of("C"), StoreSamples.T0, null), null));
                        won.incrementAndGet();
                        break;
                    } catch (StoreException e) {
                        assertEquals(ErrorCode.VERSION_CONFLICT, e.code());
                    }
                }
            }
        });
        List<ComplaintEvent> events = store.load(id(1));
        assertEquals(101, events.size());
        assertEquals(100, won.get());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).sequence(), "gapless and ordered");
        }
    }

    @Example
    void paging_while_others_insert_never_repeats_or_skips_what_existed_before() throws Exception {
        ComplaintStore store = newStore();
        for (int c = 0; c < 300; c++) {
            store.append(StoreSamples.newComplaint(id(c * 2), "x", "k-" + (c * 2)));
        }
        List<ComplaintId> seen = new ArrayList<>();
        CountDownLatch paging = new CountDownLatch(1);
        ExecutorService inserter = Executors.newSingleThreadExecutor();
        try {
            Future<?> inserts = inserter.submit(() -> {
                paging.await();
                for (int c = 0; c < 300; c++) {
                    store.append(StoreSamples.newComplaint(id(c * 2 + 1), "x", "k-" + (c * 2 + 1)));
                }
                return null;
            });
            ComplaintQuery query = ComplaintQuery.all(17);
            paging.countDown();
            while (true) {
                ComplaintPage page = store.query(query);
                seen.addAll(page.ids());
                if (page.next().isEmpty()) {
                    break;
                }
                query = query.after(page.next().get());
            }
            inserts.get();
        } finally {
            inserter.shutdownNow();
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no id twice");
        List<ComplaintId> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen, "ascending");
        for (int c = 0; c < 300; c++) {
            assertTrue(seen.contains(id(c * 2)), "every complaint that existed before is seen");
        }
    }

    @Example
    void unusual_content_is_stored_and_read_back_exactly() {
        ComplaintStore store = newStore();
        List<String> texts = List.of("x".repeat(100_000), "投诉😀👍🏽 emoji", "שלום مرحبا RTL \u202Etext",
                "tab\tnew\nline\r\nreturn", "quotes ' \" ` and \\ backslash", "'; DROP TABLE complaints; --",
                "%_ LIKE wildcards %% and $1 {placeholder} ${x}", "null \\0 \\u0000 as text");
        for (int i = 0; i < texts.size(); i++) {
            store.append(StoreSamples.newComplaint(id(i), texts.get(i), "k-" + i));
        }
        for (int i = 0; i < texts.size(); i++) {
            ComplaintEvent first = store.load(id(i)).get(0);
            assertEquals(texts.get(i), ((ComplaintRegistered) first).registration().content().reveal());
        }
    }

    @Example
    void a_due_complaint_is_leased_to_one_sweeper_until_the_lease_ends_or_an_append_ends_it() {
        ComplaintStore store = newStore();
        UnitId unit = UnitId.of("U");
        CustomerRef customer = CustomerRef.of("C");
        Instant t0 = StoreSamples.T0;
        for (int c = 1; c <= 3; c++) {
            Instant due = c == 3 ? null : t0.plusSeconds(3600L * c);
            store.append(new AppendRequest(id(c), 0, List.of(StoreSamples.registered(id(c), unit, customer, t0, "x")),
                    StoreSamples.index(ComplaintStatus.REGISTERED, unit, customer, t0, due), null));
        }
        Instant now = t0.plusSeconds(5400);
        assertEquals(List.of(id(1)), store.leaseDue(now, now.plusSeconds(60), 10));
        assertEquals(List.of(), store.leaseDue(now.plusSeconds(59), now.plusSeconds(120), 10), "still leased");
        Instant later = t0.plusSeconds(3 * 3600);
        assertEquals(List.of(id(1), id(2)), store.leaseDue(later, later.plusSeconds(60), 10),
                "the lease ran out; earliest due first; a complaint with nothing due is never leased");
        store.append(new AppendRequest(id(1), 1, StoreSamples.facts(id(1), 2, 1, later),
                StoreSamples.index(ComplaintStatus.ACCEPTED, unit, customer, t0, t0.plusSeconds(3600)), null));
        assertEquals(List.of(id(1)), store.leaseDue(later, later.plusSeconds(60), 10), "the append ended the lease");
        assertEquals(List.of(), store.leaseDue(later, later.plusSeconds(60), 10));
    }

    @Example
    void a_sweep_lease_respects_its_limit_and_leaves_the_rest_for_the_next_call() {
        ComplaintStore store = newStore();
        for (int c = 1; c <= 25; c++) {
            store.append(new AppendRequest(id(c), 0, List.of(StoreSamples.registered(id(c), UnitId.of("U"),
                    CustomerRef.of("C"), StoreSamples.T0, "x")), StoreSamples.index(ComplaintStatus.REGISTERED,
                    UnitId.of("U"), CustomerRef.of("C"), StoreSamples.T0, StoreSamples.T0.plusSeconds(26 - c)), null));
        }
        Instant now = StoreSamples.T0.plusSeconds(100);
        List<ComplaintId> first = store.leaseDue(now, now.plusSeconds(60), 10);
        List<ComplaintId> expected = new ArrayList<>();
        for (int c = 25; c >= 16; c--) {
            expected.add(id(c));
        }
        assertEquals(expected, first, "by next due time");
        assertEquals(10, store.leaseDue(now, now.plusSeconds(60), 10).size());
        assertEquals(5, store.leaseDue(now, now.plusSeconds(60), 10).size());
        assertEquals(List.of(), store.leaseDue(now, now.plusSeconds(60), 10));
    }

    @Example
    void concurrent_sweepers_never_lease_the_same_complaint_twice() throws Exception {
        ComplaintStore store = newStore();
        for (int c = 1; c <= 200; c++) {
            store.append(new AppendRequest(id(c), 0, List.of(StoreSamples.registered(id(c), UnitId.of("U"),
                    CustomerRef.of("C"), StoreSamples.T0, "x")), StoreSamples.index(ComplaintStatus.REGISTERED,
                    UnitId.of("U"), CustomerRef.of("C"), StoreSamples.T0, StoreSamples.T0.plusSeconds(c % 7)), null));
        }
        Instant now = StoreSamples.T0.plusSeconds(10);
        Set<ComplaintId> handed = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        runTogether(8, () -> {
            for (int round = 0; round < 10; round++) {
                for (ComplaintId leased : store.leaseDue(now, now.plusSeconds(300), 7)) {
                    if (!handed.add(leased)) {
                        twice.incrementAndGet();
                    }
                }
            }
        });
        assertEquals(0, twice.get());
        assertEquals(200, handed.size());
    }

    /** Random index rows and queries. */
    public record Row(int id, ComplaintStatus status, int unit, int customer, int receivedHour, Integer dueHour,
                      Integer fingerprint, int events) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(1, 400),
                Arbitraries.of(ComplaintStatus.class), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 300).injectNull(0.3), Arbitraries.integers().between(1, 3).injectNull(0.4),
                Arbitraries.integers().between(0, 3)).as(Row::new);
        return row.list().ofMinSize(0).ofMaxSize(60).uniqueElements(Row::id);
    }

    @Provide
    Arbitrary<ComplaintQuery> queries() {
        Arbitrary<Set<ComplaintStatus>> statuses = Arbitraries.of(ComplaintStatus.class).set().ofMaxSize(4);
        Arbitrary<UnitId> unit = Arbitraries.integers().between(1, 4).map(n -> UnitId.of("U-" + n)).injectNull(0.5);
        Arbitrary<CustomerRef> customer = Arbitraries.integers().between(1, 6).map(n -> CustomerRef.of("CIF-" + n)).injectNull(0.6);
        Arbitrary<Instant> from = Arbitraries.integers().between(0, 200).map(h -> StoreSamples.T0.plusSeconds(3600L * h)).injectNull(0.5);
        Arbitrary<Instant> due = Arbitraries.integers().between(0, 300).map(h -> StoreSamples.T0.plusSeconds(3600L * h)).injectNull(0.5);
        Arbitrary<String> fingerprint = Arbitraries.integers().between(1, 3).map(n -> "fp|" + n).injectNull(0.6);
        Arbitrary<Integer> limit = Arbitraries.integers().between(1, 25);
        return Combinators.combine(statuses, unit, customer, from, due, fingerprint, limit).as((s, u, c, f, d, p, l) ->
                new ComplaintQuery(s, u, c, f, f == null ? null : f.plusSeconds(3600L * 80), d, p, null, l));
    }

    @Property(tries = 60)
    void every_query_and_scan_gives_the_same_answer_as_the_in_memory_reference(
            @ForAll("rows") List<Row> rows, @ForAll("queries") ComplaintQuery query) {
        ComplaintStore store = newStore();
        ComplaintStore reference = new InMemoryComplaintStore();
        for (Row row : rows) {
            ComplaintId complaint = id(row.id());
            UnitId unit = UnitId.of("U-" + row.unit());
            CustomerRef customer = CustomerRef.of("CIF-" + row.customer());
            Instant received = StoreSamples.T0.plusSeconds(3600L * row.receivedHour());
            Instant due = row.dueHour() == null ? null : StoreSamples.T0.plusSeconds(3600L * row.dueHour());
            ComplaintIndex plain = StoreSamples.index(row.status(), unit, customer, received, due);
            ComplaintIndex index = new ComplaintIndex(plain.status(), plain.receivingUnit(), plain.handlingUnit(),
                    plain.customer(), plain.receivedAt(), plain.lastChangedAt(), plain.nextDueAt(),
                    row.fingerprint() == null ? null : "fp|" + row.fingerprint());
            List<ComplaintEvent> events = new ArrayList<>();
            events.add(StoreSamples.registered(complaint, unit, customer, received, "row " + row.id()));
            events.addAll(StoreSamples.facts(complaint, 2, row.events(), received.plusSeconds(60)));
            AppendRequest append = new AppendRequest(complaint, 0, events, index, null);
            store.append(append);
            reference.append(append);
        }
        assertEquals(pageThrough(reference, query), pageThrough(store, query), query.toString());
        assertEquals(scanned(reference, query), scanned(store, query), "scan of " + query);
    }

    private static List<List<ComplaintEvent>> scanned(ComplaintStore store, ComplaintQuery query) {
        List<List<ComplaintEvent>> out = new ArrayList<>();
        store.scan(query, out::add);
        return out;
    }

    private static List<List<ComplaintId>> pageThrough(ComplaintStore store, ComplaintQuery first) {
        List<List<ComplaintId>> pages = new ArrayList<>();
        ComplaintQuery query = first;
        while (true) {
            ComplaintPage page = store.query(query);
            pages.add(page.ids());
            if (page.next().isEmpty()) {
                return pages;
            }
            query = query.after(page.next().get());
        }
    }

    /** Work for one of several threads started together. */
    @FunctionalInterface
    protected interface Worker {
        /**
         * Does the work.
         *
         * @throws Exception on failure, which fails the test
         */
        void run() throws Exception;
    }

    /**
     * Runs work on several threads released at the same moment and waits for all of them.
     *
     * @param threads how many
     * @param worker the work
     * @throws Exception the first failure
     */
    protected static void runTogether(int threads, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    worker.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
