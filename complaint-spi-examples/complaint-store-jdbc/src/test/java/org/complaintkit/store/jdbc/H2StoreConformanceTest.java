package org.complaintkit.store.jdbc;

import javax.sql.DataSource;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.ComplaintStoreContract;

/** The JDBC store on H2, the embedded default, passes the conformance kit. */
class H2StoreConformanceTest extends ComplaintStoreContract {
    private static DataSource database;

    @Override
    protected ComplaintStore newStore() {
        synchronized (H2StoreConformanceTest.class) {
            if (database == null) {
                database = Databases.h2();
            }
        }
        Databases.wipe(database);
        return JdbcComplaintStore.of(database);
    }
}
