package org.complaintkit.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintStore;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A run stopped abruptly after one of its commands (as a process killed right after that command's commit), then
 * run again on the same store with the same seed and keys, reports exactly what a run that never stopped reports
 * (issue 27 item 1).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoResumeTest {
    static final long SEED = 5;
    static final int COMPLAINTS = 80;

    @TempDir
    Path dir;

    static String report(BankDay.Result result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Summary(result).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String cleanReport() {
        return report(new BankDay(new InMemoryComplaintStore(), SEED, COMPLAINTS).run(share -> { }));
    }

    @ParameterizedTest(name = "stopped after command {0}")
    @ValueSource(ints = {1, 95, 400, 1200})
    void a_run_stopped_after_any_command_and_resumed_on_the_same_store_reports_what_an_uncrashed_run_reports(
            int stopAfter) {
        ComplaintStore store = new InMemoryComplaintStore();
        BankDay.Stopped stopped = assertThrows(BankDay.Stopped.class,
                () -> new BankDay(store, SEED, COMPLAINTS).stopAfter(stopAfter).run(share -> { }));
        assertTrue(stopped.getMessage().endsWith(" " + stopAfter));
        String resumed = report(new BankDay(store, SEED, COMPLAINTS).run(share -> { }));
        assertEquals(cleanReport(), resumed);
    }

    @Test
    void a_store_that_holds_another_run_is_not_resumed() {
        ComplaintStore store = new InMemoryComplaintStore();
        assertThrows(BankDay.Stopped.class,
                () -> new BankDay(store, SEED, COMPLAINTS).stopAfter(50).run(share -> { }));
        assertThrows(StoreException.class,
                () -> new BankDay(store, SEED + 1, COMPLAINTS).run(share -> { }), "another seed, other commands");
    }

    @Test
    void the_command_line_resumes_a_run_on_h2_and_prints_the_same_report() {
        Path file = dir.resolve("db").resolve("bank");
        DemoTest.Run first = DemoTest.run("--complaints", "60", "--seed", "3", "--store", "h2:" + file, "--out",
                dir.resolve("first-run").toString());
        assertEquals(0, first.code(), first.err());
        DemoTest.Run again = DemoTest.run("--complaints", "60", "--seed", "3", "--store", "h2:" + file, "--resume",
                "--out", dir.resolve("resumed-run").toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(first.out().replace(dir.resolve("first-run").toString(), "OUT"),
                again.out().replace(dir.resolve("resumed-run").toString(), "OUT"));
        DemoTest.Run memory = DemoTest.run("--resume", "--out", dir.resolve("memory-run").toString());
        assertEquals(Demo.BAD_OPTIONS, memory.code(), "nothing to resume in memory");
    }
}
