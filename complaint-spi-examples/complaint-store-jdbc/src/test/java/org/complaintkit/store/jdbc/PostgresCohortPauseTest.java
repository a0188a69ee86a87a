package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.CohortPauseOrder;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The acceptance of issue 23 item 6 on PostgreSQL: a cohort pause of 10,000 complaints (another count with
 * {@code -Dcomplaintkit.cohort.complaints=n}) interrupted by a node that dies mid-batch, then finished by a fresh
 * engine, with each complaint paused exactly once; a complaint registered while the order stands starts paused, and
 * lifting the order resumes every one. The rates are printed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresCohortPauseTest {
    private static final String ORDER = "FCA PS24/1";
    /** Issues and lifts the order: the complaint-management function's role (CMP-2225 otherwise). */
    private static final Actor MANAGER = Actor.staff(StaffId.of("S-9001"), UnitId.of("HO"), Role.COMPLAINT_MANAGER);
    private static final String DECISION = "decision";

    private static ComplaintEngine engine(MutableClock clock, ComplaintStore store) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .sealer(EventSealer.sha256()).cohortBatchSize(250)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
                .clocks(ClockDefinition.builder(DECISION).description("decide within 15 days")
                        .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED)
                        .target(new ClockTarget.CalendarDays(15)).build())
                .build();
    }

    @Test
    void a_cohort_pause_of_ten_thousand_complaints_interrupted_and_resumed_pauses_each_complaint_exactly_once()
            throws Exception {
        int complaints = Integer.getInteger("complaintkit.cohort.complaints", 10_000);
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        ComplaintEngine seeding = engine(clock, store);
        long seedStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            AtomicInteger left = new AtomicInteger(complaints);
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        seeding.execute(Fixtures.registration(clock.instant()));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        // The first node dies in the middle of its 15th batch: 3,600 pauses recorded, the batch's cursor not.
        int dieAt = Math.min(3_601, complaints / 2 + 1);
        AtomicInteger appends = new AtomicInteger();
        ComplaintStore dying = new ForwardingStore(store) {
            @Override
            public void append(AppendRequest request) {
                if (appends.incrementAndGet() == dieAt) {
                    throw StoreException.of(ErrorCode.STORE_UNAVAILABLE, "store", "the node lost its database");
                }
                super.append(request);
            }
        };
        ComplaintEngine first = engine(clock, dying);
        first.cohortPauses().issue(CohortPauseOrder.of(ORDER, "motor finance commission: 8-week clock paused",
                List.of(DECISION)), MANAGER);
        long pauseStart = System.nanoTime();
        assertThrows(StoreException.class, () -> first.cohortPauses().applyAll(ORDER));
        double firstSeconds = (System.nanoTime() - pauseStart) / 1e9;
        CohortOrderRecord atCrash = store.cohortOrder(ORDER).orElseThrow();
        assertEquals(CohortOrderRecord.Phase.PAUSING, atCrash.phase());
        assertEquals((dieAt - 1) / 250 * 250L, atCrash.applied(), "the finished batches are recorded");

        ComplaintEngine fresh = engine(clock, JdbcComplaintStore.of(db));
        long resumeStart = System.nanoTime();
        CohortOrderRecord done = fresh.cohortPauses().applyAll(ORDER);
        double freshSeconds = (System.nanoTime() - resumeStart) / 1e9;

        assertEquals(CohortOrderRecord.Phase.STANDING, done.phase());
        assertEquals(complaints, done.applied() + done.already(), "every complaint paused or found paused");
        assertEquals((dieAt - 1) % 250, done.already(), "the pauses of the batch in flight replay");
        assertEquals(0, done.skipped());
        assertEquals(complaints, count(db, "SELECT count(*) FROM ck_complaint"));
        assertEquals(complaints, count(db, "SELECT count(DISTINCT complaint_id) FROM ck_event "
                + "WHERE event_type = 'ClocksPausedByOrder'"), "none skipped");
        assertEquals(complaints, count(db, "SELECT count(*) FROM ck_event WHERE event_type = 'ClocksPausedByOrder'"),
                "none paused twice");
        String sample = firstId(db);
        assertEquals(ClockState.Status.PAUSED, fresh.hostReads().clock(
                ComplaintId.of(sample), DECISION).status());

        long paused = complaints;
        double pauseSeconds = firstSeconds + freshSeconds;
        System.out.printf("cohort pause on PostgreSQL: %d complaints registered in %.1f s (%.0f/s, 4 threads); "
                        + "paused in %.1f s (%.1f s before the crash, %.1f s by the fresh engine): %.0f complaints "
                        + "paused per second (one thread, batches of 250)%n", complaints, seedSeconds,
                complaints / seedSeconds, pauseSeconds, firstSeconds, freshSeconds, paused / pauseSeconds);
        assertTrue(pauseSeconds < 600, "the pause finishes");

        // While the order stands, a complaint registered on another node starts paused; lifting resumes them all.
        ComplaintEngine other = engine(clock, JdbcComplaintStore.of(db));
        ComplaintId newcomer = other.execute(Fixtures.registration(clock.instant())).complaintId();
        assertEquals(ClockState.Status.PAUSED, other.hostReads().clock(newcomer, DECISION).status());
        clock.advance(Duration.ofDays(3));
        fresh.cohortPauses().lift(ORDER, MANAGER);
        long liftStart = System.nanoTime();
        CohortOrderRecord resumed = fresh.cohortPauses().applyAll(ORDER);
        double liftSeconds = (System.nanoTime() - liftStart) / 1e9;
        assertEquals(CohortOrderRecord.Phase.RESUMED, resumed.phase());
        assertEquals(complaints + 1L, resumed.applied());
        assertEquals(complaints + 1L, count(db, "SELECT count(*) FROM ck_event WHERE event_type = 'ClocksResumedByOrder'"));
        assertEquals(ClockState.Status.RUNNING, other.hostReads().clock(newcomer, DECISION).status());
        System.out.printf("cohort order lifted on PostgreSQL: %d complaints resumed in %.1f s: %.0f per second%n",
                complaints + 1, liftSeconds, (complaints + 1) / liftSeconds);
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String firstId(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT min(complaint_id) FROM ck_complaint")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
