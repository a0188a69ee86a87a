package org.complaintkit.store.jdbc;

import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.ComplaintStoreContract;

/** The JDBC store on a real PostgreSQL server passes the conformance kit. */
class PostgresStoreConformanceTest extends ComplaintStoreContract {
    @Override
    protected ComplaintStore newStore() {
        Databases.wipe(Databases.postgres());
        return JdbcComplaintStore.of(Databases.postgres());
    }
}
