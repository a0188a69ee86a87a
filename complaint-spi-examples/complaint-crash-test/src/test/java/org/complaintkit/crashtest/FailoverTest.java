package org.complaintkit.crashtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.complaintkit.store.jdbc.FailoverBinaries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Failover to a synchronous standby (issue 27 item 8, docs/reliability.md "Failover"): two nodes write and sweep
 * through the multi-host URL; a report read from the standby equals the primary's; the primary is killed with SIGKILL
 * and the standby promoted; the nodes carry on on it by themselves. No acknowledged command is lost, chains verify, no
 * clock record is doubled, no notice is lost, no lease is stuck. Seconds before and after the kill: property
 * complaintkit.failover.seconds (bounded in every build, long with -Psoak). Figures in target/failover/summary.txt.
 */
class FailoverTest {
    @Test
    void theNodesCarryOnOnThePromotedStandbyWithoutLosingAnAcknowledgedCommand()
            throws IOException, InterruptedException, SQLException {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"),
                "the failover test kills the primary with SIGKILL and finds the binaries through /proc: Linux only");
        int seconds = Integer.getInteger("complaintkit.failover.seconds", 6);
        long seed = Long.getLong("complaintkit.failover.seed", 8L);
        Path dir = Path.of("target", "failover").toAbsolutePath();
        FailoverRun run = new FailoverRun(FailoverBinaries.directory(), dir.resolve("pg"), seed, seconds * 1_000L,
                seconds * 1_000L);
        FailoverRun.Figures figures = run.run();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.txt"), figures.line() + "\n" + figures.examples(),
                StandardCharsets.UTF_8);
        System.out.println(figures.line());
        System.out.print(figures.examples());
        assertTrue(figures.acknowledged() > 0, figures::line);
        assertTrue(figures.recoveryMillis() >= 0, () -> "no command was acknowledged after the kill: " + figures.line());
        assertTrue(figures.reportRows() > 0 && figures.reportMatches(), figures::line);
        assertEquals(0, figures.total(), () -> figures.line() + "\n" + figures.examples());
    }
}
