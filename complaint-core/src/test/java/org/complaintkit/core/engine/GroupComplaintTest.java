package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GroupComplaintTest {
    final MutableClock clock = new MutableClock(Instant.parse("2025-09-29T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .classifier(RuleClassifier.standard()).groups(GroupDetector.standard(), "seed.matter").build();

    CommandResult register(String customer, Channel channel, String content) {
        return register(customer, channel, content, List.of(ComplaintSubject.product("PAYROLL")));
    }

    CommandResult register(String customer, Channel channel, String content, List<ComplaintSubject> subjects) {
        RegisterComplaint b = Fixtures.registration(clock.instant());
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return engine.execute(new RegisterComplaint(b.actor(), b.idempotencyKey(), who, channel, clock.instant(),
                b.receivingUnit(), subjects, Sensitive.of(content), b.request(), null));
    }

    /** Twenty product codes of the longest length an identifier may have: a valid registration. */
    static List<ComplaintSubject> longestProducts(char variant) {
        List<ComplaintSubject> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String prefix = "PAYROLL-" + variant + "-" + i + "-";
            out.add(ComplaintSubject.product(prefix + "X".repeat(64 - prefix.length())));
        }
        return out;
    }

    static ComplaintLinked link(List<org.complaintkit.api.event.ComplaintEvent> events) {
        return events.stream().filter(e -> e instanceof ComplaintLinked).map(e -> (ComplaintLinked) e).findFirst()
                .orElse(null);
    }

    @Test
    void the_third_customer_with_the_same_problem_forms_a_group_and_every_member_is_linked_and_flagged() {
        ComplaintId a = register("CIF1", Channel.PHONE, "工资没到账").complaintId();
        clock.advance(Duration.ofHours(1));
        CommandResult second = register("CIF2", Channel.PHONE, "我们的工资还没到账");
        assertNull(link(second.events()), "two customers are not a group");
        clock.advance(Duration.ofHours(1));
        CommandResult third = register("CIF3", Channel.PHONE, "代发工资迟迟没到账");
        ComplaintLinked group = link(third.events());
        assertEquals(ComplaintLinked.Kind.GROUP, group.kind());
        assertEquals(List.of(a, second.complaintId()), group.others());
        for (ComplaintId member : List.of(a, second.complaintId(), third.complaintId())) {
            assertTrue(engine.hostReads().classification(member).orElseThrow().flagSet().contains(ComplaintFlag.GROUP), member.value());
        }
        assertEquals("system:group-detector", link(engine.hostReads().history(a)).actor().staffId().value());
    }

    @Test
    void complaints_with_twenty_of_the_longest_product_codes_register_and_still_form_a_group() {
        List<ComplaintSubject> products = longestProducts('A');
        ComplaintId a = register("CIF1", Channel.PHONE, "工资没到账", products).complaintId();
        clock.advance(Duration.ofMinutes(10));
        CommandResult second = register("CIF2", Channel.PHONE, "我们的工资还没到账", products);
        clock.advance(Duration.ofMinutes(10));
        CommandResult third = register("CIF3", Channel.PHONE, "代发工资迟迟没到账", products);
        assertEquals(List.of(a, second.complaintId()), link(third.events()).others());
        assertNull(link(register("CIF4", Channel.PHONE, "工资没到账", longestProducts('B')).events()),
                "other products are another problem, however long the codes");
    }

    @Test
    void twenty_in_person_make_a_major_complaint_and_another_problem_is_not_part_of_the_group() {
        List<CommandResult> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(register("CIF" + i, Channel.VISIT, "系统升级后工资没到账"));
        }
        assertEquals(ComplaintLinked.Kind.MAJOR_GROUP, link(results.get(19).events()).kind());
        assertEquals(ComplaintLinked.Kind.GROUP, link(results.get(2).events()).kind(), "a group from the third visit on");
        assertTrue(engine.hostReads().classification(results.get(19).complaintId()).orElseThrow().flagSet().contains(ComplaintFlag.MAJOR));
        assertNull(link(register("CIF99", Channel.VISIT, "柜员态度恶劣").events()));
    }

    CommandResult jointVisit(String customer, Integer headcount) {
        RegisterComplaint b = Fixtures.registration(clock.instant());
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return engine.execute(new RegisterComplaint(b.actor(), b.idempotencyKey(), who, Channel.VISIT, clock.instant(),
                b.receivingUnit(), List.of(ComplaintSubject.product("PAYROLL")), Sensitive.of("系统升级后工资没到账"),
                b.request(), null, null, false, null, headcount));
    }

    @Test
    void a_joint_visit_registered_once_with_a_headcount_of_twenty_is_a_major_complaint() {
        CommandResult joint = jointVisit("CIF-JOINT", 20);
        ComplaintLinked link = link(joint.events());
        assertEquals(ComplaintLinked.Kind.MAJOR_GROUP, link.kind(), "Art. 29 counts people, not registrations");
        assertEquals(List.of(), link.others(), "the joint visit makes the group by itself");
        assertTrue(engine.hostReads().classification(joint.complaintId()).orElseThrow().flagSet()
                .contains(ComplaintFlag.MAJOR));
        assertEquals(20, engine.hostReads().history(joint.complaintId()).stream()
                .filter(e -> e instanceof org.complaintkit.api.event.ComplaintRegistered).map(e ->
                        ((org.complaintkit.api.event.ComplaintRegistered) e).registration().people()).findFirst()
                .orElseThrow());
    }

    @Test
    void a_joint_visit_of_nineteen_is_a_group_but_not_major_and_one_more_visitor_makes_it_major() {
        assertEquals(ComplaintLinked.Kind.GROUP, link(jointVisit("CIF-J1", 19).events()).kind());
        clock.advance(Duration.ofHours(1));
        CommandResult one = jointVisit("CIF-J2", null);
        assertEquals(ComplaintLinked.Kind.MAJOR_GROUP, link(one.events()).kind(), "19 + 1 in person");
    }

    @Test
    void a_headcount_outside_one_to_the_maximum_is_refused_coded_and_nothing_is_stored() {
        for (int bad : new int[] {0, -3, org.complaintkit.api.complaint.Registration.MAX_HEADCOUNT + 1}) {
            org.complaintkit.api.error.InvalidInputException refused = assertThrows(
                    org.complaintkit.api.error.InvalidInputException.class, () -> jointVisit("CIF-BAD", bad));
            assertTrue(refused.violations().stream().anyMatch(v -> v.code()
                    == org.complaintkit.api.error.ErrorCode.HEADCOUNT_OUT_OF_RANGE && v.path().equals("headcount")),
                    refused.getMessage());
        }
        assertEquals(0, engine.hostReads().query(org.complaintkit.spi.storage.ComplaintQuery.all(10)).ids().size());
    }
}
