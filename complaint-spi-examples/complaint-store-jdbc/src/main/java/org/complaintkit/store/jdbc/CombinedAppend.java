package org.complaintkit.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.codec.EventCodec;

/**
 * An append's rows in as few statements as its rows written by hand would take, on a database with
 * data-modifying common table expressions (PostgreSQL, {@link Dialect#appendRowsInCombinedStatements}).
 *
 * <p>Two statements replace the five to seven the portable path sends for a command on an existing complaint:
 * <ol>
 *   <li>the index row's versioned update and the deletion of the complaint's tag and clock rows the append does not
 *       keep, which only happens when the update found the expected version (the deletes read the update's
 *       {@code RETURNING}), so a stale append changes nothing before it is refused;</li>
 *   <li>after the command record, the events, and the running clocks and tags not already stored (a kept row is
 *       left in place, {@code ON CONFLICT DO NOTHING}, rather than deleted and inserted again: most commands
 *       change one clock of several and no tag) as multi-row inserts of one statement, with the outbox entries as one multi-row insert that replaces an entry of the same dedupe key
 *       ({@code ON CONFLICT (dedupe_key) DO UPDATE}, the portable path's update-else-insert; an append's keys are
 *       distinct).</li>
 * </ol>
 * The transaction, the order of the writes and the errors a unique key or a stale version become are the
 * portable path's; only the round trips differ. The statements' texts depend on the number of rows only, so
 * the driver's cache of server-prepared statements keeps a few shapes per connection.
 */
final class CombinedAppend {
    /**
     * The index row's update and, only when it found the expected version, the removal of the complaint's tag and
     * clock rows that the append does not keep (a row it keeps, unchanged, stays where it is rather than being
     * deleted and inserted again); answers 1, or 0 if stale. The kept rows come as arrays: tags as kinds and tags,
     * clocks as clock ids and deadlines.
     */
    static final String UPDATE_AND_PRUNE = "WITH changed AS (UPDATE ck_complaint SET version = ?, status = ?, "
            + "receiving_unit = ?, handling_unit = ?, customer_ref = ?, received_at = ?, last_changed_at = ?, "
            + "next_due_at = ?, fingerprint = ?, handler = ?, first_contact_owner = ?, priority = ?, "
            + "overdue_from = ?, projection_revision = ?, projection = ?, "
            + "sweep_leased_until = NULL WHERE complaint_id = ? AND version = ? RETURNING complaint_id), "
            + "tags AS (DELETE FROM ck_complaint_tag WHERE complaint_id IN (SELECT complaint_id FROM changed) "
            + "AND (kind, tag) NOT IN (SELECT k, t FROM unnest(?::varchar[], ?::varchar[]) AS kept (k, t))), "
            + "clocks AS (DELETE FROM ck_complaint_clock WHERE complaint_id IN (SELECT complaint_id FROM changed) "
            + "AND (clock_id, deadline) NOT IN (SELECT c, d FROM unnest(?::varchar[], ?::bigint[]) AS kept (c, d))) "
            + "SELECT count(*) FROM changed";

    private CombinedAppend() {
    }

