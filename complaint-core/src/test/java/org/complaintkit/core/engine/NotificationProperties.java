package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.Ownership;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * For random command sequences, waits and flaky deliveries: once the dispatcher has drained the outbox, every
 * event that a rule says notifies has exactly one ledger entry per recipient, and nothing else is in the ledger.
 * The expectation is computed here from the history by a hand-written table, not by the engine's rules.
 */
class NotificationProperties {
    static final Set<ContactMethod> WRITTEN = EnumSet.of(ContactMethod.SMS, ContactMethod.EMAIL, ContactMethod.POST,
            ContactMethod.ONLINE);
    static final List<Actor> ACTORS = List.of(Fixtures.HANDLER, Fixtures.APPROVER, Fixtures.TELLER, NoticeBank.MANAGER);

    /** One step: a command, or a wait followed by a sweep. */
    record Step(CommandType type, Actor actor, ContactMethod via, boolean namesHandler, Duration pause) {
        @Override
        public String toString() {
            return type == null ? "wait " + pause : type + " by " + actor.staffId() + (type == CommandType.RESPOND ? " via " + via : "");
        }
    }

    /** The way most complaints go, which a step may follow instead of drawing a random command. */
    static final List<CommandType> PATH = List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
            CommandType.EXTEND_DEADLINE, CommandType.URGE, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION,
            CommandType.RESPOND, CommandType.RECORD_SATISFACTION, CommandType.REQUEST_REVIEW, CommandType.CONCLUDE_REVIEW);

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<CommandType> types = Arbitraries.of(EnumSet.complementOf(EnumSet.of(CommandType.REGISTER,
                CommandType.MERGE, CommandType.OVERRIDE_CLASS)));
        Arbitrary<Step> command = Combinators.combine(types, Arbitraries.of(ACTORS), Arbitraries.of(ContactMethod.values()),
                Arbitraries.of(true, false)).as((t, a, v, h) -> new Step(t, a, v, h, null));
        Arbitrary<Step> wait = Arbitraries.of(Duration.ofHours(3), Duration.ofDays(2), Duration.ofDays(9))
                .map(d -> new Step(null, null, null, false, d));
        Arbitrary<Step> onPath = Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.of(ContactMethod.values()),
                Arbitraries.of(true, false)).as((a, v, h) -> new Step(CommandType.REGISTER, a, v, h, null));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, command), net.jqwik.api.Tuple.of(6, onPath),
                        net.jqwik.api.Tuple.of(1, wait))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 150)
    void after_draining_every_notifying_event_has_exactly_one_ledger_entry_per_recipient(
            @ForAll("steps") List<Step> steps, @ForAll("failures") int failureSeed) {
        NoticeBank bank = new NoticeBank();
        ComplaintId id = bank.lodge();
        int along = 0;
        for (Step drawn : steps) {
            Step step = drawn;
            if (drawn.type() == CommandType.REGISTER) {
                // REGISTER marks a step that takes the next command of the usual path, by its usual actor
                CommandType next = PATH.get(Math.min(along++, PATH.size() - 1));
                Actor actor = next == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER
                        : next == CommandType.ASSIGN || next == CommandType.URGE ? NoticeBank.MANAGER : Fixtures.HANDLER;
                step = new Step(next, actor, drawn.via(), true, null);
            }
            if (step.type() == null) {
                bank.clock.advance(step.pause());
                bank.engine.tick();
                continue;
            }
            bank.clock.advance(Duration.ofMinutes(30));
            try {
                bank.engine.execute(command(step, id));
            } catch (ComplaintKitException refused) {
                // refused commands store nothing and notify no one
            }
        }
        ScriptedReceiver receiver = ScriptedReceiver.failing(n -> Math.floorMod(n.dedupeKey().hashCode() ^ failureSeed, 4));
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver)
                .retry(new RetryPolicy(5, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(8))).build()) {
            for (int round = 0; round < 12 && !bank.store.outboxByStatus(OutboxStatus.PENDING, null, 1).isEmpty(); round++) {
                dispatcher.dispatchDue();
                bank.clock.advance(Duration.ofMinutes(8));
            }
        }
        assertEquals(List.of(), bank.store.outboxByStatus(OutboxStatus.PENDING, null, 10), "drained");
        assertEquals(List.of(), bank.store.outboxByStatus(OutboxStatus.DEAD, null, 10), "no dead letters");

        List<ComplaintEvent> history = bank.engine.hostReads().history(id);
        Set<String> expected = expected(history);
        List<String> ledger = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof NoticeDelivered d) {
                ledger.add(d.sourceSequence() + " " + d.noticeType() + " " + d.recipient().key());
            }
        }
        assertEquals(expected, new HashSet<>(ledger), "the ledger holds what the rules say, no more");
        assertEquals(expected.size(), ledger.size(), "one entry each, no duplicates");
        assertEquals(expected.size(), receiver.accepted().size(), "the receiver took each notice once");
        Statistics.label("notices").collect(expected.size() == 0 ? "0" : expected.size() < 5 ? "1-4" : "5+");
    }

    @Provide
    Arbitrary<Integer> failures() {
        return Arbitraries.integers().between(0, 1_000);
    }

    static HandlingCommand command(Step step, ComplaintId id) {
        if (step.type() == CommandType.RESPOND) {
            return new org.complaintkit.api.command.RespondToCustomer(id, step.actor(), Fixtures.key(),
                    org.complaintkit.api.complaint.Sensitive.of("处理结果"), org.complaintkit.api.complaint.Sensitive.of("依据"),
                    null, step.via());
        }
        return Commands.of(step.type(), id, step.actor(), Fixtures.key(), new Commands.Payload(null,
                org.complaintkit.api.complaint.Satisfaction.DISSATISFIED, step.namesHandler() ? Fixtures.HANDLER_ID : null,
                null, "complex", step.via()));
    }

    /** The notices the standard rules promise, by a table written out here: "sequence type recipient". */
    static Set<String> expected(List<ComplaintEvent> history) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < history.size(); i++) {
            ComplaintEvent event = history.get(i);
            long seq = event.sequence();
            ComplaintState state = ComplaintAggregate.replay(history.subList(0, i + 1));
            // The current first-contact owner: who registered, until a transfer.
            StaffId owner = Ownership.currentOwner(history.subList(0, i + 1));
            StaffId handler = state.assignment() == null ? null : state.assignment().handler();
            StaffId actor = event.actor().staffId();
            String unit = "unit:" + (state.assignment() == null ? state.registration().receivingUnit().value()
                    : state.assignment().firstResponsible().unit().value());
            if (event instanceof ComplaintAccepted) {
                out.add(seq + " acknowledgement customer");
            } else if (event instanceof CustomerResponded r) {
                if (WRITTEN.contains(r.response().via())) {
                    out.add(seq + " decision customer");
                }
                staff(out, seq, "result", owner, actor);
            } else if (event instanceof DeadlineExtended d && d.noticeBy() != null) {
                out.add(seq + " extension customer");
            } else if (event instanceof ReviewConcluded) {
                out.add(seq + " review-outcome customer");
            } else if (event instanceof ComplaintAssigned a) {
                staff(out, seq, "assignment", a.assignment().handler(), actor);
                out.add(seq + " assignment unit:" + a.assignment().firstResponsible().unit().value());
                staff(out, seq, "handover", owner, actor);
                a.assignment().coHandlers().forEach(co -> out.add(seq + " co-handling unit:" + co.unit().value()));
            } else if (event instanceof ComplaintEscalated e) {
                out.add(seq + " escalation unit:" + e.toUnit().value());
                staff(out, seq, "handover", owner, actor);
            } else if (event instanceof ClockChanged c && c.change() == ClockChange.WARNED) {
                if (!c.isMissedWarning()) {
                    staff(out, seq, "warning", handler, actor);   // a warning found only at the stop tells no one
                    staff(out, seq, "warning", owner, actor);
                }
            } else if (event instanceof ClockChanged c && c.isUnseenBreach()) {
                staff(out, seq, "breached-at-stop", handler, actor);
                staff(out, seq, "breached-at-stop", owner, actor);
                out.add(seq + " breached-at-stop " + unit);
            } else if (event instanceof ClockChanged c && c.change() == ClockChange.HORIZON_REACHED) {
                staff(out, seq, "calendar-end", handler, actor);
                out.add(seq + " calendar-end " + unit);
            } else if (event instanceof ClockChanged c && c.change() == ClockChange.OVERDUE) {
                staff(out, seq, "breach", handler, actor);
                staff(out, seq, "breach", owner, actor);
                out.add(seq + " breach " + unit);
            } else if (event instanceof HandlerUrged u) {
                staff(out, seq, "urge", u.urged(), actor);
            } else if (event instanceof org.complaintkit.api.event.ComplaintNotAccepted) {
                out.add(seq + " not-accepted customer");
            } else if (event instanceof org.complaintkit.api.event.CompletionPromised p) {
                out.add(seq + (p.previousPromisedBy() == null ? " promise" : " promise-changed") + " customer");
            } else if (event instanceof org.complaintkit.api.event.ForwardingBodyReplied r) {
                String kind = r.body().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                out.add(seq + " forwarding-reply-" + kind + " forwarding_body:" + r.body().name());
            } else if (event instanceof RaisedWithHead r) {
                staff(out, seq, "raised-with-head", r.head(), actor);
            }
        }
        return out;
    }

    private static void staff(Set<String> out, long seq, String type, StaffId to, StaffId actor) {
        if (to != null && !to.equals(actor)) {
            out.add(seq + " " + type + " staff:" + to.value());
        }
    }
}
