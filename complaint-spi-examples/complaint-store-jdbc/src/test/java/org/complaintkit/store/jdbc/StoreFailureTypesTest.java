package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.StoreUnavailableException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoreFailureTypesTest {

    @Test
    void a_database_that_cannot_be_reached_is_a_store_unavailable_exception() {
        SQLException lost = new SQLException("connection lost", "08006");
        StoreException e = JdbcComplaintStore.failure("append", lost);
        assertEquals(StoreUnavailableException.class, e.getClass());
        assertEquals(ErrorCode.STORE_UNAVAILABLE, e.code());
        assertSame(lost, e.getCause());
        assertEquals(StoreUnavailableException.class,
                JdbcComplaintStore.failure("load", new SQLTransientConnectionException("pool timed out")).getClass());
    }

    @Test
    void any_other_database_error_is_a_plain_store_failure() {
        StoreException e = JdbcComplaintStore.failure("append", new SQLException("disk full", "53100"));
        assertEquals(StoreException.class, e.getClass());
        assertEquals(ErrorCode.STORE_FAILURE, e.code());
    }
}