    /**
     * Updates the index row where its version is still the expected one and, in the same statement, deletes the
     * complaint's tag and clock rows that are not among the append's; {@link #insertRows} then inserts the append's
     * rows that are not there yet, so the two leave exactly the append's rows.
     *
     * @param connection the append's connection, in its transaction
     * @param request the append
     * @param tags the append's tag rows, each {kind, tag}
     * @return true if the row had the expected version (and is now locked until commit)
     * @throws SQLException if the database fails
     */
    static boolean updateAndPrune(Connection connection, AppendRequest request, List<String[]> tags)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_AND_PRUNE)) {
            update.setLong(1, request.newVersion());
            JdbcComplaintStore.bindIndex(update, 2, request.index());
            JdbcComplaintStore.bindProjection(update, 14, request.projection());
            update.setString(16, request.complaintId().value());
            update.setLong(17, request.expectedVersion());
            String[] kinds = new String[tags.size()];
            String[] texts = new String[tags.size()];
            for (int i = 0; i < tags.size(); i++) {
                kinds[i] = tags.get(i)[0];
                texts[i] = tags.get(i)[1];
            }
            Map<String, Instant> running = request.index().queue().runningClocks();
            String[] clockIds = new String[running.size()];
            Long[] deadlines = new Long[running.size()];
            int i = 0;
            for (Map.Entry<String, Instant> clock : running.entrySet()) {
                clockIds[i] = clock.getKey();
                deadlines[i++] = Nanos.of(clock.getValue());
            }
            update.setArray(18, connection.createArrayOf("varchar", kinds));
            update.setArray(19, connection.createArrayOf("varchar", texts));
            update.setArray(20, connection.createArrayOf("varchar", clockIds));
            update.setArray(21, connection.createArrayOf("bigint", deadlines));
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() && rows.getLong(1) == 1;
            }
        }
    }

    /**
     * Inserts the events with their payloads and seals, the complaint's running clocks and its tags, and inserts or
     * replaces its outbox entries, as one statement.
     *
     * @param connection the append's connection, in its transaction
     * @param request the append
     * @param payloads each event's stored text, in the order of the events
     * @param tags the tag rows, each {kind, tag}
     * @param notices each outbox entry's encoded notification, in the order of the outbox entries
     * @throws SQLException if the database fails, a unique key among them
     */
    static void insertRows(Connection connection, AppendRequest request, List<String> payloads, List<String[]> tags,
                           List<String> notices) throws SQLException {
        QueueFacts queue = request.index().queue();
        List<Map.Entry<String, Instant>> clocks = new ArrayList<>(queue.runningClocks().entrySet());
        try (PreparedStatement insert = connection.prepareStatement(
                sql(payloads.size(), clocks.size(), tags.size(), notices.size()))) {
            String id = request.complaintId().value();
            int p = 1;
            for (int i = 0; i < payloads.size(); i++) {
                ComplaintEvent event = request.events().get(i);
                insert.setString(p++, id);
                insert.setLong(p++, event.sequence());
                insert.setString(p++, EventCodec.typeOf(event));
                insert.setLong(p++, Nanos.of(event.occurredAt()));
                insert.setString(p++, payloads.get(i));
                insert.setString(p++, request.sealOf(i));
                insert.setInt(p++, request.sealKeyVersion());
            }
            for (Map.Entry<String, Instant> clock : clocks) {
                insert.setString(p++, id);
                insert.setString(p++, clock.getKey());
                insert.setLong(p++, Nanos.of(clock.getValue()));
            }
            for (String[] tag : tags) {
                insert.setString(p++, tag[0]);
                insert.setString(p++, tag[1]);
                insert.setString(p++, id);
            }
            for (int i = 0; i < notices.size(); i++) {
                OutboxEntry entry = request.outbox().get(i);
                JdbcComplaintStore.bindOutbox(insert, p, entry, notices.get(i));
                insert.setString(p + 9, entry.dedupeKey());
                p += 10;
            }
            try (ResultSet rows = insert.executeQuery()) {
                if (!rows.next() || rows.getLong(1) != payloads.size()) {
                    throw new SQLException("the events were not all inserted");
                }
            }
        }
    }

    /** The statement for so many events, clocks, tags and outbox entries: one multi-row insert each. */
    static String sql(int events, int clocks, int tags, int outbox) {
        StringBuilder sql = new StringBuilder("WITH events AS (INSERT INTO ck_event (complaint_id, sequence, "
                + "event_type, occurred_at, payload, seal, seal_key_version) VALUES ");
        rows(sql, events, "(?, ?, ?, ?, ?, ?, ?)");
        sql.append(" RETURNING 1)");
        if (clocks > 0) {
            sql.append(", clocks AS (INSERT INTO ck_complaint_clock (complaint_id, clock_id, deadline) VALUES ");
            rows(sql, clocks, "(?, ?, ?)");
            sql.append(" ON CONFLICT (complaint_id, clock_id) DO NOTHING)");
        }
        if (tags > 0) {
            sql.append(", tags AS (INSERT INTO ck_complaint_tag (kind, tag, complaint_id) VALUES ");
            rows(sql, tags, "(?, ?, ?)");
            sql.append(" ON CONFLICT (kind, tag, complaint_id) DO NOTHING)");
        }
        if (outbox > 0) {
            sql.append(", outbox AS (INSERT INTO ck_outbox (complaint_id, source_sequence, notification, status, "
                    + "attempts, created_at, next_attempt_at, leased_until, last_failure, dedupe_key) VALUES ");
            rows(sql, outbox, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            sql.append(" ON CONFLICT (dedupe_key) DO UPDATE SET complaint_id = EXCLUDED.complaint_id, "
                    + "source_sequence = EXCLUDED.source_sequence, notification = EXCLUDED.notification, "
                    + "status = EXCLUDED.status, attempts = EXCLUDED.attempts, created_at = EXCLUDED.created_at, "
                    + "next_attempt_at = EXCLUDED.next_attempt_at, leased_until = EXCLUDED.leased_until, "
                    + "last_failure = EXCLUDED.last_failure)");
        }
        return sql.append(" SELECT count(*) FROM events").toString();
    }

    private static void rows(StringBuilder sql, int count, String row) {
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
    }
}
