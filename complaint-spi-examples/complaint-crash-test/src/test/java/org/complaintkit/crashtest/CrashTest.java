package org.complaintkit.crashtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.complaintkit.store.jdbc.CrashTestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real crash test (issue 27 item 2, docs/reliability.md "Crash test"): the engine on PostgreSQL in a child JVM,
 * killed with SIGKILL at least 50 times (500 with -Psoak, property complaintkit.crash.kills), restarted on the same
 * database each time; every invariant of {@link CrashChecker} is checked after each restart and after a final drain,
 * and must hold. The child's log and every problem found stay in target/crash-test.
 */
class CrashTest {
    @Test
    void everyInvariantHoldsAfterEverySigkillAndRestart() throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"),
                "the crash test kills its child with SIGKILL, which Process.destroyForcibly sends on Linux only");
        int kills = Integer.getInteger("complaintkit.crash.kills", 50);
        long seed = Long.getLong("complaintkit.crash.seed", 27L);
        String url = CrashTestDatabases.fresh("crash_run");
        // kept after the run: the child's log, its registration times, and every problem found (summary.txt)
        Path dir = Path.of("target", "crash-test");
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("child.log"));
        Files.deleteIfExists(dir.resolve("registrations.txt"));
        CrashRun run = new CrashRun(url, seed, 4, kills, dir);
        CrashRun.Summary summary = run.run();
        Files.writeString(dir.resolve("summary.txt"), summary.all(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("journal.txt"), run.journal(), StandardCharsets.UTF_8);
        System.out.println(summary.line());
        System.out.print(summary.examples());
        assertTrue(summary.kills() >= Math.min(kills, 50), summary::line);
        assertTrue(summary.acknowledged() > 0, summary::line);
        assertEquals(0, summary.total(), () -> summary.line() + "\n" + summary.examples());
    }
}
