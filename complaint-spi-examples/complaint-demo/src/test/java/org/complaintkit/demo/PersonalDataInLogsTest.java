package org.complaintkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole demo in a JVM of its own with every logger at DEBUG, captures everything it prints and logs,
 * and looks for the customers' personal data in it: no name, phone number or customer number, and no
 * complaint text, may appear in the log; no name, phone or customer number in the report, the HTML page or
 * the CSV files either.
 */
class PersonalDataInLogsTest {
    @TempDir
    Path dir;

    @Test
    void a_full_demo_run_at_debug_logs_and_prints_no_personal_data() throws Exception {
        String[] args = {"--complaints", "80", "--seed", "11", "--out", dir.resolve("out").toString()};
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-Dorg.slf4j.simpleLogger.logFile=System.err", Demo.class.getName(), args[0], args[1], args[2],
                args[3], args[4], args[5]).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(demo.waitFor(120, TimeUnit.SECONDS), "the demo finishes");
        assertEquals(0, demo.exitValue(), Files.readString(err));
        String log = Files.readString(err, StandardCharsets.UTF_8);
        long debugLines = log.lines().filter(line -> line.contains("DEBUG")).count();
        assertTrue(debugLines > 500, "the run logged at DEBUG: " + debugLines + " lines");

        // The same seed again, in this JVM, to learn what personal data the demo's customers gave.
        BankDay.Result result = new BankDay(new InMemoryComplaintStore(), 11, 80).run(share -> { });
        Set<String> personal = new TreeSet<>();
        Set<String> texts = new TreeSet<>();
        result.store().scan(ComplaintQuery.all(500), history -> {
            ComplaintEvent first = history.get(0);
            var registration = ((ComplaintRegistered) first).registration();
            personal.add(registration.complainant().name().reveal());
            personal.add(registration.complainant().contact().address().reveal());
            personal.add(registration.complainant().customer().value());
            texts.add(registration.content().reveal());
        });
        assertTrue(personal.size() > 100, "names, phones and customer numbers to look for: " + personal.size());

        List<String> printed = new ArrayList<>();
        printed.add(Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                printed.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        for (String value : personal) {
            assertTrue(!log.contains(value), "the log shows personal data");
            for (String document : printed) {
                assertTrue(!document.contains(value), "the report, page or CSV shows personal data");
            }
        }
        for (String text : texts) {
            assertTrue(!log.contains(text), "the log shows a complaint's text");
        }
        System.out.println("personal-data check: " + personal.size() + " names, phones and customer numbers and "
                + texts.size() + " complaint texts looked for in " + log.lines().count() + " log lines (" + debugLines
                + " at DEBUG) and " + printed.size() + " printed documents: none found");
    }
}
