package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.spi.storage.codec.StoredType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A registration's headcount, added after registrations were stored, is written only when set: a registration
 * without one is stored byte for byte as before (the golden line and the frozen rows of
 * {@code StoredHistoryCompatibilityTest} hold that), and one with it adds exactly one member at the end.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WrittenWhenSetTest {

    @Test
    void the_headcount_is_the_only_component_written_only_when_set() {
        assertEquals(Set.of("headcount"), StoredType.writtenWhenSet(Registration.class));
    }

    @Test
    void a_registration_with_a_headcount_adds_it_after_the_golden_form_and_reads_back() {
        ComplaintRegistered without = (ComplaintRegistered) StoredFormSamples.of(ComplaintRegistered.class);
        assertNull(without.registration().headcount());
        String old = EventCodec.encode(without);
        assertFalse(old.contains("headcount"), "absent while null: " + old);
        Registration r = without.registration();
        ComplaintRegistered with = new ComplaintRegistered(without.header(), new Registration(r.complainant(),
                r.channel(), r.receivedAt(), r.receivingUnit(), r.subjects(), r.content(), r.request(),
                r.forwardedFrom(), r.firstContactOwner(), r.jurisdiction(), r.confidential(), 20));
        String stored = EventCodec.encode(with);
        assertEquals(old.replace("\"confidential\":true}", "\"confidential\":true,\"headcount\":20}"), stored);
        assertEquals(with, EventCodec.decode(stored));
        assertEquals(20, ((ComplaintRegistered) EventCodec.decode(stored)).registration().people());
        assertEquals(1, ((ComplaintRegistered) EventCodec.decode(old)).registration().people());
    }
}
