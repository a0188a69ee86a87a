package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.engine.ComplaintCaps;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.OutboxStatus;
import org.junit.jupiter.api.Test;

/**
 * The trial of issue 26 (finding 13): a sweep lease of batch size 0 threw a plain IllegalArgumentException. Bad
 * arguments a host passes to the store's leases and batches and to the engine's builder are refused with the
 * library's coded exception, every violation listed.
 */
class HostArgumentsAreCodedTest {
    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void aSweepLeaseOfBatchSizeZeroIsRefusedWithTheOutOfRangeCode() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> store.leaseDue(NOW, NOW.plusSeconds(60), 0));
        assertEquals(List.of(ErrorCode.OUT_OF_RANGE), refused.violations().stream().map(Violation::code).toList());
        assertEquals(List.of("limit"), paths(refused));
        assertThrows(InvalidInputException.class, () -> store.leaseDue(NOW, NOW.plusSeconds(60),
                ComplaintQuery.MAX_LIMIT + 1));
    }

    @Test
    void aLeaseThatEndsBeforeItStartsWithABadBatchSizeListsBothViolations() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> store.leaseOutbox(NOW, NOW, -1));
        assertEquals(List.of("until", "limit"), paths(refused));
        assertEquals(List.of(ErrorCode.OUT_OF_RANGE, ErrorCode.OUT_OF_RANGE),
                refused.violations().stream().map(Violation::code).toList());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> store.leaseDue(null, null, 0));
        assertEquals(List.of(ErrorCode.REQUIRED, ErrorCode.REQUIRED, ErrorCode.OUT_OF_RANGE),
                missing.violations().stream().map(Violation::code).toList());
    }

    @Test
    void aPageOrPurgeBatchOutOfRangeIsRefusedWithTheOutOfRangeCode() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        assertEquals(ErrorCode.OUT_OF_RANGE, assertThrows(InvalidInputException.class,
                () -> store.outboxByStatus(OutboxStatus.PENDING, "", 0)).code());
        assertEquals(ErrorCode.OUT_OF_RANGE, assertThrows(InvalidInputException.class,
                () -> store.purgeCommands(NOW, 0)).code());
    }

    @Test
    void capsThatAreNotPositiveAreRefusedListingEachCap() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new ComplaintCaps(0, 0));
        assertEquals(List.of("maxEvents", "maxStoredBytes"), paths(refused));
        assertEquals(ErrorCode.OUT_OF_RANGE, refused.code());
    }

    @Test
    void aNegativeHistoryCacheOrHorizonThresholdIsRefusedWithTheOutOfRangeCode() {
        assertEquals(List.of("historyCache"), paths(assertThrows(InvalidInputException.class,
                () -> ComplaintEngine.builder().historyCache(-1))));
        assertEquals(List.of("horizonWarningDays"), paths(assertThrows(InvalidInputException.class,
                () -> ComplaintEngine.builder().horizonWarningDays(-1))));
    }
}
