package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;
import org.complaintkit.testkit.StoreSamples;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL an append writes its rows in as many round trips as the rows written by hand would take
 * ({@link CombinedAppend}), and keeps every promise of the portable path: a stale append changes nothing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CombinedAppendTest {
    private static final ComplaintId ID = ComplaintId.of("P-000001");
    private static final UnitId UNIT = UnitId.of("GD-SZ-FT-001");
    private static final CustomerRef CUSTOMER = CustomerRef.of("CIF-1");
    private static final Instant T0 = StoreSamples.T0;

    private static QueueFacts facts(String handler, Set<UnitId> coHandlers, Map<String, Instant> clocks) {
        return new QueueFacts(StaffId.of(handler), StaffId.of("S-9"), coHandlers, Set.of("seed.matter:fee"),
                EnumSet.of(QueueFlag.VIP), Priority.HIGH, Set.of("GD-2025-0042"), clocks);
    }

    private static AppendRequest created(QueueFacts facts) {
        ComplaintIndex index = StoreSamples.index(ComplaintStatus.ASSIGNED, UNIT, CUSTOMER, T0, null).withQueue(facts);
        return new AppendRequest(ID, 0, List.of(StoreSamples.registered(ID, UNIT, CUSTOMER, T0, "combined")), index,
                null);
    }

    private static AppendRequest later(long expected, String key, QueueFacts facts) {
        ComplaintIndex index = StoreSamples.index(ComplaintStatus.INVESTIGATING, UNIT, CUSTOMER, T0, null)
                .withQueue(facts);
        return new AppendRequest(ID, expected, StoreSamples.facts(ID, expected + 1, 2, T0.plusSeconds(60)), index,
                new CommandRecord(IdempotencyKey.of(key), ID, CommandType.PAUSE, expected + 1, expected + 2,
                        StoreSamples.FINGERPRINT));
    }

    /** The data source, counting the statements its connections prepare. */
    private static DataSource counting(DataSource target, AtomicInteger prepared) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(method, target, arguments);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (inner, call, parameters) -> {
                                if (call.getName().startsWith("prepare")) {
                                    prepared.incrementAndGet();
                                }
                                return invoke(call, connection, parameters);
                            });
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void a_command_on_an_existing_complaint_prepares_three_statements_the_index_row_the_command_and_the_rows() {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        AtomicInteger prepared = new AtomicInteger();
        JdbcComplaintStore store = JdbcComplaintStore.of(counting(db, prepared));
        store.append(created(facts("S-1", Set.of(UnitId.of("U-7")), Map.of("bank.accept", T0.plusSeconds(3600)))));
        prepared.set(0);
        AppendRequest paused = later(1, "k-1", facts("S-2", Set.of(UnitId.of("U-7"), UnitId.of("U-8")),
                Map.of("bank.feedback", T0.plusSeconds(7200), "bank.accept", T0.plusSeconds(3600))));
        store.append(paused);
        assertEquals(3, prepared.get(), "the portable path prepares seven here: update, two deletes, two inserts "
                + "of queue rows, the command and the events");
        assertEquals(Optional.of(new IndexRow(3, paused.index())), store.indexRow(ID));
    }

    /** Each tag row ("tag:kind/tag") and clock row ("clock:id@deadline") stored, to its physical place (ctid). */
    private static Map<String, String> placesOfQueueRows(DataSource db) {
        Map<String, String> places = new java.util.TreeMap<>();
        try (Connection c = db.getConnection(); var statement = c.createStatement();
             var rows = statement.executeQuery("SELECT 'tag:' || kind || '/' || tag, ctid::text FROM ck_complaint_tag "
                     + "UNION ALL SELECT 'clock:' || clock_id || '@' || deadline, ctid::text FROM ck_complaint_clock")) {
            while (rows.next()) {
                places.put(rows.getString(1), rows.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return places;
    }

    @Test
    void a_queue_row_the_append_keeps_stays_where_it_was_and_only_changed_rows_are_replaced() {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        store.append(created(facts("S-1", Set.of(UnitId.of("U-7"), UnitId.of("U-8")),
                Map.of("bank.accept", T0.plusSeconds(3600), "bank.feedback", T0.plusSeconds(7200)))));
        Map<String, String> before = placesOfQueueRows(db);

        AppendRequest next = later(1, "k-1", facts("S-2", Set.of(UnitId.of("U-7"), UnitId.of("U-9")),
                Map.of("bank.accept", T0.plusSeconds(3600), "bank.feedback", T0.plusSeconds(9000))));
        store.append(next);
        Map<String, String> after = placesOfQueueRows(db);

        assertEquals(Optional.of(new IndexRow(3, next.index())), store.indexRow(ID));
        for (String kept : List.of("tag:CO_HANDLER/U-7", "tag:CLASS/seed.matter:fee", "tag:FLAG/VIP",
                "tag:REFERENCE/GD-2025-0042", "clock:bank.accept@" + Nanos.of(T0.plusSeconds(3600)))) {
            assertEquals(before.get(kept), after.get(kept), kept + " was not rewritten");
        }
        assertEquals(null, after.get("tag:CO_HANDLER/U-8"), "a co-handler no longer there is deleted");
        assertEquals(null, after.get("clock:bank.feedback@" + Nanos.of(T0.plusSeconds(7200))),
                "a clock whose deadline moved loses its old row");
        assertEquals(true, after.containsKey("tag:CO_HANDLER/U-9") && after.containsKey(
                "clock:bank.feedback@" + Nanos.of(T0.plusSeconds(9000))), "the new rows are there: " + after.keySet());
        assertEquals(7, after.size(), "four kept tags, a new one, two clocks: " + after.keySet());
    }

    @Test
    void a_stale_append_is_a_version_conflict_and_leaves_the_queue_rows_it_found() {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        AppendRequest first = created(facts("S-1", Set.of(UnitId.of("U-7")), Map.of("bank.accept", T0.plusSeconds(60))));
        store.append(first);
        store.append(later(1, "k-1", facts("S-2", Set.of(UnitId.of("U-8")), Map.of())));
        AppendRequest current = later(3, "k-2", facts("S-3", Set.of(UnitId.of("U-9")),
                Map.of("bank.feedback", T0.plusSeconds(120))));
        store.append(current);

        StoreException stale = assertThrows(StoreException.class,
                () -> store.append(later(1, "k-3", facts("S-4", Set.of(), Map.of()))));

        assertEquals(ErrorCode.VERSION_CONFLICT, stale.code());
        assertEquals(Optional.of(new IndexRow(5, current.index())), store.indexRow(ID),
                "the tags and clocks of version 5 are all still there");
        assertEquals(Optional.empty(), store.findCommand(IdempotencyKey.of("k-3")));
    }

    @Test
    void new_notices_and_a_replaced_one_are_written_with_the_events_in_the_same_statement() {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        AtomicInteger prepared = new AtomicInteger();
        JdbcComplaintStore store = JdbcComplaintStore.of(counting(db, prepared));
        OutboxEntry first = StoreSamples.notice(ID, 1, "S-1", T0);
        AppendRequest created = created(QueueFacts.NONE);
        store.append(new AppendRequest(ID, 0, created.events(), created.index(), null, List.of(first)));
        prepared.set(0);
        OutboxEntry delivered = first.delivered();
        OutboxEntry second = StoreSamples.notice(ID, 2, "S-2", T0.plusSeconds(60));
        OutboxEntry third = StoreSamples.notice(ID, 3, "S-3", T0.plusSeconds(60));
        AppendRequest paused = later(1, "k-1", QueueFacts.NONE);
        store.append(new AppendRequest(ID, 1, paused.events(), paused.index(), paused.command(),
                List.of(second, delivered, third)));
        assertEquals(3, prepared.get(), "the portable path adds an update, and an insert for each new notice");
        assertEquals(List.of(delivered, second, third), store.outbox(ID));
    }

    @Test
    void the_rows_statement_has_one_placeholder_a_column_of_each_row() {
        String sql = CombinedAppend.sql(2, 1, 3, 2);
        assertEquals(2 * 7 + 3 + 3 * 3 + 2 * 10, sql.chars().filter(c -> c == '?').count());
        assertEquals(sql, CombinedAppend.sql(2, 1, 3, 2), "the same counts give the same text, which the driver caches");
    }
}
