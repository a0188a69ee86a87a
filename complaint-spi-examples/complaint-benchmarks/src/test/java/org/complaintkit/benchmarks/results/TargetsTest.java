package org.complaintkit.benchmarks.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets file against the benchmarks JMH generated and the page that shows the tables. */
class TargetsTest {

    @Test
    void everyTargetNamesABenchmarkJmhGeneratedWithItsParametersAndCounters() {
        List<Targets.Section> sections = Targets.standard();
        assertTrue(sections.stream().mapToInt(s -> s.targets().size()).sum() >= 30, "the targets were read");
        assertEquals(List.of(), Targets.unknown(sections, Targets.generated()));
    }

    @Test
    void aTargetNamingABenchmarkParameterValueOrCounterThatDoesNotExistIsFound() {
        List<Targets.Section> wrong = Targets.parse("wrong", """
                [wrong] Each line names something JMH did not generate
                no such benchmark | CalendarBenchmark.addSixteenWorkingDays[contender=complaintkit] | <= 1 us | a test
                no such parameter | CalendarBenchmark.workingDaysBetween[library=strata] | <= 1 us | a test
                no such value | CalendarBenchmark.workingDaysBetween[contender=joda] | <= 1 us | a test
                no such counter | CalendarTo2060Benchmark.indexTo2060:heapBytes | <= 1 MB | a test
                percentile of a single shot | CalendarTo2060Benchmark.buildTo2060:p99 | <= 1 s | a test
                a missing peer | CalendarTo2060Benchmark.buildTo2060 | <= 1 x NoSuchBenchmark.build | a test
                """);
        List<String> problems = Targets.unknown(wrong, Targets.generated());
        assertEquals(6, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("no benchmark CalendarBenchmark.addSixteenWorkingDays"), problems.get(0));
        assertTrue(problems.get(1).contains("no parameter library"), problems.get(1));
        assertTrue(problems.get(2).contains("runs [complaintkit, strata, objectlab], not joda"), problems.get(2));
        assertTrue(problems.get(3).contains("no counter heapBytes"), problems.get(3));
        assertTrue(problems.get(4).contains("a percentile of a benchmark in SingleShotTime mode"), problems.get(4));
        assertTrue(problems.get(5).contains("no benchmark NoSuchBenchmark.build"), problems.get(5));
    }

    @Test
    void everySectionHasItsMarkersInThePerformancePage() throws IOException {
        String page = Files.readString(Path.of("../../docs/performance.md"));
        List<String> markers = Comparison.markers(page);
        for (Targets.Section section : Targets.standard()) {
            assertTrue(markers.contains(section.key()), "no <!-- results:begin " + section.key() + " --> in the page");
        }
    }
}
