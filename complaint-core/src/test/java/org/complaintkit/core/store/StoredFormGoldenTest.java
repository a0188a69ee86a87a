package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.spi.storage.codec.StoredType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The stored form is held fixed by a committed golden file ({@code stored-form.golden}): one line per type the
 * codec writes at top level, with its stored name, revision, seal and canonical text, written from a sample
 * with every component filled. Rows already in a database and the seals over them depend on these bytes, so
 * any change to them fails the build. A type raised to a new revision keeps its older lines, which must
 * still read through its upcasters, and adds one for the new revision.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredFormGoldenTest {
    private static final String FILE = "stored-form.golden";
    private static final String HOW = "Rows already stored and their seals depend on these bytes: do not edit the"
            + " golden line. If the change is meant, raise the type's revision in StoredType with an upcaster"
            + " from the old one, keep the old line (it must still read) and add a line for the new revision"
            + " (docs/storage.md, The stored form). A new type adds its line.";

    /** One line of the golden file. */
    record Line(String name, int revision, String seal, String text) {
    }

    static List<Line> golden() {
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String row : resourceLines(StoredFormGoldenTest.class, FILE)) {
            String[] parts = row.split(" ", 4);
            Line line = new Line(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]);
            if (!seen.add(line.name() + " " + line.revision())) {
                fail(FILE + " has two lines for " + line.name() + " revision " + line.revision());
            }
            lines.add(line);
        }
        return lines;
    }

    /** The golden line of each type at the revision this version writes, by stored name. */
    private static Map<String, Line> current() {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Line line : golden()) {
            StoredType type = StoredType.named(line.name()).orElseThrow(() -> new AssertionError(FILE
                    + " has a line for " + line.name() + ", which StoredType does not name"));
            assertTrue(line.revision() >= 1 && line.revision() <= type.revision(), line.name() + " revision "
                    + line.revision() + " is not one StoredType knows");
            if (line.revision() == type.revision()) {
                lines.put(line.name(), line);
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

    private static String encode(Object sample) {
        return sample instanceof Notification notice ? EventCodec.encodeNotification(notice)
                : EventCodec.encode((ComplaintEvent) sample);
    }

    @Test
    void every_stored_type_has_exactly_one_golden_line_at_the_revision_it_is_written() {
        Set<String> expected = new TreeSet<>();
        for (StoredType type : StoredType.all()) {
            expected.add(type.name());
        }
        assertEquals(expected, new TreeSet<>(current().keySet()), "every type in StoredType needs its line in "
                + FILE + " at its revision; a new type's line is printed by the byte-for-byte test");
    }

    @Test
    void every_sample_is_stored_byte_for_byte_as_its_golden_line_says() {
        Map<String, Line> golden = current();
        List<String> changed = new ArrayList<>();
        for (StoredType type : StoredType.all()) {
            Line line = golden.get(type.name());
            String now = encode(StoredFormSamples.of(type.javaType()));
            if (line == null || !line.text().equals(now)) {
                String seal = type.javaType() == Notification.class ? "-"
                        : EventSealer.sha256().seal(EventSealer.GENESIS, (ComplaintEvent) StoredFormSamples.of(
                                type.javaType()));
                changed.add(type.name() + "\n  golden: " + (line == null ? "none" : line.text()) + "\n  now:    "
                        + type.name() + " " + type.revision() + " " + seal + " " + now);
            }
        }
        if (!changed.isEmpty()) {
            fail("The stored form changed for " + changed.size() + " type(s). " + HOW + "\n"
                    + String.join("\n", changed));
        }
    }

    @Test
    void every_golden_line_reads_back_and_the_seal_over_each_current_line_still_verifies() {
        EventSealer sealer = EventSealer.sha256();
        for (Line line : golden()) {
            StoredType type = StoredType.named(line.name()).orElseThrow();
            Object read;
            try {
                read = type.javaType() == Notification.class ? EventCodec.decodeNotification(line.text())
                        : EventCodec.decode(line.text());
            } catch (StoreException e) {
                throw new AssertionError("The stored " + line.name() + " revision " + line.revision()
                        + " no longer reads (" + e.getMessage() + "). " + HOW, e);
            }
            assertEquals(type.javaType(), read.getClass(), line.name() + " revision " + line.revision());
            if (line.revision() < type.revision()) {
                continue;   // an older revision: read through the upcasters; its seal is over the older text
            }
            assertEquals(StoredFormSamples.of(type.javaType()), read, line.name());
            if (read instanceof ComplaintEvent event) {
                assertEquals(line.seal(), sealer.seal(EventSealer.GENESIS, event),
                        "The seal over the stored " + line.name() + " changed. " + HOW);
            }
        }
    }
}
