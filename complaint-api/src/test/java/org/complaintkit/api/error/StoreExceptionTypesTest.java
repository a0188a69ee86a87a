package org.complaintkit.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoreExceptionTypesTest {

    @Test
    void an_unknown_complaint_is_a_complaint_not_found_exception_and_still_a_store_exception() {
        StoreException e = StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint C-1");
        assertEquals(ComplaintNotFoundException.class, e.getClass());
        assertEquals(ErrorCode.COMPLAINT_NOT_FOUND, e.code());
    }

    @Test
    void a_store_that_cannot_be_reached_is_a_store_unavailable_exception_that_keeps_its_cause() {
        RuntimeException cause = new RuntimeException("connection refused");
        StoreException e = StoreException.of(List.of(Violation.of(ErrorCode.STORE_UNAVAILABLE, "store")), cause);
        assertEquals(StoreUnavailableException.class, e.getClass());
        assertSame(cause, e.getCause());
        assertInstanceOf(StoreUnavailableException.class,
                StoreException.of(ErrorCode.STORE_UNAVAILABLE, "store", "the database cannot be reached"));
    }

    @Test
    void a_not_found_with_a_cause_keeps_the_cause() {
        RuntimeException cause = new RuntimeException("row missing");
        StoreException e = StoreException.of(List.of(Violation.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId")), cause);
        assertEquals(ComplaintNotFoundException.class, e.getClass());
        assertSame(cause, e.getCause());
    }

    @Test
    void a_key_reused_for_another_command_or_other_content_is_an_idempotency_key_misused_exception() {
        for (ErrorCode code : List.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED)) {
            assertEquals(IdempotencyKeyMisusedException.class, StoreException.of(code, "idempotencyKey", "m").getClass());
            RuntimeException cause = new RuntimeException("unique violation");
            StoreException e = StoreException.of(List.of(Violation.of(code, "idempotencyKey")), cause);
            assertEquals(IdempotencyKeyMisusedException.class, e.getClass(), code.code());
            assertSame(cause, e.getCause());
        }
    }

    @Test
    void every_other_storage_code_stays_a_plain_store_exception() {
        for (ErrorCode code : List.of(ErrorCode.VERSION_CONFLICT,
                ErrorCode.DUPLICATE_COMPLAINT, ErrorCode.STORE_FAILURE)) {
            assertEquals(StoreException.class, StoreException.of(code, "path", "message").getClass(), code.code());
            assertEquals(StoreException.class,
                    StoreException.of(List.of(Violation.of(code, "path")), new RuntimeException()).getClass(), code.code());
        }
    }
}
