package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.testkit.Soak;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The soak on PostgreSQL: two nodes, each an engine on one shared pool of the embedded server, commands from four
 * threads, sweeps and deliveries on both nodes. Its length comes from the build (a few seconds; ten minutes with
 * -Psoak).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresSoakTest {

    @Test
    void concurrent_commands_sweeps_and_deliveries_on_two_nodes_break_no_invariant() throws InterruptedException {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        Duration length = Duration.ofSeconds(Long.getLong("complaintkit.soak.seconds", 6));
        long commands = Long.getLong("complaintkit.soak.commands", 20_000);
        Soak.Report report = Soak.run("PostgreSQL", JdbcComplaintStore.of(db), length, commands, 60, 4);
        System.out.println(report.line());
        assertEquals(List.of(), report.problems());
        assertTrue(report.applied() > 100, report.line());
    }
}
