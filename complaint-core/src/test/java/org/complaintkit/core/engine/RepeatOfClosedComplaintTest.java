package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.StatisticalBucket;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.lifecycle.ApprovalRule;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第二篇 四(三)9: "对已经处理但客户再次投诉…立即上报" - a complaint the bank has handled and closed,
 * complained of again by the same customer, is a repeat: linked, flagged, counted as a complaint and escalated at
 * once.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RepeatOfClosedComplaintTest {
    final FirstContactBank bank = new FirstContactBank(b -> b.classifier(RuleClassifier.standard())
            .repeats(RepeatPolicy.standard()).escalation(EscalationPolicy.standard())
            .rules(LifecycleRules.defaults(NoticeBank.SHANGHAI).withApprovalRule(ApprovalRule.never())));

    private ComplaintId closed() {
        ComplaintId id = bank.lodge();
        bank.run(ResolveAtFirstContact.of(id, Fixtures.HANDLER, Fixtures.key(), Outcome.UPHELD,
                Sensitive.of("已当场办理取现并致歉。"), Sensitive.of("《商业银行法》第二十九条"), ContactMethod.PHONE));
        bank.run(RecordSatisfaction.of(id, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED));
        bank.run(new CloseComplaint(id, Fixtures.HANDLER, Fixtures.key(), Liability.LIABLE, Sensitive.of("柜员操作")));
        return id;
    }

    @Test
    void a_repeat_of_a_closed_complaint_is_linked_and_escalated_at_once_and_counts_as_a_complaint() {
        ComplaintId first = closed();
        assertEquals(ComplaintStatus.CLOSED, bank.engine.hostReads().find(first).orElseThrow().status());
        bank.clock.advance(Duration.ofDays(200));

        CommandResult again = bank.run(Fixtures.registration(bank.clock.instant()));

        ComplaintLinked link = again.events().stream().filter(e -> e instanceof ComplaintLinked)
                .map(e -> (ComplaintLinked) e).findFirst().orElseThrow(() -> new AssertionError("not linked"));
        assertEquals(ComplaintLinked.Kind.REPEAT, link.kind());
        assertEquals(List.of(first), link.others());
        ComplaintEscalated escalated = again.events().stream().filter(e -> e instanceof ComplaintEscalated)
                .map(e -> (ComplaintEscalated) e).findFirst().orElseThrow(() -> new AssertionError("not escalated"));
        assertEquals(EscalationTrigger.REPEAT, escalated.trigger());
        assertEquals(Fixtures.OUTLET, escalated.fromUnit());
        assertEquals(Fixtures.BRANCH, escalated.toUnit());
        assertTrue(bank.engine.hostReads().classification(again.complaintId()).orElseThrow().flagSet()
                .contains(ComplaintFlag.REPEAT));
        assertEquals(StatisticalBucket.COMPLAINT,
                bank.engine.hostReads().statisticalBucket(again.complaintId()).bucket());
        assertEquals(ComplaintStatus.CLOSED, bank.engine.hostReads().find(first).orElseThrow().status(),
                "the closed complaint stays closed");
    }
}
