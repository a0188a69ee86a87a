package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.RuleMatch;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.spi.storage.codec.StoredType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A class assignment's secondary class (a second grievance) is written the same way: a classification without one
 * keeps its old bytes, one with it adds the member after the others.
 *
 * <p>A registration's headcount, added after registrations were stored, is written only when set: a registration
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
    void a_class_assignments_secondary_and_its_confidence_are_written_only_when_set() {
        assertEquals(Set.of("modelConfidence", "secondary"), StoredType.writtenWhenSet(ClassAssignment.class));
        assertEquals(Set.of("modelConfidence"), StoredType.writtenWhenSet(SecondaryClass.class));
    }

    @Test
    void a_classification_without_a_secondary_is_stored_as_before_and_reads_back_without_one() {
        ComplaintClassified without = (ComplaintClassified) StoredFormSamples.of(ComplaintClassified.class);
        String stored = EventCodec.encode(without);
        assertFalse(stored.contains("secondary"), stored);
        ComplaintClassified read = (ComplaintClassified) EventCodec.decode(stored);
        assertEquals(without, read);
        assertTrue(read.result().classes().get(0).secondaryClass().isEmpty());
        assertEquals(stored, EventCodec.encode(read));
    }

    @Test
    void a_classification_with_a_secondary_adds_it_after_the_old_members_and_reads_back() {
        ComplaintClassified sample = (ComplaintClassified) StoredFormSamples.of(ComplaintClassified.class);
        ClassAssignment primary = ClassAssignment.decided("seed.matter", "2024", "irregular-fees", "rules",
                List.of(new RuleMatch("matter.fees", 70, List.of("\"手续费\""))), "rule matter.fees");
        ClassAssignment byRules = primary.withSecondary(SecondaryClass.byRules("service-attitude", "rules",
                List.of(new RuleMatch("matter.attitude", 60, List.of("\"态度\""))), "a clause of its own"));
        ClassAssignment byModel = primary.withConfidence(0.71).withSecondary(SecondaryClass.byModel("business-error",
                "embeddings", 0.23456, "runner-up"));
        ComplaintClassified with = new ComplaintClassified(sample.header(), sample.classifier(),
                new ClassificationResult(List.of(byRules), sample.result().flags(), sample.result().priority(),
                        sample.result().priorityBecause()), sample.modelVersion());
        ComplaintClassified withModel = new ComplaintClassified(sample.header(), sample.classifier(),
                new ClassificationResult(List.of(byModel), sample.result().flags(), sample.result().priority(),
                        sample.result().priorityBecause()), sample.modelVersion());
        String stored = EventCodec.encode(with);
        assertTrue(stored.contains("\"decidedBy\":\"rule matter.fees\",\"secondary\":{\"code\":\"service-attitude\","
                + "\"source\":\"rules\",\"fired\":[{\"ruleId\":\"matter.attitude\",\"priority\":60,\"evidence\":"
                + "[\"\\\"态度\\\"\"]}],\"decidedBy\":\"a clause of its own\"}}"), stored);
        assertEquals(with, EventCodec.decode(stored));
        assertTrue(EventCodec.isCanonical(stored));
        String storedModel = EventCodec.encode(withModel);
        assertTrue(storedModel.contains("\"modelConfidence\":\"0.7100\",\"secondary\":{\"code\":\"business-error\","
                + "\"source\":\"embeddings\",\"fired\":[],\"decidedBy\":\"runner-up\",\"modelConfidence\":\"0.2346\"}"),
                storedModel);
        ComplaintClassified readModel = (ComplaintClassified) EventCodec.decode(storedModel);
        assertEquals(withModel, readModel);
        assertEquals(0.2346, readModel.result().secondaryIn("seed.matter").orElseThrow().confidence().orElseThrow(),
                1e-9);
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
