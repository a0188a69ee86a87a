package org.complaintkit.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.RetentionSoak;
import org.junit.jupiter.api.Test;

/**
 * Issue 27 item 7 on the in-memory store: with the purge running daily, the outbox, the command records and the
 * complaints stay within (retention + 1 day) of their busiest day's growth, however long the run. Sixty simulated
 * days in the build (a second or two); a year with -Psoak.
 */
class BoundedGrowthTest {

    @Test
    void aLongRunWithTheDailyPurgeKeepsEveryTableWithinItsStatedBound() {
        boolean soak = Long.getLong("complaintkit.soak.seconds", 6) >= 60;
        int days = soak ? 365 : 60;
        RetentionSoak.Report report = RetentionSoak.run("in-memory", new InMemoryComplaintStore(), days, soak ? 40 : 12);
        System.out.println(report.line());
        assertEquals(List.of(), report.problems());
        assertTrue(report.peakOutbox() <= report.outboxBound(), report.line());
        assertTrue(report.peakCommands() <= report.commandBound(), report.line());
        assertTrue(report.peakComplaints() <= report.complaintBound(), report.line());
        assertTrue(report.commands() > 3 * report.commandBound(), "the run outlasts its bound several times over, "
                + "so without the purge the tables would be past it: " + report.line());
        assertTrue(report.replays() > 0, "resends within the command records' retention replay");
    }
}
