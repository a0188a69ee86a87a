package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The stored form is held fixed by a committed golden file ({@code stored-form.golden}): one line per type the
 * codec writes at top level, with its stored name, revision, seal and canonical text. Rows already in a
 * database and the seals over them depend on these bytes, so any change to them fails the build.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredFormGoldenTest {
    private static final String FILE = "stored-form.golden";
    private static final String HOW = "Rows already stored and their seals depend on these bytes: do not edit the"
            + " golden line. If the change is meant, give the type a new revision in StoredType with an upcaster"
            + " from the old one, keep the old line readable and add the new one (docs/storage.md, The stored"
            + " form).";

    /** One line of the golden file. */
    record Line(String name, int revision, String seal, String text) {
    }

    static Map<String, Line> golden() {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (String row : resourceLines(StoredFormGoldenTest.class, FILE)) {
            String[] parts = row.split(" ", 4);
            Line line = new Line(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]);
            if (lines.put(line.name(), line) != null) {
                fail(FILE + " has two lines for " + line.name());
            }
        }
        return lines;
    }

    static List<String> resourceLines(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            List<String> rows = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!row.isEmpty() && !row.startsWith("#")) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static String storedName(Class<?> type) {
        return type == Notification.class ? "Notification"
                : EventCodec.typeOf((ComplaintEvent) StoredFormSamples.of(type));
    }

    @Test
    void every_event_type_and_the_notification_have_exactly_one_golden_line() {
        TreeSet<String> expected = new TreeSet<>();
        for (Class<?> type : ComplaintEvent.class.getPermittedSubclasses()) {
            expected.add(storedName(type));
        }
        expected.add("Notification");
        assertEquals(expected, new TreeSet<>(golden().keySet()), "a new type needs its line in " + FILE
                + " (the assertion's actual side lists the lines there)");
    }

    @Test
    void every_sample_is_stored_byte_for_byte_as_its_golden_line_says() {
        Map<String, Line> golden = golden();
        List<String> changed = new ArrayList<>();
        for (ComplaintEvent event : StoredFormSamples.events()) {
            Line line = golden.get(storedName(event.getClass()));
            String now = EventCodec.encode(event);
            if (line == null || !line.text().equals(now)) {
                changed.add(event.getClass().getSimpleName() + "\n  golden: " + (line == null ? "none" : line.text())
                        + "\n  now:    " + now);
            }
        }
        Line notice = golden.get("Notification");
        String now = EventCodec.encodeNotification((Notification) StoredFormSamples.of(Notification.class));
        if (!notice.text().equals(now)) {
            changed.add("Notification\n  golden: " + notice.text() + "\n  now:    " + now);
        }
        if (!changed.isEmpty()) {
            fail("The stored form changed for " + changed.size() + " type(s). " + HOW + "\n"
                    + String.join("\n", changed));
        }
    }

    @Test
    void every_golden_line_reads_back_to_its_sample_and_its_seal_still_verifies() {
        EventSealer sealer = EventSealer.sha256();
        for (Line line : golden().values()) {
            if (line.name().equals("Notification")) {
                assertEquals(StoredFormSamples.of(Notification.class), EventCodec.decodeNotification(line.text()));
                continue;
            }
            ComplaintEvent event = EventCodec.decode(line.text());
            assertEquals(StoredFormSamples.of(event.getClass()), event, line.name());
            assertEquals(line.seal(), sealer.seal(EventSealer.GENESIS, event),
                    "The seal over the stored " + line.name() + " changed. " + HOW);
        }
    }
}
