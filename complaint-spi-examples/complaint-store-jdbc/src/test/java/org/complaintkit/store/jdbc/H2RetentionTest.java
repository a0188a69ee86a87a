package org.complaintkit.store.jdbc;

import javax.sql.DataSource;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.RetentionContract;

/** The retention purge on the JDBC store on H2. */
class H2RetentionTest extends RetentionContract {
    private static DataSource database;

    @Override
    protected ComplaintStore newStore() {
        synchronized (H2RetentionTest.class) {
            if (database == null) {
                database = Databases.h2();
            }
        }
        Databases.wipe(database);
        return JdbcComplaintStore.of(database);
    }
}
