package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.testkit.Fixtures;

/**
 * Whatever order complaints arrive in (forwarded or not, repeats of one customer), are accepted and assigned or
 * left, and the clock runs and sweeps: every case lists at least one trigger, no trigger is listed twice on a
 * complaint, every trigger listed is one the complaint shows, every trigger the complaint shows is listed once an
 * append or a sweep has seen it, and every case is by the system actor.
 */
class AccountabilityProperties {

    @Property(tries = 40)
    void eachTriggerOpensExactlyOneCaseOnAComplaintThatShowsIt(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 5) Integer> steps,
            @ForAll @IntRange(min = 1, max = 5) int sweeps) {
        FirstContactBank bank = new FirstContactBank(b -> b.clocks(AccountabilityTest.HANDLE)
                .classifier(RuleClassifier.standard()).repeats(RepeatPolicy.standard())
                .accountability(AccountabilityPolicy.seed002()));
        List<ComplaintId> ids = new java.util.ArrayList<>();
        for (int step : steps) {
            RegisterComplaint plain = Fixtures.registration(bank.clock.instant());
            Forwarding forwarding = step % 2 == 0 ? null : Forwarding.from(ForwardingSource.values()[step % 5], "F-1");
            ComplaintId id = bank.run(new RegisterComplaint(plain.actor(), Fixtures.key(), plain.complainant(),
                    plain.channel(), plain.receivedAt(), plain.receivingUnit(), plain.subjects(), plain.content(),
                    plain.request(), forwarding, null, false)).complaintId();
            ids.add(id);
            if (step >= 3) {
                bank.run(new AcceptComplaint(id, FirstContactBank.MANAGER, Fixtures.key()));
                bank.assign(id);
            }
            bank.clock.advance(Duration.ofHours(10L * step));
        }
        for (int i = 0; i < sweeps; i++) {
            bank.clock.advance(Duration.ofHours(13));
            bank.engine.tick();
        }
        for (ComplaintId id : ids) {
            List<ComplaintEvent> history = bank.engine.hostReads().history(id);
            ComplaintState state = ComplaintAggregate.replay(history);
            Set<AccountabilityTrigger> listed = EnumSet.noneOf(AccountabilityTrigger.class);
            for (AccountabilityCaseOpened opened : Accountability.cases(history)) {
                assertEquals(AccountabilityKeeper.POLICY, opened.actor());
                assertTrue(!opened.triggers().isEmpty());
                for (AccountabilityTrigger trigger : opened.triggers()) {
                    assertTrue(listed.add(trigger), trigger + " listed twice on " + id);
                }
            }
            Map<AccountabilityTrigger, String> shown = Accountability.shown(state, history, clockId -> true);
            assertEquals(shown.keySet(), listed, "listed exactly the triggers " + id + " shows");
            Statistics.label("cases").collect(Accountability.cases(history).size());
            Statistics.label("triggers").collect(listed.toString());
        }
    }
}
