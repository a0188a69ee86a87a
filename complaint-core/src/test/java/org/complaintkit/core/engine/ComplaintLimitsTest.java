package org.complaintkit.core.engine;

import static org.complaintkit.testkit.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.RecordNewFacts;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Realistic limits on what one registration and one complaint may hold: a name of 200,000 characters is no
 * name, and a complaint that grows without end exhausts whoever reads it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintLimitsTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();

    private ComplaintEngine engine(ComplaintCaps caps) {
        return ComplaintEngine.builder().clock(clock).store(store).complaintCaps(caps).build();
    }

    private RegisterComplaint registrationOf(String name, String phone) {
        RegisterComplaint usual = registration(clock.instant());
        return new RegisterComplaint(usual.actor(), key(), Complainant.of(CustomerRef.of("CIF1"), Sensitive.of(name),
                ContactPoint.of(ContactMethod.POST, phone)), usual.channel(), usual.receivedAt(), usual.receivingUnit(),
                usual.subjects(), usual.content(), usual.request(), null);
    }

    @Test
    void a_name_of_two_hundred_thousand_characters_and_an_overlong_address_are_refused_with_coded_violations() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.execute(registrationOf("名".repeat(200_000), "路".repeat(ContactPoint.MAX_ADDRESS_LENGTH + 1))));
        assertEquals(List.of("CMP-1003 complainant.contact.address", "CMP-1003 complainant.name"),
                e.violations().stream().map(v -> v.code().code() + " " + v.path()).sorted().toList());
        assertTrue(e.violations().stream().map(Violation::message).allMatch(m -> !m.contains("名") && !m.contains("路")));
        assertEquals(0, store.size(), "nothing stored");
    }

    @Test
    void a_name_and_an_address_at_their_limits_are_accepted_counting_characters_not_utf16_units() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).build();
        String rareName = "\uD840\uDC00".repeat(Complainant.MAX_NAME_LENGTH);   // 100 characters outside the BMP
        engine.execute(registrationOf(rareName, "路".repeat(ContactPoint.MAX_ADDRESS_LENGTH)));
        assertThrows(InvalidInputException.class,
                () -> engine.execute(registrationOf("名".repeat(Complainant.MAX_NAME_LENGTH + 1), "路")));
        assertEquals(1, store.size());
    }

    @Test
    void a_command_that_would_pass_the_cap_on_events_is_refused_with_a_code_and_stores_nothing() {
        ComplaintEngine engine = engine(new ComplaintCaps(3, ComplaintCaps.DEFAULT.maxStoredBytes()));
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        engine.execute(AcceptComplaint.of(id, HANDLER, key()));
        engine.execute(RecordNewFacts.of(id, HANDLER, key(), Sensitive.of("the receipt")));
        StoreException e = assertThrows(StoreException.class,
                () -> engine.execute(RecordNewFacts.of(id, HANDLER, key(), Sensitive.of("one more"))));
        assertEquals(ErrorCode.COMPLAINT_CAP_REACHED, e.code());
        assertEquals(3, engine.hostReads().history(id).size());
    }

    @Test
    void a_command_that_would_pass_the_cap_on_stored_size_is_refused_and_a_smaller_one_still_fits() {
        ComplaintEngine probe = ComplaintEngine.builder().clock(clock).store(new InMemoryComplaintStore()).build();
        ComplaintId sample = probe.execute(registration(clock.instant())).complaintId();
        long registered = EventCodec.encode(probe.hostReads().history(sample).get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

        ComplaintEngine engine = engine(new ComplaintCaps(1_000, registered + 2_000));
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        StoreException e = assertThrows(StoreException.class,
                () -> engine.execute(RecordNewFacts.of(id, HANDLER, key(), Sensitive.of("事".repeat(1_000)))));
        assertEquals(ErrorCode.COMPLAINT_CAP_REACHED, e.code(), "3,000 bytes of UTF-8 do not fit in 2,000");
        assertFalse(e.getMessage().contains("事"));
        assertEquals(1, engine.hostReads().history(id).size());
        engine.execute(RecordNewFacts.of(id, HANDLER, key(), Sensitive.of("事".repeat(100))));
        assertEquals(2, engine.hostReads().history(id).size());
    }

    @Test
    void the_cap_counts_the_history_read_from_the_store_when_the_engine_has_not_cached_it() {
        ComplaintEngine writer = engine(new ComplaintCaps(1_000, 1_000_000));
        ComplaintId id = writer.execute(registration(clock.instant())).complaintId();
        writer.execute(RecordNewFacts.of(id, HANDLER, key(), Sensitive.of("事".repeat(3_000))));
        ComplaintEngine other = ComplaintEngine.builder().clock(clock).store(store).historyCache(0)
                .complaintCaps(new ComplaintCaps(1_000, 10_000)).build();
        StoreException e = assertThrows(StoreException.class,
                () -> other.execute(RecordNewFacts.of(id, HANDLER, key(), Sensitive.of("more"))));
        assertEquals(ErrorCode.COMPLAINT_CAP_REACHED, e.code());
    }

    @Test
    void past_the_cap_an_access_denial_is_still_refused_but_no_longer_stored() {
        ComplaintEngine engine = engine(new ComplaintCaps(2, ComplaintCaps.DEFAULT.maxStoredBytes()));
        ComplaintId id = engine.execute(registrationAbout(clock.instant(), ACCUSED_ID)).complaintId();
        CommandRefusedException first = assertThrows(CommandRefusedException.class, () -> engine.view(id, ACCUSED));
        assertEquals(ErrorCode.RECUSAL, first.code());
        assertEquals(2, engine.hostReads().history(id).size(), "the first denial is on the record");
        CommandRefusedException second = assertThrows(CommandRefusedException.class, () -> engine.view(id, ACCUSED));
        assertEquals(ErrorCode.RECUSAL, second.code(), "the caller is refused as before");
        assertEquals(2, engine.hostReads().history(id).size(), "a flood of denials cannot grow the complaint past its cap");
    }

    @Test
    void caps_must_be_positive_and_the_defaults_are_sane() {
        assertThrows(InvalidInputException.class, () -> new ComplaintCaps(0, 1));
        assertThrows(InvalidInputException.class, () -> new ComplaintCaps(1, 0));
        assertEquals(10_000, ComplaintCaps.DEFAULT.maxEvents());
        assertEquals(16L * 1024 * 1024, ComplaintCaps.DEFAULT.maxStoredBytes());
    }
}
