package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PauseClocksByOrder;
import org.complaintkit.api.command.ResumeClocksByOrder;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.CohortPauseOrder;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A regulator's cohort pause order (DISP App 5) on the in-memory store: selection, batches, lifting, crashes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CohortPauseTest {
    static final String DECISION = "decision";
    static final String FEEDBACK = "feedback";
    static final String ORDER = "FCA PS24/1";
    /** Issues and lifts orders: the default cohort order role is the complaint manager's. */
    static final Actor MANAGER = FixedHistory.MANAGER;

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();

    static ComplaintEngine engine(MutableClock clock, ComplaintStore store, int batch) {
        return builder(clock, store, batch).build();
    }

    /** The engine of these tests, to be configured further. */
    static ComplaintEngine.Builder builder(MutableClock clock, ComplaintStore store, int batch) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).cohortBatchSize(batch)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
                .clocks(ClockDefinition.builder(DECISION).description("decide within 15 days")
                                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                                .target(new ClockTarget.CalendarDays(15)).build(),
                        ClockDefinition.builder(FEEDBACK).description("feed back within 30 days")
                                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.CLOSED)
                                .target(new ClockTarget.CalendarDays(30)).build());
    }

    static CohortPauseOrder order() {
        return CohortPauseOrder.of(ORDER, "motor finance commission: final responses paused", List.of(DECISION));
    }

    static long pausesBy(ComplaintEngine engine, ComplaintId id, String reference) {
        return engine.hostReads().history(id).stream()
                .filter(e -> e instanceof ClocksPausedByOrder p && p.orderReference().equals(reference)).count();
    }

    private ComplaintId register(ComplaintEngine engine, Instant receivedAt) {
        return engine.execute(Fixtures.registration(receivedAt)).complaintId();
    }

    @Test
    void an_order_pauses_the_named_clock_of_every_selected_complaint_in_batches_and_leaves_the_rest_alone() {
        ComplaintEngine engine = engine(clock, store, 2);
        Instant start = clock.instant();
        List<ComplaintId> inside = new ArrayList<>();
        List<ComplaintId> outside = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            (i % 3 == 0 ? outside : inside).add(register(engine, start.minus(Duration.ofHours(i % 3 == 0 ? 48 : 1))));
        }
        CohortOrderRecord issued = engine.cohortPauses().issue(order().withReceivedBetween(
                start.minus(Duration.ofHours(24)), start), MANAGER);
        assertEquals(CohortOrderRecord.Phase.PAUSING, issued.phase());

        CohortOrderRecord first = engine.cohortPauses().applyBatch(ORDER);
        assertEquals(CohortOrderRecord.Phase.PAUSING, first.phase(), "a batch of 2 does not reach 4 complaints");
        assertEquals(2, first.applied());
        CohortOrderRecord done = engine.cohortPauses().applyAll(ORDER);
        assertEquals(CohortOrderRecord.Phase.STANDING, done.phase());
        assertEquals(inside.size(), done.applied());
        for (ComplaintId id : inside) {
            assertEquals(1, pausesBy(engine, id, ORDER));
            assertEquals(ClockState.Status.PAUSED, engine.hostReads().clock(id, DECISION).status());
            assertNull(engine.hostReads().clock(id, DECISION).deadline(), "a paused clock has no deadline");
            assertEquals(ClockState.Status.RUNNING, engine.hostReads().clock(id, FEEDBACK).status(),
                    "a clock the order does not name runs on");
        }
        for (ComplaintId id : outside) {
            assertEquals(0, pausesBy(engine, id, ORDER));
            assertEquals(ClockState.Status.RUNNING, engine.hostReads().clock(id, DECISION).status());
        }
    }

    @Test
    void lifting_the_order_resumes_the_clocks_with_their_deadlines_moved_by_the_pause() {
        ComplaintEngine engine = engine(clock, store, 50);
        ComplaintId id = register(engine, clock.instant());
        Instant before = engine.hostReads().clock(id, DECISION).deadline();
        Instant feedback = engine.hostReads().clock(id, FEEDBACK).deadline();
        engine.cohortPauses().issue(order(), MANAGER);
        engine.cohortPauses().applyAll(ORDER);
        clock.advance(Duration.ofDays(10).plusHours(3));
        CohortOrderRecord lifted = engine.cohortPauses().lift(ORDER, MANAGER);
        assertEquals(CohortOrderRecord.Phase.RESUMING, lifted.phase());
        CohortOrderRecord resumed = engine.cohortPauses().applyAll(ORDER);
        assertEquals(CohortOrderRecord.Phase.RESUMED, resumed.phase());
        assertEquals(1, resumed.applied());
        assertEquals(ClockState.Status.RUNNING, engine.hostReads().clock(id, DECISION).status());
        assertEquals(before.plus(Duration.ofDays(10).plusHours(3)), engine.hostReads().clock(id, DECISION).deadline());
        assertEquals(feedback, engine.hostReads().clock(id, FEEDBACK).deadline());
        assertEquals(1, engine.hostReads().history(id).stream().filter(ClocksResumedByOrder.class::isInstance).count());
    }

    @Test
    void a_complaint_registered_while_the_order_stands_starts_paused_and_one_registered_after_it_is_lifted_does_not() {
        ComplaintEngine engine = engine(clock, store, 50);
        engine.cohortPauses().issue(order().withProducts(Set.of("CASH-WITHDRAWAL")), MANAGER);
        ComplaintId during = register(engine, clock.instant());
        ComplaintId otherProduct = engine.execute(Fixtures.registration(clock.instant(),
                List.of(ComplaintSubject.product("CREDIT-CARD")))).complaintId();
        assertEquals(1, pausesBy(engine, during, ORDER));
        assertEquals(ClockState.Status.PAUSED, engine.hostReads().clock(during, DECISION).status());
        assertEquals(0, pausesBy(engine, otherProduct, ORDER), "the order selects by product");
        CohortOrderRecord applied = engine.cohortPauses().applyAll(ORDER);
        assertEquals(1, pausesBy(engine, during, ORDER), "the batch finds it paused and pauses it no second time");
        assertEquals(1, applied.already());
        assertEquals(0, applied.applied());

        // another engine on the same store knows the order: it is kept by the store
        ComplaintEngine second = engine(clock, store, 50);
        ComplaintId onSecond = register(second, clock.instant());
        assertEquals(1, pausesBy(second, onSecond, ORDER));

        clock.advance(Duration.ofDays(2));
        engine.cohortPauses().lift(ORDER, MANAGER);
        ComplaintId after = register(engine, clock.instant());
        assertEquals(0, pausesBy(engine, after, ORDER));
        engine.cohortPauses().applyAll(ORDER);
        assertEquals(ClockState.Status.RUNNING, engine.hostReads().clock(during, DECISION).status());
        assertEquals(ClockState.Status.RUNNING, engine.hostReads().clock(onSecond, DECISION).status());
    }

    @Test
    void an_order_interrupted_by_a_crash_is_finished_by_a_fresh_engine_with_each_complaint_paused_once() {
        ComplaintEngine seeding = engine(clock, store, 10);
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            ids.add(register(seeding, clock.instant()));
        }
        int[] appends = {0};
        ComplaintStore crashing = new ForwardingStore(store) {
            @Override
            public void append(AppendRequest request) {
                if (++appends[0] == 23) {
                    throw StoreException.of(ErrorCode.STORE_FAILURE, "store", "the node died");
                }
                super.append(request);
            }
        };
        ComplaintEngine doomed = engine(clock, crashing, 10);
        doomed.cohortPauses().issue(order(), MANAGER);
        assertThrows(StoreException.class, () -> doomed.cohortPauses().applyAll(ORDER));
        CohortOrderRecord atCrash = store.cohortOrder(ORDER).orElseThrow();
        assertEquals(CohortOrderRecord.Phase.PAUSING, atCrash.phase());
        assertEquals(20, atCrash.applied(), "two batches were finished and recorded");

        ComplaintEngine fresh = engine(clock, store, 10);
        CohortOrderRecord done = fresh.cohortPauses().applyAll(ORDER);
        assertEquals(CohortOrderRecord.Phase.STANDING, done.phase());
        assertEquals(45, done.applied() + done.already());
        assertEquals(2, done.already(), "the two complaints the crashed batch paused replay");
        for (ComplaintId id : ids) {
            assertEquals(1, pausesBy(fresh, id, ORDER), "each complaint paused exactly once");
        }
    }

    @Test
    void a_closed_complaint_is_not_paused_and_resuming_one_the_order_never_paused_is_refused() {
        ComplaintEngine engine = engine(clock, store, 50);
        ComplaintId withdrawn = register(engine, clock.instant());
        engine.execute(Commands.of(CommandType.WITHDRAW, withdrawn, Fixtures.TELLER));
        ComplaintId open = register(engine, clock.instant());
        engine.cohortPauses().issue(order(), MANAGER);
        assertEquals(1, engine.cohortPauses().applyAll(ORDER).applied());
        assertEquals(0, pausesBy(engine, withdrawn, ORDER));

        CommandRefusedException twice = assertThrows(CommandRefusedException.class, () -> engine.execute(
                PauseClocksByOrder.of(open, Fixtures.HANDLER, Fixtures.key(), ORDER, List.of(DECISION), "again")));
        assertTrue(twice.has(ErrorCode.ORDER_ALREADY_PAUSES), twice.getMessage());
        ComplaintId other = register(engine, clock.instant());
        CommandRefusedException notPaused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                ResumeClocksByOrder.of(other, Fixtures.HANDLER, Fixtures.key(), "PRA-1")));
        assertTrue(notPaused.has(ErrorCode.ORDER_NOT_PAUSING), notPaused.getMessage());
        CommandRefusedException ended = assertThrows(CommandRefusedException.class, () -> engine.execute(
                PauseClocksByOrder.of(withdrawn, Fixtures.HANDLER, Fixtures.key(), "PRA-1", List.of(DECISION), "x")));
        assertTrue(ended.has(ErrorCode.ILLEGAL_TRANSITION), ended.getMessage());
    }

    @Test
    void an_order_with_every_fault_is_refused_listing_them_all_and_nothing_is_stored() {
        ComplaintEngine engine = engine(clock, store, 50);
        CohortPauseOrder bad = new CohortPauseOrder(" ", "", List.of(DECISION, "no-such-clock"), "nocolon", Set.of(),
                null, clock.instant(), clock.instant().minusSeconds(1));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.cohortPauses().issue(bad, MANAGER));
        List<String> paths = e.violations().stream().map(v -> v.code().code() + " " + v.path()).toList();
        assertEquals(List.of("CMP-1190 order.reference", "CMP-1190 order.reason", "CMP-1191 order.clockIds",
                "CMP-1190 order.classCode", "CMP-1190 order.receivedBefore"), paths);
        assertEquals(List.of(), store.standingCohortOrders());
    }

    @Test
    void a_second_order_under_one_reference_an_unknown_order_and_a_second_lifting_are_refused_by_code() {
        ComplaintEngine engine = engine(clock, store, 50);
        engine.cohortPauses().issue(order(), MANAGER);
        assertTrue(assertThrows(CommandRefusedException.class, () -> engine.cohortPauses().issue(order(),
                MANAGER)).has(ErrorCode.COHORT_ORDER_EXISTS));
        assertTrue(assertThrows(CommandRefusedException.class, () -> engine.cohortPauses().applyAll("PRA-9"))
                .has(ErrorCode.COHORT_ORDER_UNKNOWN));
        engine.cohortPauses().lift(ORDER, MANAGER);
        assertTrue(assertThrows(CommandRefusedException.class, () -> engine.cohortPauses().lift(ORDER,
                MANAGER)).has(ErrorCode.COHORT_ORDER_LIFTED));
    }

    @Test
    void a_store_that_keeps_no_orders_refuses_to_issue_one_and_a_batch_size_out_of_range_is_refused_at_build() {
        ComplaintEngine engine = engine(clock, new ForwardingStore(store) {
            @Override
            public void saveCohortOrder(CohortOrderRecord record) {
                throw StoreException.of(ErrorCode.COHORT_ORDERS_UNSUPPORTED, "store", "none kept");
            }
        }, 50);
        assertTrue(assertThrows(StoreException.class, () -> engine.cohortPauses().issue(order(), MANAGER))
                .has(ErrorCode.COHORT_ORDERS_UNSUPPORTED));
        for (int size : new int[] {0, 1001}) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> engine(clock, store, size));
            assertTrue(e.has(ErrorCode.COHORT_BATCH_SIZE_INVALID), e.getMessage());
        }
    }

    @Test
    void two_orders_one_after_the_other_move_the_deadline_by_both_pauses() {
        ComplaintEngine engine = engine(clock, store, 50);
        ComplaintId id = register(engine, clock.instant());
        Instant base = engine.hostReads().clock(id, DECISION).deadline();
        engine.cohortPauses().issue(order(), MANAGER);
        engine.cohortPauses().applyAll(ORDER);
        clock.advance(Duration.ofDays(1));
        engine.cohortPauses().lift(ORDER, MANAGER);
        engine.cohortPauses().applyAll(ORDER);
        clock.advance(Duration.ofDays(1));
        engine.cohortPauses().issue(CohortPauseOrder.of("PRA-2", "second", List.of(DECISION)), MANAGER);
        engine.cohortPauses().applyAll("PRA-2");
        clock.advance(Duration.ofDays(1));
        engine.cohortPauses().lift("PRA-2", MANAGER);
        engine.cohortPauses().applyAll("PRA-2");
        assertEquals(base.plus(Duration.ofDays(2)), engine.hostReads().clock(id, DECISION).deadline());
    }
}
