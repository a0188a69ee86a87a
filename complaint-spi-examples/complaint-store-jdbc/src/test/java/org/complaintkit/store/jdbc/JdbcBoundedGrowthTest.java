package org.complaintkit.store.jdbc;

import org.complaintkit.testkit.PostgresPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.testkit.RetentionSoak;
import org.junit.jupiter.api.Test;

/**
 * Issue 27 item 7 on the JDBC store: with the purge running daily, the outbox, the command records and the complaints
 * stay within (retention + 1 day) of their busiest day's growth. Forty simulated days in the build; a year with
 * -Psoak.
 */
class JdbcBoundedGrowthTest {
    private static final boolean SOAK = Long.getLong("complaintkit.soak.seconds", 6) >= 60;

    private static void check(RetentionSoak.Report report) {
        System.out.println(report.line());
        assertEquals(List.of(), report.problems());
        assertTrue(report.peakOutbox() <= report.outboxBound(), report.line());
        assertTrue(report.peakCommands() <= report.commandBound(), report.line());
        assertTrue(report.peakComplaints() <= report.complaintBound(), report.line());
        assertTrue(report.commands() > 3 * report.commandBound(), report.line());
    }

    @Test
    void onH2TheTablesStayWithinTheirStatedBound() {
        DataSource db = Databases.h2();
        check(RetentionSoak.run("H2", JdbcComplaintStore.of(db), SOAK ? 365 : 40, SOAK ? 40 : 8));
    }

    @Test
    void onPostgresqlTheTablesStayWithinTheirStatedBound() {
        assumeTrue(!(PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip),
                "no embedded PostgreSQL on this machine");
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        check(RetentionSoak.run("PostgreSQL", JdbcComplaintStore.of(db), SOAK ? 365 : 40, SOAK ? 40 : 8));
    }
}
