package org.complaintkit.store.jdbc;

import org.complaintkit.api.sla.CohortPauseOrder;
import org.complaintkit.spi.storage.CohortOrderRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.StoreArguments;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.spi.storage.ScannedComplaint;
import org.complaintkit.spi.storage.StoredProjection;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.EventColumn;
import java.util.EnumMap;
import java.util.Map;
import org.complaintkit.spi.storage.OutboxStatus;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;

/**
 * A {@link ComplaintStore} over plain JDBC: PostgreSQL for production, H2 as the embedded default. It
 * honours the whole SPI contract, several application nodes sharing one database included.
 *
 * <ul>
 *   <li><b>Appends</b> run in one transaction at READ COMMITTED: the complaint's row is inserted (a new
 *       complaint) or updated where its version is still the expected one, which locks it until commit;
 *       then the command record, the events and the outbox entries are written. A unique-key or
 *       version failure at any step rolls everything back and becomes the SPI's error code.</li>
 *   <li><b>Leases</b> ({@link #leaseDue}, {@link #leaseOutbox}) choose rows with
 *       {@code FOR UPDATE SKIP LOCKED}, so concurrent sweepers and dispatchers take different rows without
 *       waiting, and set the lease with an update that re-checks it, so no row is ever handed out twice
 *       while its lease lasts. On PostgreSQL a sweep lease is one statement for the whole batch
 *       ({@code SWEEP_LEASE}); on H2, and for notices, a select and an update per leased row.</li>
 *   <li><b>Events</b> are kept as canonical JSON ({@link EventCodec}), one row each; index columns hold
 *       instants as epoch nanoseconds, so comparisons are exact. Each row keeps its seal and the version of the
 *       seal key that made it ({@code seal_key_version}, schema version 9; 0 for rows stored before).</li>
 *   <li><b>Queue facts</b> ({@link QueueFacts}): handler, first-contact owner, priority and the earliest
 *       running deadline ({@code overdue_from}) are columns of {@code ck_complaint}; co-handlers, classes, flags
 *       and external references are rows of {@code ck_complaint_tag}, running clocks' deadlines rows of
 *       {@code ck_complaint_clock}, all rewritten in the append's transaction. Each queue condition is answered
 *       by an index, paged by complaint id.</li>
 *   <li><b>Cohort pause orders</b> are rows of {@code ck_cohort_order} (schema version 5): each write inserts the
 *       first revision or updates the row where its revision is the one before, so two appliers of one order
 *       cannot both move its cursor ({@link ErrorCode#COHORT_ORDER_CONFLICT}).</li>
 *   <li><b>Failures</b>: a lost connection or a database that is down is
 *       {@link ErrorCode#STORE_UNAVAILABLE}; anything else {@link ErrorCode#STORE_FAILURE}. Messages name the
 *       operation and the SQL state, never stored content.</li>
 * </ul>
 *
 * <pre>{@code
 * DataSource pool = ...;                       // HikariCP, the application server's, ...
 * JdbcComplaintStore.migrate(pool);            // Flyway, once at start-up, safe on every node
 * ComplaintEngine engine = ComplaintEngine.builder().store(JdbcComplaintStore.of(pool)).build();
 * }</pre>
 *
 * <p>Thread-safe; holds no connection between calls.
 */
