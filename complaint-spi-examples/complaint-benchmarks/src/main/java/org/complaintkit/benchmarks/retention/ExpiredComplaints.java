package org.complaintkit.benchmarks.retention;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.complaintkit.store.jdbc.JdbcPersonalDataKeys;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Closed complaints past their retention, many of them, on PostgreSQL, written fast: a few templates are made by the
 * engine itself on the JDBC store (registered, handled to closure with a case note on the way, every notice
 * delivered, personal data encrypted under a per-complaint key in a key store of its own), their rows are read back
 * and the tables emptied, and then {@link #fill} writes any number of copies with PostgreSQL's COPY. Each copy is a
 * complaint of its own: its id in every row, its own command records and outbox entries, its own AES key in the key
 * store with its texts encrypted again under that key (the key's reference is the associated data), and its chain
 * of seals computed again over its own rows, so that the engine reads, erases and verifies it as one it wrote.
 */
final class ExpiredComplaints {
    /** The tables a complaint has rows in, parents first. */
    static final List<String> TABLES = List.of("ck_complaint", "ck_event", "ck_command", "ck_outbox",
            "ck_complaint_tag", "ck_complaint_clock");
    /** When the templates were made: long enough ago for every preset period to have run out. */
    static final String MADE_AT = "2020-03-02T01:30:00Z";
    private static final Pattern ENCRYPTED = Pattern.compile("\\{\"enc\":\"([^\"]*)\",\"k\":\"([^\"]*)\"\\}");
    /** A complaint manager, who assigns. */
    static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One table's template rows: its columns, and each row's values as text (null for SQL NULL). */
    private record Rows(List<String> columns, Map<String, List<String[]>> byComplaint) {
    }

    private final DataSource events;
    private final DataSource keys;
    private final EventSealer sealer;
    private final List<String> templates = new ArrayList<>();
    private final Map<String, Rows> rows = new LinkedHashMap<>();
    private final Map<String, byte[]> templateKeys = new HashMap<>();
    private final Map<String, String> plainTexts = new HashMap<>();

    /**
     * Makes the templates and empties the tables.
     *
     * @param events the complaint store's database, migrated
     * @param keys the key store's database, migrated
     * @param sealer the sealer the engine uses
     * @param count how many templates
     */
    ExpiredComplaints(DataSource events, DataSource keys, EventSealer sealer, int count) {
        this.events = events;
        this.keys = keys;
        this.sealer = sealer;
        make(count);
        try {
            for (String table : TABLES) {
                rows.put(table, read(table));
            }
            try (Connection c = keys.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT key_ref, key_bytes FROM ck_personal_data_key")) {
                while (r.next()) {
                    templateKeys.put(r.getString(1), r.getBytes(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the templates", e);
        }
    }

    /**
     * The engine the templates are made with and the purge runs on: the JDBC store, the key store, the CBIRC clocks
     * and the standard notices.
     *
     * @param events the complaint store's database
     * @param keys the key store's database
     * @param sealer the sealer
     * @param clock the clock
     * @return the engine
     */
    static ComplaintEngine engine(DataSource events, DataSource keys, EventSealer sealer, Clock clock) {
        return ComplaintEngine.builder().clock(clock).store(JdbcComplaintStore.of(events)).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).sealer(sealer)
                .personalDataKeys(JdbcPersonalDataKeys.of(keys, clock)).build();
    }

    private void make(int count) {
        MutableClock clock = MutableClock.at(MADE_AT);
        ComplaintEngine engine = engine(events, keys, sealer, clock);
        NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine).sender(ScriptedReceiver.reliable())
                .build();
        List<CommandType> path = List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.ADD_CASE_NOTE, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION,
                CommandType.RESPOND, CommandType.CLOSE);
        for (int t = 0; t < count; t++) {
            ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
            for (CommandType type : path) {
                clock.advance(Duration.ofHours(1));
                if (type == CommandType.APPROVE_RESOLUTION && engine.hostReads().find(id).orElseThrow().status()
                        != ComplaintStatus.AWAITING_APPROVAL) {
                    continue;
                }
                Actor actor = switch (type) {
                    case ASSIGN -> MANAGER;
                    case APPROVE_RESOLUTION -> Fixtures.APPROVER;
                    default -> Fixtures.HANDLER;
                };
                engine.execute(Commands.of(type, id, actor, Fixtures.key(), new Commands.Payload(null, null,
                        type == CommandType.ASSIGN ? Fixtures.HANDLER_ID : null, null, "complex", null)));
                dispatcher.dispatchDue();
            }
            if (engine.hostReads().find(id).orElseThrow().status() != ComplaintStatus.CLOSED) {
                throw new IllegalStateException("template " + t + " did not close");
            }
            templates.add(id.value());
        }
        dispatcher.close();
    }

    private Rows read(String table) throws SQLException {
        try (Connection c = events.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY complaint_id"
                     + (table.equals("ck_event") ? ", sequence" : ""))) {
            ResultSetMetaData meta = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            Map<String, List<String[]>> byComplaint = new HashMap<>();
            while (r.next()) {
                String[] values = new String[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getString(i + 1);
                }
                byComplaint.computeIfAbsent(r.getString("complaint_id"), k -> new ArrayList<>()).add(values);
            }
            return new Rows(columns, byComplaint);
        }
    }

    /**
     * Empties both databases and writes {@code count} copies of the templates, ids {@code C-00000000} on.
     *
     * @param count how many complaints
     * @return what was written
     */
    Filled fill(int count) {
        try {
            try (Connection c = events.getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
            }
            try (Connection c = keys.getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE ck_personal_data_key");
            }
            byte[][] cloneKeys = new byte[count][];
            for (int i = 0; i < count; i++) {
                cloneKeys[i] = new byte[32];
                RANDOM.nextBytes(cloneKeys[i]);
            }
            try (Connection c = keys.getConnection()) {
                CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
                copy.copyIn("COPY ck_personal_data_key (key_ref, complaint_id, key_bytes, created_at) FROM STDIN "
                        + "(FORMAT csv)", new CsvRows(count, (i, out) -> out.append(id(i)).append(',').append(id(i))
                        .append(",\\x").append(HEX.formatHex(cloneKeys[i])).append(",2020-03-02 01:30:00\n")));
            }
            try (Connection c = events.getConnection()) {
                CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
                for (String table : TABLES) {
                    Rows template = rows.get(table);
                    copy.copyIn("COPY " + table + " (" + String.join(", ", template.columns())
                            + ") FROM STDIN (FORMAT csv)", new CsvRows(count, (i, out) ->
                            copies(table, template, i, cloneKeys[i], out)));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            try (Connection c = keys.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            Filled filled = new Filled(count(events, "SELECT count(*) FROM ck_complaint WHERE status = 'CLOSED'"),
                    count(events, "SELECT count(*) FROM ck_event"),
                    count(events, "SELECT count(*) FROM ck_outbox WHERE status IN ('DELIVERED', 'DEAD')"),
                    count(events, "SELECT count(*) FROM ck_command"));
            if (filled.complaints() != count) {
                throw new IllegalStateException("wrote " + filled.complaints() + " closed complaints, not " + count);
            }
            return filled;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot fill the store", e);
        }
    }

    /**
     * What {@link #fill} wrote.
     *
     * @param complaints complaints
     * @param events events
     * @param outboxEntries settled outbox entries: delivered notices and dead letters
     * @param commandRecords command records
     */
    record Filled(long complaints, long events, long outboxEntries, long commandRecords) {
    }

    static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String id(int i) {
        return "C-" + String.format("%08d", i);
    }

    private void copies(String table, Rows template, int i, byte[] key, StringBuilder out) {
        String templateId = templates.get(i % templates.size());
        String id = id(i);
        List<String> columns = template.columns();
        int payloadColumn = columns.indexOf("payload");
        String seal = EventSealer.GENESIS;
        for (String[] row : template.byComplaint().getOrDefault(templateId, List.of())) {
            String[] values = new String[row.length];
            for (int col = 0; col < row.length; col++) {
                String column = columns.get(col);
                String value = row[col] == null ? null : row[col].replace(templateId, id);
                if (value != null && (column.equals("idempotency_key")
                        || column.equals("dedupe_key") && value.equals(row[col]))) {
                    value = value + "/" + id;
                }
                if (value != null && col == payloadColumn && table.equals("ck_event")) {
                    value = encryptAgain(value, templateId, id, key);
                }
                values[col] = value;
            }
            if (table.equals("ck_event")) {
                seal = sealer.sealStored(seal, values[payloadColumn]);
                values[columns.indexOf("seal")] = seal;
            }
            for (int col = 0; col < values.length; col++) {
                if (col > 0) {
                    out.append(',');
                }
                if (values[col] != null) {
                    out.append('"').append(values[col].replace("\"", "\"\"")).append('"');
                }
            }
            out.append('\n');
        }
    }

    private String encryptAgain(String payload, String templateId, String id, byte[] key) {
        Matcher m = ENCRYPTED.matcher(payload);
        StringBuilder out = new StringBuilder(payload.length() + 64);
        while (m.find()) {
            if (!m.group(2).equals(id)) {
                throw new IllegalStateException("a text under another key than its complaint's: " + m.group(2));
            }
            String ciphertext = m.group(1);
            String plain = plainTexts.computeIfAbsent(templateId + '\u0000' + ciphertext,
                    k -> decrypt(ciphertext, templateId, templateKeys.get(templateId)));
            m.appendReplacement(out, Matcher.quoteReplacement("{\"enc\":\"" + encrypt(plain, id, key)
                    + "\",\"k\":\"" + id + "\"}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String encrypt(String text, String keyRef, byte[] key) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyRef.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decrypt(String ciphertext, String keyRef, byte[] key) {
        byte[] all = Base64.getDecoder().decode(ciphertext);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
            cipher.updateAAD(keyRef.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a template's text does not decrypt under its key", e);
        }
    }

    /**
     * The templates' ids.
     *
     * @return the ids
     */
    List<String> templates() {
        return templates;
    }

    /** Writes rows a complaint at a time, so that a million copies never sit in memory at once. */
    private static final class CsvRows extends Reader {
        interface Writer {
            void write(int i, StringBuilder out);
        }

        private final int count;
        private final Writer writer;
        private final StringBuilder buffer = new StringBuilder();
        private int next;
        private int at;

        CsvRows(int count, Writer writer) {
            this.count = count;
            this.writer = writer;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            while (at == buffer.length()) {
                if (next == count) {
                    return -1;
                }
                buffer.setLength(0);
                at = 0;
                writer.write(next++, buffer);
            }
            int n = Math.min(length, buffer.length() - at);
            buffer.getChars(at, at + n, into, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
