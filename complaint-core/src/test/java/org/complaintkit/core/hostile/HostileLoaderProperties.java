package org.complaintkit.core.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.ICalendarImport;
import org.complaintkit.core.classification.RuleFile;
import org.complaintkit.core.classification.SchemeMappings;
import org.complaintkit.core.classification.Taxonomies;
import org.complaintkit.core.classification.TaxonomyFile;
import org.complaintkit.core.notification.NoticeTemplates;
import org.complaintkit.core.routing.Router;
import org.complaintkit.testkit.Hostile;
import org.complaintkit.testkit.HostileEdit;

/**
 * Every loader of a host's files (calendars, iCalendar feeds, taxonomies, rules, scheme mappings, notice templates,
 * routes) fed a real file with hostile edits: lines replaced, inserted, cut, doubled, dropped, a field swapped for a
 * hostile value, a megabyte line. Each file loads or is refused with coded violations naming the file.
 */
class HostileLoaderProperties {

    /** A loader, the name it is given, and a well-formed file it loads. */
    enum Loader {
        CALENDAR("/org/complaintkit/core/calendar/cn-mainland-2024-2026.calendar", CalendarFile::parse),
        ICALENDAR(null, (name, text) -> ICalendarImport.read(name, text, ICalendarImport.Markers.CHINESE_SUMMARY)),
        TAXONOMY("/org/complaintkit/core/classification/seed-type.taxonomy", TaxonomyFile::parse),
        RULES("/org/complaintkit/core/classification/default.rules",
                (name, text) -> RuleFile.parse(name, text, Taxonomies.bundled().schemes())),
        MAPPINGS("/org/complaintkit/core/classification/default.mappings",
                (name, text) -> SchemeMappings.parse(name, text, Taxonomies.bundled().schemes())),
        TEMPLATES("/org/complaintkit/core/notification/notices-zh-CN.templates", NoticeTemplates::parse),
        ROUTES("/org/complaintkit/core/routing/default.routes", Router::parse);

        final String sample;
        final BiConsumer<String, String> load;

        Loader(String resource, BiConsumer<String, String> load) {
            this.sample = resource == null ? FEED : read(resource);
            this.load = load;
        }
    }

    static final String FEED = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bank//holidays//CN",
            "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20250128", "DTEND;VALUE=DATE:20250205", "SUMMARY:春节 休",
            "END:VEVENT", "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20250126", "SUMMARY:春节调休 ", " 班",
            "END:VEVENT", "END:VCALENDAR", "");

    private static String read(String resource) {
        try (InputStream in = HostileLoaderProperties.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<HostileEdit>> edits() {
        return HostileEdit.any().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1_400)
    void a_hostile_file_loads_or_is_refused_with_coded_violations_naming_it(@ForAll Loader loader,
                                                                         @ForAll("edits") List<HostileEdit> edits) {
        String text = loader.sample;
        for (HostileEdit edit : edits) {
            text = edit.apply(text);
        }
        String name = "bank-" + loader.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
        String file = text;
        Hostile.Verdict verdict = Hostile.judge(() -> loader.load.accept(name, file));
        if (verdict == Hostile.Verdict.REFUSED_WITH_CODE) {
            try {
                loader.load.accept(name, file);
            } catch (ComplaintKitException e) {
                assertTrue(e.getMessage().contains(name) || e.violations().stream().allMatch(
                        v -> v.path().contains(name) || v.message().contains(name)),
                        () -> "the refusal names the file: " + e.getMessage());
            }
        }
        Statistics.label("loader").collect(loader);
        Statistics.label("verdict").collect(verdict);
    }

    @Property(tries = 7)
    void every_sample_file_loads_as_it_is(@ForAll Loader loader) {
        assertTrue(Hostile.judge(() -> loader.load.accept("sample", loader.sample)) == Hostile.Verdict.ACCEPTED);
    }
}
