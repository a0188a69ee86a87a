package org.complaintkit.core.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 27's group-link reproduction: a registration that completes a group is committed, and its answer is lost
 * (the process died, or the connection broke) before the earlier members were linked. Before the fix, the resend
 * with the same key replayed the first result and never linked them: the earlier members stayed without the
 * GROUP flag while the newest named them. This test failed then; the replay and the sweep now finish the work
 * the registration recorded as pending in its own append.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GroupLinksAfterCrashTest {
    final MutableClock clock = new MutableClock(Instant.parse("2025-09-29T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    final CrashAfterCommit store = new CrashAfterCommit(new InMemoryComplaintStore());
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store)
            .classifier(RuleClassifier.standard()).groups(GroupDetector.standard(), "seed.matter")
            .repeats(new RepeatPolicy(Duration.ofDays(30), "seed.matter", RepeatPolicy.Action.LINK)).build();

    /** A store whose next registration's append is committed and then answered with a failure, once. */
    static final class CrashAfterCommit extends ForwardingStore {
        private boolean armed;

        CrashAfterCommit(InMemoryComplaintStore delegate) {
            super(delegate);
        }

        void crashAfterNextRegistration() {
            armed = true;
        }

        @Override
        public void append(AppendRequest request) {
            super.append(request);
            if (armed && request.command() != null && request.expectedVersion() == 0) {
                armed = false;
                throw StoreException.of(ErrorCode.STORE_UNAVAILABLE, "store", "the connection broke after the commit");
            }
        }
    }

    RegisterComplaint registration(String customer, String content) {
        RegisterComplaint b = Fixtures.registration(clock.instant());
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return new RegisterComplaint(b.actor(), b.idempotencyKey(), who, Channel.PHONE, clock.instant(),
                b.receivingUnit(), List.of(ComplaintSubject.product("PAYROLL")), Sensitive.of(content), b.request(),
                null);
    }

    boolean flaggedGroup(ComplaintId id) {
        return engine.hostReads().classification(id).orElseThrow().flagSet().contains(ComplaintFlag.GROUP);
    }

    long links(ComplaintId id) {
        return engine.hostReads().history(id).stream().filter(ComplaintLinked.class::isInstance).count();
    }

    /** Two earlier members, then the third registration, committed with its answer lost; returns all three. */
    Crashed twoEarlierAndACrashedThird() {
        ComplaintId a = engine.execute(registration("CIF1", "工资没到账")).complaintId();
        clock.advance(Duration.ofHours(1));
        ComplaintId b = engine.execute(registration("CIF2", "我们的工资还没到账")).complaintId();
        clock.advance(Duration.ofHours(1));
        RegisterComplaint third = registration("CIF3", "代发工资迟迟没到账");
        store.crashAfterNextRegistration();
        StoreException lost = assertThrows(StoreException.class, () -> engine.execute(third));
        assertTrue(lost.has(ErrorCode.STORE_UNAVAILABLE));
        assertFalse(flaggedGroup(a), "the crash came before the earlier members were linked");
        return new Crashed(new ComplaintId[] {a, b}, third);
    }

    record Crashed(ComplaintId[] earlier, RegisterComplaint third) {
    }

    @Test
    void a_resend_with_the_same_key_after_a_lost_answer_links_the_earlier_members_of_the_group() {
        Crashed crashed = twoEarlierAndACrashedThird();
        ComplaintId[] earlier = crashed.earlier();
        RegisterComplaint third = crashed.third();
        clock.advance(Duration.ofMinutes(1));
        CommandResult resent = engine.execute(third);
        assertTrue(resent.replayed());
        ComplaintLinked group = (ComplaintLinked) resent.events().stream().filter(ComplaintLinked.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(List.of(earlier[0], earlier[1]), group.others());
        for (ComplaintId member : earlier) {
            assertTrue(flaggedGroup(member), member.value() + " must carry the GROUP flag after the replay");
            assertEquals(1, links(member), "linked once");
        }
        assertEquals(1, engine.hostReads().history(resent.complaintId()).stream()
                .filter(FollowUpCompleted.class::isInstance).count(), "the work is recorded done once");
        CommandResult again = engine.execute(third);
        assertTrue(again.replayed());
        for (ComplaintId member : earlier) {
            assertEquals(1, links(member), "a second resend adds no link");
        }
    }

    @Test
    void without_a_resend_the_next_sweep_links_the_earlier_members_once() {
        ComplaintId[] earlier = twoEarlierAndACrashedThird().earlier();
        clock.advance(Duration.ofMinutes(1));
        engine.tick();
        engine.tick();
        for (ComplaintId member : earlier) {
            assertTrue(flaggedGroup(member), member.value() + " must carry the GROUP flag after the sweep");
            assertEquals(1, links(member));
        }
    }

    @Test
    void an_uncrashed_registration_links_the_members_and_records_its_follow_up_done_in_one_go() {
        ComplaintId a = engine.execute(registration("CIF1", "工资没到账")).complaintId();
        clock.advance(Duration.ofHours(1));
        ComplaintId b = engine.execute(registration("CIF2", "我们的工资还没到账")).complaintId();
        clock.advance(Duration.ofHours(1));
        ComplaintId c = engine.execute(registration("CIF3", "代发工资迟迟没到账")).complaintId();
        List<ComplaintEvent> newest = engine.hostReads().history(c);
        assertInstanceOf(FollowUpCompleted.class, newest.get(newest.size() - 1));
        assertTrue(flaggedGroup(a) && flaggedGroup(b));
        clock.advance(Duration.ofMinutes(1));
        engine.tick();
        assertEquals(newest.size(), engine.hostReads().history(c).size(), "the sweep finds nothing left to do");
    }

    @Test
    void a_repeat_link_is_part_of_the_registrations_own_append_and_a_lost_answer_loses_nothing() {
        ComplaintId first = engine.execute(registration("CIF9", "信用卡年费乱收费")).complaintId();
        List<ComplaintEvent> before = engine.hostReads().history(first);
        clock.advance(Duration.ofDays(1));
        RegisterComplaint again = registration("CIF9", "又被扣了年费，上次投诉还没解决");
        store.crashAfterNextRegistration();
        assertThrows(StoreException.class, () -> engine.execute(again));
        CommandResult resent = engine.execute(again);
        assertTrue(resent.replayed());
        ComplaintLinked repeat = (ComplaintLinked) resent.events().stream().filter(ComplaintLinked.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(ComplaintLinked.Kind.REPEAT, repeat.kind());
        assertEquals(List.of(first), repeat.others());
        assertTrue(engine.hostReads().classification(resent.complaintId()).orElseThrow().flagSet()
                .contains(ComplaintFlag.REPEAT));
        assertEquals(before, engine.hostReads().history(first), "a repeat leaves no work on the earlier complaint");
        assertTrue(engine.hostReads().history(resent.complaintId()).stream()
                .noneMatch(FollowUpCompleted.class::isInstance), "nothing was pending");
    }
}
