package org.complaintkit.store.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.ComplaintStoreContract;
import org.complaintkit.testkit.PostgresPlatform;

/**
 * The JDBC store on a real PostgreSQL server passes the conformance kit. The kit runs on jqwik, which counts a
 * JUnit assumption as a rejected try, so the machine check is a jqwik skip hook here.
 */
@AddLifecycleHook(PostgresStoreConformanceTest.PostgresOnThisMachine.class)
class PostgresStoreConformanceTest extends ComplaintStoreContract {
    @Override
    protected ComplaintStore newStore() {
        Databases.wipe(Databases.postgres());
        return JdbcComplaintStore.of(Databases.postgres());
    }

    /** Skips the suite, saying why, on a machine without embedded PostgreSQL binaries. */
    static final class PostgresOnThisMachine implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip skip
                    ? SkipResult.skip(skip.reason())
                    : SkipResult.doNotSkip();
        }
    }
}