public final class JdbcComplaintStore implements ComplaintStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcComplaintStore.class);
    private static final String INDEX_COLUMNS = "status, receiving_unit, handling_unit, customer_ref, received_at, "
            + "last_changed_at, next_due_at, fingerprint, handler, first_contact_owner, priority, overdue_from";
    private static final String OUTBOX_COLUMNS = "dedupe_key, complaint_id, source_sequence, notification, status, "
            + "attempts, created_at, next_attempt_at, leased_until, last_failure";

    private final DataSource dataSource;
    private final Dialect dialect;

    private JdbcComplaintStore(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * Creates a store over a data source whose schema is migrated (see {@link #migrate}), telling the
     * dialect from the database.
     *
     * @param dataSource the data source, ideally a connection pool
     * @return the store
     * @throws StoreException a {@code StoreUnavailableException} coded STORE_UNAVAILABLE if the database cannot be reached
     */
    public static JdbcComplaintStore of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return new JdbcComplaintStore(dataSource, Dialect.of(connection));
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    /**
     * Brings a database's schema to the version this store needs, with Flyway. Several nodes may call it
     * at once: Flyway serialises them with a database lock. The history table is
     * {@code ck_schema_history}, so it does not meet the host's own Flyway history.
     *
     * @param dataSource the data source
     * @return the schema version after migrating
     * @throws StoreException coded STORE_UNAVAILABLE or STORE_FAILURE if migrating fails
     */
    public static String migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialect.of(connection);
        } catch (SQLException e) {
            throw failure("migrate", e);
        }
        try {
            var result = Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocation())
                    .table("ck_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            String version = result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
            LOG.info("complaint store schema at version {} ({} migrations applied)", version, result.migrationsExecuted);
            return version;
        } catch (RuntimeException e) {
            throw new StoreException(List.of(new Violation(ErrorCode.STORE_FAILURE, "schema",
                    "the schema migration failed: " + e.getClass().getSimpleName())), e);
        }
    }

    /**
     * Returns the dialect the store speaks.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    // ------------------------------------------------------------------------------------------ writes

    @Override
    public void append(AppendRequest request) {
        Objects.requireNonNull(request, "request");
        List<String> payloads = new ArrayList<>(request.events().size());
        for (ComplaintEvent event : request.events()) {
            payloads.add(EventCodec.encode(event));
        }
        List<String> notices = new ArrayList<>(request.outbox().size());
        for (OutboxEntry entry : request.outbox()) {
            notices.add(EventCodec.encodeNotification(entry.notification()));
        }
        String step = "connect";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean combined = dialect.appendRowsInCombinedStatements();
                step = "complaint";
                List<String[]> tags = combined ? tagRows(request.index().queue()) : List.of();
                if (combined) {
                    writeComplaintCombined(connection, request, tags);
                } else {
                    writeComplaint(connection, request);
                }
                if (request.command() != null) {
                    step = "command";
                    writeCommand(connection, request.command(),
                            request.events().get(request.events().size() - 1).header().occurredAt());
                }
                step = "events";
                if (combined) {
                    CombinedAppend.insertRows(connection, request, payloads, tags, notices);
                } else {
                    writeEvents(connection, request, payloads);
                    step = "outbox";
                    for (int i = 0; i < request.outbox().size(); i++) {
                        writeOutbox(connection, request.outbox().get(i), notices.get(i));
                    }
                }
                step = "commit";
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                if (e instanceof StoreException refused) {
                    throw refused;
                }
                if (e instanceof SQLException sql && isUniqueViolation(sql)) {
                    throw uniqueViolation(step, request);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure("append (" + step + ")", e);
        }
    }

    private void writeComplaint(Connection connection, AppendRequest request) throws SQLException {
        ComplaintIndex index = request.index();
        if (request.expectedVersion() == 0) {
            insertComplaint(connection, request);
            writeQueueRows(connection, request.complaintId(), index.queue(), false);
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE ck_complaint SET version = ?, status = ?, "
                + "receiving_unit = ?, handling_unit = ?, customer_ref = ?, received_at = ?, last_changed_at = ?, "
                + "next_due_at = ?, fingerprint = ?, handler = ?, first_contact_owner = ?, priority = ?, "
                + "overdue_from = ?, projection_revision = ?, projection = ?, "
                + "sweep_leased_until = NULL WHERE complaint_id = ? AND version = ?")) {
            update.setLong(1, request.newVersion());
            bindIndex(update, 2, index);
            bindProjection(update, 14, request.projection());
            update.setString(16, request.complaintId().value());
            update.setLong(17, request.expectedVersion());
            if (update.executeUpdate() == 1) {
                writeQueueRows(connection, request.complaintId(), index.queue(), true);
                return;
            }
        }
        throw staleVersion(connection, request);
    }

    /**
     * The index row as {@link #writeComplaint} writes it, in one statement ({@link CombinedAppend}): inserted for a
     * new complaint, else updated with the queue rows it does not keep removed; the missing ones are inserted with
     * the events.
     */
    private void writeComplaintCombined(Connection connection, AppendRequest request, List<String[]> tags)
            throws SQLException {
        if (request.expectedVersion() == 0) {
            insertComplaint(connection, request);
        } else if (!CombinedAppend.updateAndPrune(connection, request, tags)) {
            throw staleVersion(connection, request);
        }
    }

    private static void insertComplaint(Connection connection, AppendRequest request) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ck_complaint (complaint_id, version, "
                + INDEX_COLUMNS + ", projection_revision, projection) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, request.complaintId().value());
            insert.setLong(2, request.newVersion());
            bindIndex(insert, 3, request.index());
            bindProjection(insert, 15, request.projection());
            insert.executeUpdate();
        }
    }

    /** The refusal of an append whose expected version is not the stored one, which it reads for the message. */
    private static StoreException staleVersion(Connection connection, AppendRequest request) throws SQLException {
        long stored = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM ck_complaint WHERE complaint_id = ?")) {
            select.setString(1, request.complaintId().value());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    stored = rows.getLong(1);
                }
            }
        }
        return StoreException.of(ErrorCode.VERSION_CONFLICT, "complaintId", "complaint " + request.complaintId()
                + " is at version " + stored + ", not " + request.expectedVersion());
    }

    /** The projection's two columns; both NULL for an append without one, so no row keeps a projection older than its version. */
    static void bindProjection(PreparedStatement statement, int first, ReportProjection projection)
            throws SQLException {
        if (projection == null) {
            statement.setNull(first, Types.INTEGER);
            statement.setNull(first + 1, Types.VARCHAR);
        } else {
            statement.setInt(first, projection.revision());
            statement.setString(first + 1, projection.facts());
        }
    }

    static void bindIndex(PreparedStatement statement, int first, ComplaintIndex index) throws SQLException {
        statement.setString(first, index.status().name());
        statement.setString(first + 1, index.receivingUnit().value());
        statement.setString(first + 2, index.handlingUnit() == null ? null : index.handlingUnit().value());
        statement.setString(first + 3, index.customer().value());
        statement.setLong(first + 4, Nanos.of(index.receivedAt()));
        statement.setLong(first + 5, Nanos.of(index.lastChangedAt()));
        setNanos(statement, first + 6, index.nextDueAt());
        statement.setString(first + 7, index.fingerprint());
        QueueFacts queue = index.queue();
        statement.setString(first + 8, queue.handler() == null ? null : queue.handler().value());
        statement.setString(first + 9, queue.owner() == null ? null : queue.owner().value());
        statement.setString(first + 10, queue.priority() == null ? null : queue.priority().name());
        setNanos(statement, first + 11, queue.runningClocks().values().stream().min(Instant::compareTo).orElse(null));
    }

    /** The kinds of rows in {@code ck_complaint_tag}, one per fact of which a complaint may have several. */
    private static final String CO_HANDLER = "CO_HANDLER";
    private static final String CLASS = "CLASS";
    private static final String FLAG = "FLAG";
    private static final String REFERENCE = "REFERENCE";

    /**
     * Writes a complaint's multi-valued queue facts: its tags and its running clocks, replacing those stored before
     * when the complaint exists already.
     */
    private static void writeQueueRows(Connection connection, ComplaintId id, QueueFacts queue, boolean replace)
            throws SQLException {
        if (replace) {
            for (String table : List.of("ck_complaint_tag", "ck_complaint_clock")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE complaint_id = ?")) {
                    delete.setString(1, id.value());
                    delete.executeUpdate();
                }
            }
        }
        List<String[]> tags = tagRows(queue);
        if (!tags.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ck_complaint_tag (kind, tag, complaint_id) VALUES (?, ?, ?)")) {
                for (String[] tag : tags) {
                    insert.setString(1, tag[0]);
                    insert.setString(2, tag[1]);
                    insert.setString(3, id.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!queue.runningClocks().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ck_complaint_clock (complaint_id, clock_id, deadline) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Instant> clock : queue.runningClocks().entrySet()) {
                    insert.setString(1, id.value());
                    insert.setString(2, clock.getKey());
                    insert.setLong(3, Nanos.of(clock.getValue()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** A complaint's rows of {@code ck_complaint_tag}, each {kind, tag}. */
    static List<String[]> tagRows(QueueFacts queue) {
        List<String[]> tags = new ArrayList<>();
        queue.coHandlers().forEach(u -> tags.add(new String[] {CO_HANDLER, u.value()}));
        queue.classes().forEach(c -> tags.add(new String[] {CLASS, c}));
        queue.flags().forEach(f -> tags.add(new String[] {FLAG, f.name()}));
        queue.externalReferences().forEach(r -> tags.add(new String[] {REFERENCE, r}));
        return tags;
    }

    /** Reads a complaint's queue facts back: the three columns given, its tags and its running clocks. */
    private static QueueFacts readQueue(Connection connection, ComplaintId id, String handler, String owner,
                                        String priority) throws SQLException {
        Set<UnitId> coHandlers = new HashSet<>();
        Set<String> classes = new HashSet<>();
        Set<QueueFlag> flags = EnumSet.noneOf(QueueFlag.class);
        Set<String> references = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, tag FROM ck_complaint_tag WHERE complaint_id = ?")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String tag = rows.getString(2);
                    switch (rows.getString(1)) {
                        case CO_HANDLER -> coHandlers.add(UnitId.of(tag));
                        case CLASS -> classes.add(tag);
                        case FLAG -> flags.add(QueueFlag.valueOf(tag));
                        case REFERENCE -> references.add(tag);
                        default -> throw new IllegalArgumentException("an unknown kind of tag");
                    }
                }
            }
        }
        Map<String, Instant> clocks = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT clock_id, deadline FROM ck_complaint_clock WHERE complaint_id = ?")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clocks.put(rows.getString(1), Nanos.toInstant(rows.getLong(2)));
                }
            }
        }
        return new QueueFacts(handler == null ? null : StaffId.of(handler), owner == null ? null : StaffId.of(owner),
                coHandlers, classes, flags, priority == null ? null : Priority.valueOf(priority), references, clocks);
    }

    private static void writeCommand(Connection connection, CommandRecord command, Instant appliedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ck_command (idempotency_key, "
                + "complaint_id, command_type, first_sequence, last_sequence, fingerprint, applied_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(7, Nanos.of(appliedAt));
            insert.setString(1, command.key().value());
            insert.setString(2, command.complaintId().value());
            insert.setString(3, command.type().name());
            insert.setLong(4, command.firstSequence());
            insert.setLong(5, command.lastSequence());
            if (command.fingerprint().isEmpty()) {
                insert.setNull(6, Types.CHAR);
            } else {
                insert.setString(6, command.fingerprint());
            }
            insert.executeUpdate();
        }
    }

    private static void writeEvents(Connection connection, AppendRequest request, List<String> payloads)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ck_event (complaint_id, sequence, "
                + "event_type, occurred_at, payload, seal, seal_key_version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < payloads.size(); i++) {
                ComplaintEvent event = request.events().get(i);
                insert.setString(1, request.complaintId().value());
                insert.setLong(2, event.sequence());
                insert.setString(3, EventCodec.typeOf(event));
                insert.setLong(4, Nanos.of(event.occurredAt()));
                insert.setString(5, payloads.get(i));
                insert.setString(6, request.sealOf(i));
                insert.setInt(7, request.sealKeyVersion());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeOutbox(Connection connection, OutboxEntry entry, String notification) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ck_outbox SET complaint_id = ?, "
                + "source_sequence = ?, notification = ?, status = ?, attempts = ?, created_at = ?, next_attempt_at = ?, "
                + "leased_until = ?, last_failure = ? WHERE dedupe_key = ?")) {
            bindOutbox(update, 1, entry, notification);
            update.setString(10, entry.dedupeKey());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ck_outbox (complaint_id, "
                + "source_sequence, notification, status, attempts, created_at, next_attempt_at, leased_until, "
                + "last_failure, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindOutbox(insert, 1, entry, notification);
            insert.setString(10, entry.dedupeKey());
            insert.executeUpdate();
        }
    }

    static void bindOutbox(PreparedStatement statement, int first, OutboxEntry entry, String notification)
            throws SQLException {
        statement.setString(first, entry.complaintId().value());
        statement.setLong(first + 1, entry.sourceSequence());
        statement.setString(first + 2, notification);
        statement.setString(first + 3, entry.status().name());
        statement.setInt(first + 4, entry.attempts());
        statement.setLong(first + 5, Nanos.of(entry.createdAt()));
        setNanos(statement, first + 6, entry.nextAttemptAt());
        setNanos(statement, first + 7, entry.leasedUntil());
        statement.setString(first + 8, entry.lastFailure());
    }

    private static StoreException uniqueViolation(String step, AppendRequest request) {
        return switch (step) {
            case "complaint" -> StoreException.of(ErrorCode.DUPLICATE_COMPLAINT, "complaintId",
                    "complaint " + request.complaintId() + " exists already");
            case "command" -> StoreException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                    ErrorCode.IDEMPOTENCY_KEY_REUSED.meaning());
            case "events" -> StoreException.of(ErrorCode.VERSION_CONFLICT, "complaintId",
                    "complaint " + request.complaintId() + " has events numbered as these already");
            default -> StoreException.of(ErrorCode.STORE_FAILURE, "outbox", "an outbox entry could not be written");
        };
    }

    // ------------------------------------------------------------------------------------------- reads

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT payload FROM ck_event WHERE complaint_id = ? ORDER BY sequence")) {
            select.setString(1, id.value());
            List<ComplaintEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventCodec.decode(rows.getString(1)));
                }
            }
            return List.copyOf(events);
        } catch (SQLException e) {
            throw failure("load", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads the rows of {@code ck_event} as they are, by their {@code sequence} column, each with its
     * payload exactly as stored (which the seal covers) and the {@code event_type} and {@code occurred_at}
     * columns kept beside it; a payload that does not decode comes back as a null event. An
     * {@code occurred_at} at the end of the range epoch nanoseconds hold (an instant clamped on writing) is
     * not returned, since it cannot be compared exactly.
     */
    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT sequence, payload, seal, event_type, "
                     + "occurred_at, seal_key_version FROM ck_event WHERE complaint_id = ? ORDER BY sequence")) {
            select.setString(1, id.value());
            List<SealedEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String payload = rows.getString(2);
                    ComplaintEvent event;
                    try {
                        event = EventCodec.decode(payload);
                    } catch (RuntimeException unreadable) {
                        event = null;
                    }
                    Map<EventColumn, String> columns = new EnumMap<>(EventColumn.class);
                    columns.put(EventColumn.TYPE, rows.getString(4));
                    long occurred = rows.getLong(5);
                    if (occurred != Long.MIN_VALUE && occurred != Long.MAX_VALUE) {
                        columns.put(EventColumn.OCCURRED_AT, Nanos.toInstant(occurred).toString());
                    }
                    events.add(new SealedEvent(rows.getLong(1), event, rows.getString(3), payload, columns,
                            rows.getInt(6)));
                }
            }
            return List.copyOf(events);
        } catch (SQLException e) {
            throw failure("loadSealed", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads the complaint's row of {@code ck_complaint} as it is; columns that do not make an index row (an
     * unknown status, a missing unit) come back as a null index beside the stored version.
     */
    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT version, " + INDEX_COLUMNS
                     + " FROM ck_complaint WHERE complaint_id = ?")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                ComplaintIndex index;
                try {
                    String handling = rows.getString(4);
                    index = new ComplaintIndex(ComplaintStatus.valueOf(rows.getString(2)),
                            UnitId.of(rows.getString(3)), handling == null ? null : UnitId.of(handling),
                            CustomerRef.of(rows.getString(5)), Nanos.toInstant(rows.getLong(6)),
                            Nanos.toInstant(rows.getLong(7)), nanos(rows, 8), rows.getString(9),
                            readQueue(connection, id, rows.getString(10), rows.getString(11), rows.getString(12)));
                } catch (RuntimeException unreadable) {
                    index = null;
                }
                return Optional.of(new IndexRow(rows.getLong(1), index));
            }
        } catch (SQLException e) {
            throw failure("indexRow", e);
        }
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        Objects.requireNonNull(key, "key");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT complaint_id, command_type, first_sequence, "
                     + "last_sequence, fingerprint FROM ck_command WHERE idempotency_key = ?")) {
            select.setString(1, key.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String fingerprint = rows.getString(5);
                return Optional.of(new CommandRecord(key, ComplaintId.of(rows.getString(1)),
                        CommandType.valueOf(rows.getString(2)), rows.getLong(3), rows.getLong(4),
                        fingerprint == null ? CommandRecord.UNKNOWN_FINGERPRINT : fingerprint));
            }
        } catch (SQLException e) {
            throw failure("findCommand", e);
        }
    }

    @Override
    public ComplaintPage query(ComplaintQuery query) {
        Objects.requireNonNull(query, "query");
        Filter filter = Filter.of(query);
        String sql = querySql(filter);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int next = filter.bind(select, 1);
            select.setInt(next, query.limit() + 1);
            List<ComplaintId> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(ComplaintId.of(rows.getString(1)));
                }
            }
            boolean more = ids.size() > query.limit();
            return new ComplaintPage(more ? ids.subList(0, query.limit()) : ids, more);
        } catch (SQLException e) {
            throw failure("query", e);
        }
    }

    private static String querySql(Filter filter) {
        return "SELECT complaint_id FROM ck_complaint" + filter.where() + " ORDER BY complaint_id LIMIT ?";
    }

    /**
     * The statement {@link #query} runs for a query, with its parameters in order (the page's limit last), for a
     * test that asks the database for its plan.
     */
    static Map.Entry<String, List<Object>> queryStatement(ComplaintQuery query) {
        Filter filter = Filter.of(query);
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(query.limit() + 1);
        return Map.entry(querySql(filter), parameters);
    }

    /**
     * Streams the matching complaints' histories in one statement (a server-side cursor on PostgreSQL), so a
     * report over millions of complaints holds one complaint's events in memory at a time. The statement reads
     * one snapshot, so every history is whole.
     */
    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(visitor, "visitor");
        Filter where = Filter.of(filter);
        String sql = "SELECT e.complaint_id, e.payload FROM ck_event e JOIN (SELECT complaint_id FROM ck_complaint"
                + where.where() + ") c ON c.complaint_id = e.complaint_id ORDER BY e.complaint_id, e.sequence";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(Math.max(filter.limit(), 100));
                where.bind(select, 1);
                try (ResultSet rows = select.executeQuery()) {
                    String current = null;
                    List<ComplaintEvent> history = new ArrayList<>();
                    while (rows.next()) {
                        String id = rows.getString(1);
                        if (current != null && !current.equals(id)) {
                            visitor.accept(List.copyOf(history));
                            history.clear();
                        }
                        current = id;
                        history.add(EventCodec.decode(rows.getString(2)));
                    }
                    if (current != null) {
                        visitor.accept(List.copyOf(history));
                    }
                }
                connection.commit();
            } finally {
                rollback(connection);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("scan", e);
        }
    }

    // ------------------------------------------------------------------------------------------ projections

    /**
     * Keeps report projections in two columns of the complaint's row (schema version 6), written by each append
     * in its transaction.
     *
     * @return true
     */
    @Override
    public boolean keepsProjections() {
        return true;
    }

    /**
     * Streams the matching complaints for reports in one repeatable-read transaction: first every matching row's
     * projection, in no particular order, through one cursor (a server-side cursor on PostgreSQL, {@code fetchSize} rows at a
     * time), handing those of the asked revision; then, only if some rows had none, the histories of exactly those
     * rows through a second cursor, as {@link #scan} reads them. Both read the same snapshot, so each complaint
     * is handed once, whole, and a complaint appended meanwhile is neither missed nor seen twice. Heap holds one
     * fetch of rows at a time, however many complaints match.
     */
    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(visitor, "visitor");
        if (revision < 1) {
            throw new IllegalArgumentException("a projection's revision is 1 or more");
        }
        Filter where = Filter.of(filter);
        // no order: reports do not depend on it, and the database may then read the table as it lies
        String rows = "SELECT complaint_id, projection_revision, projection FROM ck_complaint" + where.where();
        String stale = (where.where().isEmpty() ? " WHERE " : where.where() + " AND ")
                + "(projection_revision IS NULL OR projection_revision <> ? OR projection IS NULL)";
        String histories = "SELECT e.complaint_id, e.payload FROM ck_event e JOIN (SELECT complaint_id FROM ck_complaint"
                + stale + ") c ON c.complaint_id = e.complaint_id ORDER BY e.complaint_id, e.sequence";
        int fetch = Math.max(filter.limit(), 1_000);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                long folded = 0;
                try (PreparedStatement select = connection.prepareStatement(rows, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
                    select.setFetchSize(fetch);
                    where.bind(select, 1);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            int stored = result.getInt(2);
                            boolean none = result.wasNull();
                            String facts = result.getString(3);
                            if (none || stored != revision || facts == null) {
                                folded++;
                            } else {
                                visitor.accept(ScannedComplaint.projected(ComplaintId.of(result.getString(1)),
                                        new ReportProjection(stored, facts)));
                            }
                        }
                    }
                }
                if (folded > 0) {
                    try (PreparedStatement select = connection.prepareStatement(histories,
                            ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                        select.setFetchSize(fetch);
                        int next = where.bind(select, 1);
                        select.setInt(next, revision);
                        try (ResultSet result = select.executeQuery()) {
                            String current = null;
                            List<ComplaintEvent> history = new ArrayList<>();
                            while (result.next()) {
                                String id = result.getString(1);
                                if (current != null && !current.equals(id)) {
                                    visitor.accept(ScannedComplaint.folded(List.copyOf(history)));
                                    history.clear();
                                }
                                current = id;
                                history.add(EventCodec.decode(result.getString(2)));
                            }
                            if (current != null) {
                                visitor.accept(ScannedComplaint.folded(List.copyOf(history)));
                            }
                        }
                    }
                }
                connection.commit();
            } finally {
                rollback(connection);
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw failure("scanProjections", e);
        }
    }

    @Override
    public Optional<StoredProjection> projection(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT version, projection_revision, projection FROM ck_complaint WHERE complaint_id = ?")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long version = rows.getLong(1);
                int revision = rows.getInt(2);
                boolean none = rows.wasNull();
                String facts = rows.getString(3);
                ReportProjection projection = none || revision < 1 || facts == null || facts.isBlank() ? null
                        : new ReportProjection(revision, facts);
                return Optional.of(new StoredProjection(version, projection));
            }
        } catch (SQLException e) {
            throw failure("projection", e);
        }
    }

    @Override
    public boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projection, "projection");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE ck_complaint SET projection_revision = ?, "
                     + "projection = ? WHERE complaint_id = ? AND version = ?")) {
            update.setInt(1, projection.revision());
            update.setString(2, projection.facts());
            update.setString(3, id.value());
            update.setLong(4, version);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("saveProjection", e);
        }
    }

    // ------------------------------------------------------------------------------------------ leases

    /**
     * The sweep lease on PostgreSQL, one statement for the whole batch: {@code chosen} takes the earliest due
     * complaints that no lease holds, in the order of the partial index {@code ck_complaint_due}, locking each and
     * skipping rows another transaction holds; {@code taken} sets their lease, re-checking that each is still due
     * and free, and returns them; the outer select puts them earliest due first. {@code taken} finds the chosen rows
     * by primary key from an array, not by joining {@code chosen}: PostgreSQL's generic plan for a prepared
     * statement (the driver prepares on the server from the fifth use) expects a tenth of the table behind
     * {@code LIMIT ?} and would hash-join a sequential scan. Parameters: now, now, limit (choose), lease end, now,
     * now (take).
     */
    static final String SWEEP_LEASE = "WITH chosen AS (SELECT complaint_id FROM ck_complaint "
            + "WHERE next_due_at <= ? AND (sweep_leased_until IS NULL OR sweep_leased_until <= ?) "
            + "ORDER BY next_due_at, complaint_id LIMIT ? FOR UPDATE SKIP LOCKED), "
            + "taken AS (UPDATE ck_complaint c SET sweep_leased_until = ? "
            + "WHERE c.complaint_id = ANY (ARRAY(SELECT complaint_id FROM chosen)) AND c.next_due_at <= ? "
            + "AND (c.sweep_leased_until IS NULL OR c.sweep_leased_until <= ?) "
            + "RETURNING c.complaint_id, c.next_due_at) "
            + "SELECT complaint_id FROM taken ORDER BY next_due_at, complaint_id";

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        checkLease(now, until, limit);
        if (dialect.sweepLeaseInOneStatement()) {
            return sweepLeaseInOneStatement(now, until, limit);
        }
        return lease("leaseDue", "SELECT complaint_id FROM ck_complaint WHERE next_due_at <= ? "
                        + "AND (sweep_leased_until IS NULL OR sweep_leased_until <= ?) ORDER BY next_due_at, complaint_id "
                        + "LIMIT ?" + dialect.lockClause(),
                "UPDATE ck_complaint SET sweep_leased_until = ? WHERE complaint_id = ? AND next_due_at <= ? "
                        + "AND (sweep_leased_until IS NULL OR sweep_leased_until <= ?)",
                rows -> ComplaintId.of(rows.getString(1)), ComplaintId::value, id -> id, now, until, limit);
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        checkLease(now, until, limit);
        return lease("leaseOutbox", "SELECT " + OUTBOX_COLUMNS + " FROM ck_outbox WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (leased_until IS NULL OR leased_until <= ?) "
                        + "ORDER BY next_attempt_at, dedupe_key LIMIT ?" + dialect.lockClause(),
                "UPDATE ck_outbox SET leased_until = ? WHERE dedupe_key = ? AND status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (leased_until IS NULL OR leased_until <= ?)",
                JdbcComplaintStore::outboxEntry, OutboxEntry::dedupeKey, entry -> entry.withLease(until), now, until, limit);
    }

    /**
     * The sweep lease as one statement ({@link #SWEEP_LEASE}). The statement is its own transaction (auto-commit),
     * so the batch is chosen, locked, leased and committed in one round trip.
     */
    private List<ComplaintId> sweepLeaseInOneStatement(Instant now, Instant until, int limit) {
        long at = Nanos.of(now);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<ComplaintId> leased = new ArrayList<>(limit);
            try (PreparedStatement statement = connection.prepareStatement(SWEEP_LEASE)) {
                statement.setLong(1, at);
                statement.setLong(2, at);
                statement.setInt(3, limit);
                statement.setLong(4, Nanos.of(until));
                statement.setLong(5, at);
                statement.setLong(6, at);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        leased.add(ComplaintId.of(rows.getString(1)));
                    }
                }
            }
            return leased;
        } catch (SQLException e) {
            throw failure("leaseDue", e);
        }
    }

    /** Reads one candidate row of a lease. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * One lease, in one transaction: choose candidates ({@code choose} takes now, now and a row limit), then take
     * each with an update that re-checks it is free ({@code take} takes the lease end, the key, now and now), until
     * {@code limit} are taken. Only rows whose update succeeded are returned, so no row goes to two callers.
     */
    private <T> List<T> lease(String operation, String choose, String take, RowReader<T> reader,
                              Function<T, String> key, UnaryOperator<T> taken,
                              Instant now, Instant until, int limit) {
        long at = Nanos.of(now);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<T> chosen = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(choose)) {
                    select.setLong(1, at);
                    select.setLong(2, at);
                    select.setInt(3, dialect.candidates(limit));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            chosen.add(reader.read(rows));
                        }
                    }
                }
                List<T> leased = new ArrayList<>();
                try (PreparedStatement update = connection.prepareStatement(take)) {
                    for (T candidate : chosen) {
                        if (leased.size() == limit) {
                            break;
                        }
                        update.setLong(1, Nanos.of(until));
                        update.setString(2, key.apply(candidate));
                        update.setLong(3, at);
                        update.setLong(4, at);
                        if (update.executeUpdate() == 1) {
                            leased.add(taken.apply(candidate));
                        }
                    }
                }
                connection.commit();
                return leased;
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    // ------------------------------------------------------------------------------------------ outbox

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        List<OutboxEntry> found = outboxWhere("dedupe_key = ?", "dedupe_key", dedupeKey, null, 1, "outboxEntry");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        return outboxWhere("complaint_id = ?", "source_sequence, dedupe_key", id.value(), null, Integer.MAX_VALUE,
                "outbox");
    }

    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        Objects.requireNonNull(status, "status");
        checkLimit(limit);
        return outboxWhere(afterKey == null ? "status = ?" : "status = ? AND dedupe_key > ?", "dedupe_key",
                status.name(), afterKey, limit, "outboxByStatus");
    }

    /** Counts the entries in one status in one query. */
    @Override
    public long countOutbox(OutboxStatus status) {
        Objects.requireNonNull(status, "status");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM ck_outbox WHERE status = ?")) {
            select.setString(1, status.name());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("countOutbox", e);
        }
    }

    private List<OutboxEntry> outboxWhere(String condition, String order, String first, String second, int limit,
                                          String operation) {
        String sql = "SELECT " + OUTBOX_COLUMNS + " FROM ck_outbox WHERE " + condition + " ORDER BY " + order
                + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, first);
            if (second != null) {
                select.setString(2, second);
            }
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(outboxEntry(rows));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static OutboxEntry outboxEntry(ResultSet rows) throws SQLException {
        return new OutboxEntry(rows.getString(1), ComplaintId.of(rows.getString(2)), rows.getLong(3),
                EventCodec.decodeNotification(rows.getString(4)), OutboxStatus.valueOf(rows.getString(5)), rows.getInt(6),
                Nanos.toInstant(rows.getLong(7)), nanos(rows, 8), nanos(rows, 9), rows.getString(10));
    }

    // ----------------------------------------------------------------------------------------- helpers

    /** The WHERE clause of a query's filter and its parameters, in order. */
    private record Filter(String where, List<Object> parameters) {
        static Filter of(ComplaintQuery query) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (!query.statuses().isEmpty()) {
                List<String> marks = new ArrayList<>();
                for (ComplaintStatus status : query.statuses().stream().sorted().toList()) {
                    marks.add("?");
                    parameters.add(status.name());
                }
                conditions.add("status IN (" + String.join(", ", marks) + ")");
            }
            if (query.unit() != null) {
                conditions.add("(receiving_unit = ? OR handling_unit = ?)");
                parameters.add(query.unit().value());
                parameters.add(query.unit().value());
            }
            if (query.customer() != null) {
                conditions.add("customer_ref = ?");
                parameters.add(query.customer().value());
            }
            if (query.receivedFrom() != null) {
                conditions.add("received_at >= ?");
                parameters.add(Nanos.of(query.receivedFrom()));
            }
            if (query.receivedBefore() != null) {
                conditions.add("received_at < ?");
                parameters.add(Nanos.of(query.receivedBefore()));
            }
            if (query.dueBy() != null) {
                conditions.add("next_due_at <= ?");
                parameters.add(Nanos.of(query.dueBy()));
            }
            if (query.fingerprint() != null) {
                conditions.add("fingerprint = ?");
                parameters.add(query.fingerprint());
            }
            if (query.handler() != null) {
                conditions.add("handler = ?");
                parameters.add(query.handler().value());
            }
            if (query.owner() != null) {
                conditions.add("first_contact_owner = ?");
                parameters.add(query.owner().value());
            }
            if (!query.priorities().isEmpty()) {
                List<String> marks = new ArrayList<>();
                for (Priority priority : query.priorities().stream().sorted().toList()) {
                    marks.add("?");
                    parameters.add(priority.name());
                }
                conditions.add("priority IN (" + String.join(", ", marks) + ")");
            }
            tag(conditions, parameters, CO_HANDLER, query.coHandler() == null ? null : query.coHandler().value());
            tag(conditions, parameters, CLASS, query.classCode());
            tag(conditions, parameters, FLAG, query.flag() == null ? null : query.flag().name());
            tag(conditions, parameters, REFERENCE, query.externalReference());
            if (query.overdueAt() != null && query.overdueClock() == null) {
                conditions.add("overdue_from < ?");
                parameters.add(Nanos.of(query.overdueAt()));
            } else if (query.overdueAt() != null) {
                conditions.add("complaint_id IN (SELECT complaint_id FROM ck_complaint_clock WHERE clock_id = ? "
                        + "AND deadline < ?)");
                parameters.add(query.overdueClock());
                parameters.add(Nanos.of(query.overdueAt()));
            }
            if (query.after() != null) {
                conditions.add("complaint_id > ?");
                parameters.add(query.after().value());
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        private static void tag(List<String> conditions, List<Object> parameters, String kind, String tag) {
            if (tag != null) {
                conditions.add("complaint_id IN (SELECT complaint_id FROM ck_complaint_tag WHERE kind = ? AND tag = ?)");
                parameters.add(kind);
                parameters.add(tag);
            }
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int i = first;
            for (Object parameter : parameters) {
                if (parameter instanceof Long number) {
                    statement.setLong(i++, number);
                } else {
                    statement.setString(i++, (String) parameter);
                }
            }
            return i;
        }
    }

    private static final String COHORT_COLUMNS = "reference, reason, clock_ids, class_code, products, unit_id, "
            + "received_from, received_before, phase, issued_at, issued_by, cursor_id, applied, already, skipped, "
            + "revision";

    @Override
    public Optional<CohortOrderRecord> cohortOrder(String reference) {
        Objects.requireNonNull(reference, "reference");
        List<CohortOrderRecord> found = cohortOrders("SELECT " + COHORT_COLUMNS + " FROM ck_cohort_order "
                + "WHERE reference = ?", reference, "cohortOrder");
        return found.stream().findFirst();
    }

    @Override
    public List<CohortOrderRecord> standingCohortOrders() {
        return cohortOrders("SELECT " + COHORT_COLUMNS + " FROM ck_cohort_order WHERE phase IN ('"
                + CohortOrderRecord.Phase.PAUSING + "', '" + CohortOrderRecord.Phase.STANDING + "') ORDER BY reference",
                null, "standingCohortOrders");
    }

    private List<CohortOrderRecord> cohortOrders(String sql, String reference, String operation) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (reference != null) {
                select.setString(1, reference);
            }
            List<CohortOrderRecord> out = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String classCode = rows.getString(4);
                    String unit = rows.getString(6);
                    String cursor = rows.getString(12);
                    CohortPauseOrder order = new CohortPauseOrder(rows.getString(1), rows.getString(2),
                            lines(rows.getString(3)), classCode, Set.copyOf(lines(rows.getString(5))),
                            unit == null ? null : UnitId.of(unit), nanos(rows, 7), nanos(rows, 8));
                    out.add(new CohortOrderRecord(order, CohortOrderRecord.Phase.valueOf(rows.getString(9)),
                            nanos(rows, 10), StaffId.of(rows.getString(11)),
                            cursor == null ? null : ComplaintId.of(cursor), rows.getLong(13), rows.getLong(14),
                            rows.getLong(15), rows.getLong(16)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    @Override
    public void saveCohortOrder(CohortOrderRecord record) {
        Objects.requireNonNull(record, "record");
        CohortPauseOrder order = record.order();
        boolean insert = record.revision() == 1;
        String sql = insert ? "INSERT INTO ck_cohort_order (" + COHORT_COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE ck_cohort_order SET reference = ?, reason = ?, clock_ids = ?, class_code = ?, products = ?, "
                + "unit_id = ?, received_from = ?, received_before = ?, phase = ?, issued_at = ?, issued_by = ?, "
                + "cursor_id = ?, applied = ?, already = ?, skipped = ?, revision = ? "
                + "WHERE reference = ? AND revision = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, order.reference());
            write.setString(2, order.reason());
            write.setString(3, String.join("\n", order.clockIds()));
            write.setString(4, order.classCode());
            write.setString(5, String.join("\n", order.products().stream().sorted().toList()));
            write.setString(6, order.unit() == null ? null : order.unit().value());
            setNanos(write, 7, order.receivedFrom());
            setNanos(write, 8, order.receivedBefore());
            write.setString(9, record.phase().name());
            setNanos(write, 10, record.issuedAt());
            write.setString(11, record.issuedBy().value());
            write.setString(12, record.cursor() == null ? null : record.cursor().value());
            write.setLong(13, record.applied());
            write.setLong(14, record.already());
            write.setLong(15, record.skipped());
            write.setLong(16, record.revision());
            if (!insert) {
                write.setString(17, order.reference());
                write.setLong(18, record.revision() - 1);
            }
            if (write.executeUpdate() != 1) {
                throw cohortConflict(record);
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw cohortConflict(record);
            }
            throw failure("saveCohortOrder", e);
        }
    }

    private static StoreException cohortConflict(CohortOrderRecord record) {
        return StoreException.of(ErrorCode.COHORT_ORDER_CONFLICT, "record.revision", "the store holds another "
                + "revision of cohort order " + record.reference() + " than the one before revision "
                + record.revision() + "; nothing was stored");
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n", -1));
    }

    private static void setNanos(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, Nanos.of(instant));
        }
    }

    private static Instant nanos(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : Nanos.toInstant(value);
    }

    private static void checkLease(Instant now, Instant until, int limit) {
        StoreArguments.checkLease(now, until, limit);
    }

    private static void checkLimit(int limit) {
        StoreArguments.checkLimit(limit);
    }

    private static void rollback(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is broken; the database rolls back what it did not commit
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * The error for a failed operation: STORE_UNAVAILABLE (a {@code StoreUnavailableException})
     * when the database cannot be reached (SQL state class 08, or a pool that timed out getting a connection),
     * STORE_FAILURE otherwise. The driver's message is not
     * repeated, since it may quote values.
     */
    static StoreException failure(String operation, SQLException e) {
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        boolean unreachable = state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException;
        ErrorCode code = unreachable ? ErrorCode.STORE_UNAVAILABLE : ErrorCode.STORE_FAILURE;
        LOG.warn("complaint store {} failed: {} (SQL state {})", operation, code.code(), state);
        return StoreException.of(List.of(new Violation(code, "store", (unreachable
                ? "the database cannot be reached during " : "the database failed during ") + operation
                + " (SQL state " + state + ")")), e);
    }

    // ------------------------------------------------------------------------------------------ retention

    /** Deletes the complaint's rows in every table, under a lock on its row at the version the purge read. */
    @Override
    public boolean deleteComplaint(ComplaintId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        return Purging.deleteComplaint(dataSource, id, expectedVersion);
    }

    /** One {@code DELETE ... LIMIT} batch, oldest first, by the outbox's status and creation index. */
    @Override
    public int purgeOutbox(OutboxStatus status, Instant createdBy, int limit) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        return Purging.purgeOutbox(dataSource, status, createdBy, limit);
    }

    /** One {@code DELETE ... LIMIT} batch, oldest first, by the command records' application time. */
    @Override
    public int purgeCommands(Instant appliedBy, int limit) {
        Objects.requireNonNull(appliedBy, "appliedBy");
        return Purging.purgeCommands(dataSource, appliedBy, limit);
    }

    @Override
    public long countCommands(Instant appliedBy) {
        Objects.requireNonNull(appliedBy, "appliedBy");
        return Purging.countCommands(dataSource, appliedBy);
    }

    @Override
    public long countOutbox(OutboxStatus status, Instant createdBy) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        return Purging.countOutbox(dataSource, status, createdBy);
    }
}
