package org.complaintkit.store.jdbc;

import org.complaintkit.testkit.PostgresPlatform;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.RetentionContract;

/** The retention purge on the JDBC store on embedded PostgreSQL, where the machine has its binaries. */
class PostgresRetentionTest extends RetentionContract {
    @Override
    protected ComplaintStore newStore() {
        assumeTrue(!(PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip),
                "no embedded PostgreSQL on this machine");
        Databases.wipe(Databases.postgres());
        return JdbcComplaintStore.of(Databases.postgres());
    }
}
