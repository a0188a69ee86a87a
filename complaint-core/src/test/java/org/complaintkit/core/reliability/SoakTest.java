package org.complaintkit.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Soak;
import org.junit.jupiter.api.Test;

/** The soak on the in-memory store; its length comes from the build (a few seconds, ten minutes with -Psoak). */
class SoakTest {

    @Test
    void concurrent_commands_sweeps_and_deliveries_on_two_nodes_break_no_invariant() throws InterruptedException {
        Duration length = Duration.ofSeconds(Long.getLong("complaintkit.soak.seconds", 6));
        long commands = Long.getLong("complaintkit.soak.commands", 20_000);
        Soak.Report report = Soak.run("in-memory", new InMemoryComplaintStore(), length, commands, 60, 4);
        System.out.println(report.line());
        assertEquals(List.of(), report.problems());
        assertTrue(report.applied() > 200, report.line());
        assertTrue(report.conflicts() + report.replays() > 0, "the workers met: " + report.line());
    }
}
