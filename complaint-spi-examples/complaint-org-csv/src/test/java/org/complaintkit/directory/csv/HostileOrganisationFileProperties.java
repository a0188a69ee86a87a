package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.testing.Hostile;

/**
 * The sample bank's four organisation files with hostile edits (a line or field replaced by a hostile value, lines
 * inserted, dropped or doubled, a file cut short or missing): each set loads, or is refused with coded violations
 * that name the file.
 */
class HostileOrganisationFileProperties {
    static final List<String> FILES = List.of("units.csv", "departments.csv", "staff.csv", "authority.csv");
    static final Map<String, String> SAMPLE = new HashMap<>();

    static {
        for (String name : FILES) {
            try (InputStream in = CsvOrganisationDirectory.class.getResourceAsStream("sample-bank/" + name)) {
                SAMPLE.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    enum Kind { REPLACE_LINE, INSERT_LINE, REPLACE_FIELD, TRUNCATE, DROP_LINE, DOUBLE_LINE, MISSING_FILE }

    record Edit(String file, Kind kind, int where, String value) {
        String apply(String text) {
            if (kind == Kind.MISSING_FILE) {
                return null;
            }
            if (text == null) {
                return null;
            }
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int at = Math.floorMod(where, lines.size());
            String v = value == null ? "" : value;
            switch (kind) {
                case REPLACE_LINE -> lines.set(at, v);
                case INSERT_LINE -> lines.add(at, v);
                case REPLACE_FIELD -> {
                    String[] fields = lines.get(at).split(",", -1);
                    fields[Math.floorMod(where / 7, fields.length)] = v;
                    lines.set(at, String.join(",", fields));
                }
                case TRUNCATE -> {
                    return text.substring(0, Math.floorMod(where, text.length() + 1));
                }
                case DROP_LINE -> lines.remove(at);
                case DOUBLE_LINE -> lines.add(at, lines.get(at));
                default -> throw new IllegalStateException();
            }
            return String.join("\n", lines);
        }

        @Override
        public String toString() {
            return file + " " + kind + "@" + where + " " + (value == null ? "null"
                    : value.length() > 40 ? value.length() + " chars" : "\"" + value + "\"");
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.MISSING_FILE)),
                net.jqwik.api.Tuple.of(30, Arbitraries.of(Kind.REPLACE_LINE, Kind.INSERT_LINE, Kind.REPLACE_FIELD,
                        Kind.TRUNCATE, Kind.DROP_LINE, Kind.DOUBLE_LINE)));
        return Combinators.combine(Arbitraries.of(FILES), kinds, Arbitraries.integers().between(0, 100_000),
                Hostile.text()).as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 600)
    void hostile_organisation_files_load_or_are_refused_with_coded_violations_naming_the_file(
            @ForAll("edits") List<Edit> edits) {
        Map<String, String> files = new HashMap<>(SAMPLE);
        for (Edit edit : edits) {
            files.put(edit.file(), edit.apply(files.get(edit.file())));
        }
        Hostile.Verdict verdict = Hostile.judge(() -> CsvOrganisationDirectory.parse("hostile", files::get));
        if (verdict == Hostile.Verdict.REFUSED_WITH_CODE) {
            try {
                CsvOrganisationDirectory.parse("hostile", files::get);
            } catch (ComplaintKitException e) {
                assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_ORGANISATION),
                        e::getMessage);
                assertTrue(e.violations().stream().allMatch(v -> FILES.stream().anyMatch(
                        f -> v.path().contains(f) || v.message().contains(f))), () -> "names the file: "
                        + e.getMessage());
            }
        }
        Statistics.label("verdict").collect(verdict);
    }

    @Property(tries = 1)
    void the_sample_files_load_as_they_are() {
        assertEquals(Hostile.Verdict.ACCEPTED,
                Hostile.judge(() -> CsvOrganisationDirectory.parse("sample", SAMPLE::get)));
    }
}
