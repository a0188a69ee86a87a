package org.complaintkit.api.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.FlagAssignment;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.junit.jupiter.api.Test;

/** Policy conditions on flags, reasons for priority care and priority, and the facts the engine reads them from. */
class PolicyConditionTest {
    private static Registration registration(Vulnerability... reasons) {
        return Registration.builder(StaffId.of("S-1")).complainant(new Complainant(CustomerRef.of("CIF1"),
                        Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(reasons),
                        ContactPoint.of(ContactMethod.PHONE, "13900000000")))
                .channel(Channel.COUNTER).receivedAt(Instant.parse("2025-03-03T03:00:00Z"))
                .receivingUnit(UnitId.of("U-1")).subject(ComplaintSubject.product("CARD"))
                .content(Sensitive.of("排队太久")).request(Sensitive.of("道歉")).build();
    }

    private static ClassificationResult classified(Priority priority, ComplaintFlag... flags) {
        return new ClassificationResult(List.of(), List.of(flags).stream()
                .map(f -> new FlagAssignment(f, List.of())).toList(), priority, List.of());
    }

    @Test
    void aReasonForCareGivenAtRegistrationRaisesTheVulnerableFlagInTheFactsAsWorkQueuesIndexIt() {
        PolicyFacts pregnant = PolicyFacts.of(registration(Vulnerability.PREGNANT), Set.of());
        assertEquals(Set.of(ComplaintFlag.VULNERABLE), pregnant.flags());
        assertEquals(Set.of(Vulnerability.PREGNANT), pregnant.vulnerabilities());
        assertNull(pregnant.priority(), "not classified");
        assertTrue(PolicyCondition.always().withVulnerable().matches(pregnant));
        assertFalse(PolicyCondition.always().withVulnerable().matches(PolicyFacts.of(registration(), Set.of())));
    }

    @Test
    void theClassificationsFlagsAndPriorityJoinTheRegistrationsReasons() {
        PolicyFacts facts = PolicyFacts.of(registration(Vulnerability.ELDERLY),
                classified(Priority.HIGH, ComplaintFlag.MEDIA_THREAT));
        assertEquals(EnumSet.of(ComplaintFlag.MEDIA_THREAT, ComplaintFlag.VULNERABLE), facts.flags());
        assertEquals(Priority.HIGH, facts.priority());
        PolicyFacts byText = PolicyFacts.of(registration(), classified(Priority.NORMAL, ComplaintFlag.VULNERABLE));
        assertTrue(PolicyCondition.always().withVulnerable().matches(byText), "the classifier read it in the text");
        assertFalse(PolicyCondition.always().withVulnerabilities(Vulnerability.values()).matches(byText),
                "no reason was given at registration");
        assertEquals(PolicyFacts.of(registration(), Set.of()), PolicyFacts.of(registration(), (ClassificationResult) null),
                "an unclassified complaint reads the same either way");
    }

    @Test
    void flagsAndReasonsSelectOnAnyOneOfThemAndTheDimensionsMustAllHold() {
        PolicyFacts vipUrgent = PolicyFacts.of(registration(), classified(Priority.URGENT, ComplaintFlag.VIP));
        PolicyFacts vipHigh = PolicyFacts.of(registration(), classified(Priority.HIGH, ComplaintFlag.VIP));
        PolicyCondition vipOrVulnerable = PolicyCondition.always().withFlags(ComplaintFlag.VIP, ComplaintFlag.VULNERABLE);
        assertTrue(vipOrVulnerable.matches(vipHigh));
        assertTrue(vipOrVulnerable.matches(PolicyFacts.of(registration(Vulnerability.DISABLED), Set.of())));
        PolicyCondition urgentVip = PolicyCondition.always().withFlags(ComplaintFlag.VIP).withPriorities(Priority.URGENT);
        assertTrue(urgentVip.matches(vipUrgent));
        assertFalse(urgentVip.matches(vipHigh), "both conditions must hold");
        assertTrue(PolicyCondition.always().withVulnerabilities(Vulnerability.DISABLED, Vulnerability.PREGNANT)
                .matches(PolicyFacts.of(registration(Vulnerability.PREGNANT, Vulnerability.ELDERLY), Set.of())));
    }

    @Test
    void aPriorityConditionNeverSelectsAnUnclassifiedComplaint() {
        PolicyFacts unclassified = PolicyFacts.of(registration(Vulnerability.ELDERLY), Set.of());
        assertFalse(PolicyCondition.always().withPriorities(Priority.values()).matches(unclassified));
        assertTrue(PolicyCondition.always().matches(unclassified));
    }

    @Test
    void anEmptyListOfFlagsReasonsOrPrioritiesIsRefusedRatherThanReadAsAnything() {
        assertThrows(IllegalArgumentException.class, () -> PolicyCondition.always().withFlags());
        assertThrows(IllegalArgumentException.class, () -> PolicyCondition.always().withVulnerabilities());
        assertThrows(IllegalArgumentException.class, () -> PolicyCondition.always().withPriorities());
    }

    @Test
    void theOlderConstructorsStillMeanWhatTheyMeant() {
        PolicyCondition old = new PolicyCondition(Set.of(Channel.COUNTER), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());
        assertEquals(PolicyCondition.always().withChannels(Channel.COUNTER), old);
        assertEquals(Set.of(), old.flags());
        PolicyFacts facts = new PolicyFacts(Channel.COUNTER, Set.of(), Set.of(), null, CustomerSegment.ORDINARY, null);
        assertTrue(old.matches(facts));
        assertEquals(Set.of(), facts.flags());
        assertNull(facts.priority());
        assertEquals(old.withVulnerable(), old.withFlags(ComplaintFlag.VULNERABLE));
    }

    @Property(tries = 300)
    void aFlagConditionHoldsExactlyWhenTheFactsShareAFlagWithIt(@ForAll("flags") Set<ComplaintFlag> wanted,
                                                                  @ForAll("flags") Set<ComplaintFlag> raised) {
        PolicyFacts facts = new PolicyFacts(Channel.PHONE, Set.of(), Set.of(), null, CustomerSegment.ORDINARY, null,
                raised, Set.of(), Priority.NORMAL);
        boolean shared = raised.stream().anyMatch(wanted::contains);
        PolicyCondition condition = wanted.isEmpty() ? PolicyCondition.always()
                : PolicyCondition.always().withFlags(wanted.toArray(ComplaintFlag[]::new));
        assertEquals(wanted.isEmpty() || shared, condition.matches(facts));
    }

    @Provide
    Arbitrary<Set<ComplaintFlag>> flags() {
        return Arbitraries.of(ComplaintFlag.class).set().ofMaxSize(4);
    }
}
