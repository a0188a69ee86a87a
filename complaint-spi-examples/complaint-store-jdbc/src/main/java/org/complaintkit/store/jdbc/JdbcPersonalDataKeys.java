package org.complaintkit.store.jdbc;

import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.erasure.KeyLookup;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.spi.erasure.PersonalDataKeys;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Personal-data keys in a table of their own ({@code ck_personal_data_key}), one AES-256 key per complaint, its
 * reference the complaint id. It takes its own data source: <strong>keep it in a database apart from the complaint
 * events and from their backups</strong>, with a backup retention shorter than the erasure promise, because a
 * restored copy of a destroyed key brings the erased data back. Destroying a key sets its bytes to NULL and keeps
 * the row, so a destroyed key answers {@link KeyState#DESTROYED}, distinct from one never created.
 *
 * <p>The key bytes are stored as they are: protect the database as a key store (access, encryption at rest or a
 * key-management service wrapping it). A database may keep overwritten bytes in its pages or write-ahead log
 * until they are reused or vacuumed.
 *
 * <pre>{@code
 * JdbcPersonalDataKeys.migrate(keyPool);                 // its own Flyway history, ck_key_schema_history
 * ComplaintEngine engine = ComplaintEngine.builder().store(JdbcComplaintStore.of(eventPool))
 *         .personalDataKeys(JdbcPersonalDataKeys.of(keyPool, clock)).build();
 * }</pre>
 *
 * <p>It keeps the last {@value #CACHED_KEYS} keys it read in memory: a live key for {@link #LIVE_KEY_TTL} by its
 * clock, a destroyed one's state for good, so a read of a complaint does not cost a round trip to the key database
 * each time. It forgets a key it destroys at once; a key another node destroyed may stay in this one's memory until
 * its time runs out, but the engine never decrypts with it: a history that holds its erasure reads erased without
 * the key.
 *
 * <p>Thread-safe.
 */
public final class JdbcPersonalDataKeys implements PersonalDataKeys {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcPersonalDataKeys.class);
    /** The table of complaint events, whose presence in the key database means the two share it. */
    private static final String EVENT_TABLE = "ck_event";
    /** How many keys, live or destroyed, are kept in memory at most. */
    static final int CACHED_KEYS = 1024;
    /** How long a live key read from the database is used without reading it again. */
    static final Duration LIVE_KEY_TTL = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final Map<String, Cached> cached = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_KEYS;
        }
    };

    /** A key as last read, and until when it may be used without reading it again (null: for good). */
    private record Cached(KeyLookup lookup, Instant until) {
    }

    private JdbcPersonalDataKeys(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * A key store over a migrated data source (see {@link #migrate}). If that database also holds the complaint
     * events (their table {@code ck_event}, as the JDBC complaint store makes it, exists in it when this runs), it
     * logs a warning once, at WARN: a copy or backup of that database holds the keys beside the ciphertext they open.
     * If the database cannot be reached now, it does not look, and says so at DEBUG.
     *
     * @param dataSource the key database, apart from the events' one
     * @param clock when keys are created and destroyed
     * @return the key store
     */
    public static JdbcPersonalDataKeys of(DataSource dataSource, Clock clock) {
        JdbcPersonalDataKeys keys = new JdbcPersonalDataKeys(Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(clock, "clock"));
        if (holdsEvents(dataSource)) {
            LOG.warn("the personal-data key store's database also holds the complaint events (table {}): a copy or "
                    + "backup of it holds the keys beside the ciphertext they open, and restoring one brings erased "
                    + "personal data back. Give JdbcPersonalDataKeys a database of its own, with its own backups",
                    EVENT_TABLE);
        }
        return keys;
    }

    /** Whether the database holds the complaint events' table, in any schema of the connection's catalog. */
    static boolean holdsEvents(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                     new String[] {"TABLE"})) {
            while (tables.next()) {
                if (EVENT_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            LOG.debug("could not look whether the key database also holds the complaint events ({})",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Brings the key database's schema to the version this store needs, with Flyway and its own history table,
     * {@code ck_key_schema_history}, so it can share no database with the events.
     *
     * @param dataSource the key database
     * @return the schema version after migrating
     * @throws StoreException coded STORE_UNAVAILABLE or STORE_FAILURE if migrating fails
     */
    public static String migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialect.of(connection);
        } catch (SQLException e) {
            throw JdbcComplaintStore.failure("migrate keys", e);
        }
        try {
            var result = Flyway.configure().dataSource(dataSource)
                    .locations(dialect.migrationLocation().replace("/migration/", "/keys/"))
                    .table("ck_key_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            return result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion;
        } catch (RuntimeException e) {
            throw new StoreException(List.of(new Violation(ErrorCode.PERSONAL_DATA_KEYS_FAILED, "schema",
                    "the key store's schema migration failed: " + e.getClass().getSimpleName())), e);
        }
    }

    @Override
    public KeyLookup keyFor(ComplaintId complaint, CustomerRef customer) {
        String ref = Objects.requireNonNull(complaint, "complaint").value();
        KeyLookup found = find(ref);
        if (found.state() != KeyState.UNKNOWN) {
            return found;
        }
        SecretKey key = newKey();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ck_personal_data_key (key_ref, complaint_id, key_bytes, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, ref);
            insert.setString(2, complaint.value());
            insert.setBytes(3, key.getEncoded());
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return remember(KeyLookup.present(ref, key));
        } catch (SQLException e) {
            KeyLookup raced = find(ref);
            if (raced.state() != KeyState.UNKNOWN) {
                return raced;
            }
            throw failed("create", e);
        }
    }

    @Override
    public KeyLookup find(String keyRef) {
        Objects.requireNonNull(keyRef, "keyRef");
        synchronized (cached) {
            Cached kept = cached.get(keyRef);
            if (kept != null && (kept.until() == null || clock.instant().isBefore(kept.until()))) {
                return kept.lookup();
            }
        }
        return remember(read(keyRef));
    }

    /** Keeps a live key for its time and a destroyed one's state for good; an unknown one not at all. */
    private KeyLookup remember(KeyLookup lookup) {
        if (lookup.state() != KeyState.UNKNOWN) {
            synchronized (cached) {
                cached.put(lookup.keyRef(), new Cached(lookup, lookup.state() == KeyState.PRESENT
                        ? clock.instant().plus(LIVE_KEY_TTL) : null));
            }
        }
        return lookup;
    }

    private KeyLookup read(String keyRef) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT key_bytes FROM ck_personal_data_key WHERE key_ref = ?")) {
            select.setString(1, keyRef);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return KeyLookup.unknown(keyRef);
                }
                byte[] bytes = rows.getBytes(1);
                return bytes == null ? KeyLookup.destroyed(keyRef)
                        : KeyLookup.present(keyRef, new SecretKeySpec(bytes, "AES"));
            }
        } catch (SQLException e) {
            throw failed("find", e);
        }
    }

    @Override
    public KeyState destroy(String keyRef) {
        Objects.requireNonNull(keyRef, "keyRef");
        synchronized (cached) {
            cached.remove(keyRef);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE ck_personal_data_key SET key_bytes = NULL, destroyed_at = ? WHERE key_ref = ? "
                        + "AND key_bytes IS NOT NULL")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setString(2, keyRef);
            if (update.executeUpdate() == 1) {
                remember(KeyLookup.destroyed(keyRef));
                return KeyState.PRESENT;
            }
        } catch (SQLException e) {
            throw failed("destroy", e);
        }
        return remember(read(keyRef)).state() == KeyState.DESTROYED ? KeyState.DESTROYED : KeyState.UNKNOWN;
    }

    private static StoreException failed(String operation, SQLException e) {
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        return new StoreException(List.of(new Violation(ErrorCode.PERSONAL_DATA_KEYS_FAILED, "keys",
                "the personal-data key store failed during " + operation + " (SQL state " + state + ")")), e);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the platform has no AES key generator", e);
        }
    }
}
