package org.complaintkit.spi.storage.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Stored text is input: the codec reads it under limits of depth, length and number of values, and a row past
 * one of them is a coded StoreException, never a StackOverflowError or an OutOfMemoryError.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredTextLimitsTest {

    private static String nested(int depth) {
        return "{\"@type\":\"ComplaintAccepted\",\"header\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    private static ErrorCode refusal(String text) {
        return assertThrows(StoreException.class, () -> EventCodec.decode(text)).code();
    }

    @Test
    void nesting_up_to_the_limit_is_parsed_and_one_level_more_is_refused_as_beyond_the_limits() {
        // At the limit the text parses and is refused only because it is no event.
        assertEquals(ErrorCode.STORE_FAILURE, refusal(nested(EventCodec.MAX_DEPTH)));
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS, refusal(nested(EventCodec.MAX_DEPTH + 1)));
    }

    @Test
    void nesting_a_million_levels_deep_is_a_coded_refusal_for_events_and_notifications() {
        String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS, refusal(deep));
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS,
                assertThrows(StoreException.class, () -> EventCodec.decodeNotification(deep)).code());
    }

    @Test
    void text_longer_than_the_limit_or_with_too_many_values_is_refused() {
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS,
                refusal("\"" + "x".repeat(EventCodec.MAX_TEXT_LENGTH) + "\""));
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS,
                refusal("[" + "[],".repeat(EventCodec.MAX_VALUES) + "[]]"));
    }

    @Test
    void what_the_codec_writes_still_reads_back() {
        Actor handler = Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ-FT"), Role.HANDLER);
        ComplaintAccepted event = new ComplaintAccepted(new EventHeader(ComplaintId.of("C-1"), 2,
                Instant.parse("2026-03-02T01:30:00Z"), handler));
        assertEquals(event, EventCodec.decode(EventCodec.encode(event)));
    }
}
