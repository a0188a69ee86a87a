package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.complaintkit.testkit.Hostile;
import org.complaintkit.testkit.HostileEdit;

/**
 * The sample bank's four organisation files with hostile edits ({@link HostileEdit}, or a file left out): each set loads, or is refused with coded violations
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

    /** A hostile edit of one of the files, or the file left out. */
    record FileEdit(String file, HostileEdit edit, boolean missing) {
        String apply(String text) {
            return missing || text == null ? null : edit.apply(text);
        }

        @Override
        public String toString() {
            return file + (missing ? " missing" : " " + edit);
        }
    }

    @Provide
    Arbitrary<List<FileEdit>> edits() {
        return Combinators.combine(Arbitraries.of(FILES), HostileEdit.any(), Arbitraries.integers().between(0, 30))
                .as((file, edit, n) -> new FileEdit(file, edit, n == 0)).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 600)
    void hostile_organisation_files_load_or_are_refused_with_coded_violations_naming_the_file(
            @ForAll("edits") List<FileEdit> edits) {
        Map<String, String> files = new HashMap<>(SAMPLE);
        for (FileEdit edit : edits) {
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
