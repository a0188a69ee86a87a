package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.integrity.Mismatch;
import org.complaintkit.core.integrity.MismatchKind;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;

/**
 * Whatever an honest engine does (random commands, refused ones, waits and sweeps, flaky deliveries with retries
 * and dead letters), the index row and every notice not yet delivered are what the sealed history implies after
 * every step: reconciliation never reports what the engine itself wrote.
 */
class ReconciliationProperties {

    @Provide
    Arbitrary<List<NotificationProperties.Step>> steps() {
        return new NotificationProperties().steps();
    }

    @Property(tries = 100)
    void an_honest_engine_leaves_nothing_to_reconcile_after_any_step(
            @ForAll("steps") List<NotificationProperties.Step> steps, @ForAll boolean flaky) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        NoticeBank bank = new NoticeBank(NotificationSetup.standard(), b -> b.store(store));
        ComplaintId id = bank.lodge();
        ScriptedReceiver receiver = flaky ? ScriptedReceiver.failing(n -> n.dedupeKey().length() % 3)
                : ScriptedReceiver.down();
        int along = 0;
        int pendingSeen = 0;
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver)
                .retry(new RetryPolicy(2, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(4))).build()) {
            for (NotificationProperties.Step drawn : steps) {
                NotificationProperties.Step step = drawn;
                if (drawn.type() == CommandType.REGISTER) {
                    CommandType next = NotificationProperties.PATH.get(Math.min(along++,
                            NotificationProperties.PATH.size() - 1));
                    Actor actor = next == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER
                            : next == CommandType.ASSIGN || next == CommandType.URGE ? NoticeBank.MANAGER
                            : Fixtures.HANDLER;
                    step = new NotificationProperties.Step(next, actor, drawn.via(), true, null);
                }
                if (step.type() == null) {
                    bank.clock.advance(step.pause());
                    bank.engine.tick();
                    dispatcher.dispatchDue();
                } else {
                    bank.clock.advance(Duration.ofMinutes(30));
                    try {
                        bank.engine.execute(NotificationProperties.command(step, id));
                    } catch (ComplaintKitException refused) {
                        // refused commands store nothing
                    }
                }
                pendingSeen += store.outboxByStatus(OutboxStatus.PENDING, null, 100).size();
                ChainVerdict verdict = bank.engine.verify(id);
                String done = step.toString();
                assertTrue(verdict.intact(), () -> "after " + done + ": " + verdict.firstBreak() + " "
                        + verdict.mismatches());
            }
        }
        Statistics.label("pending notices checked").collect(pendingSeen == 0 ? "0" : pendingSeen < 10 ? "1-9" : "10+");
    }

    /** One edit an insider makes to what lies beside the sealed history. */
    enum Edit { STATUS, NEXT_DUE_CLEARED, NEXT_DUE_LATER, RECIPIENT, PARAMETER }

    @Property(tries = 100)
    void one_edit_beside_the_sealed_history_is_reported_with_its_kind(
            @ForAll("steps") List<NotificationProperties.Step> steps, @ForAll Edit edit) {
        EditedStore store = new EditedStore();
        NoticeBank bank = new NoticeBank(NotificationSetup.standard(), b -> b.store(store));
        ComplaintId id = bank.lodge();
        int along = 0;
        for (NotificationProperties.Step drawn : steps) {
            NotificationProperties.Step step = drawn;
            if (drawn.type() == CommandType.REGISTER) {
                CommandType next = NotificationProperties.PATH.get(Math.min(along++,
                        NotificationProperties.PATH.size() - 1));
                step = new NotificationProperties.Step(next, next == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER
                        : next == CommandType.ASSIGN || next == CommandType.URGE ? NoticeBank.MANAGER : Fixtures.HANDLER,
                        drawn.via(), true, null);
            }
            if (step.type() == null) {
                bank.clock.advance(step.pause());
                bank.engine.tick();
            } else {
                bank.clock.advance(Duration.ofMinutes(30));
                try {
                    bank.engine.execute(NotificationProperties.command(step, id));
                } catch (ComplaintKitException refused) {
                    // refused commands store nothing
                }
            }
        }
        ComplaintIndex row = store.indexRow(id).orElseThrow().index();
        List<OutboxEntry> pending = store.outbox(id).stream().filter(e -> e.status() == OutboxStatus.PENDING).toList();
        MismatchKind expected;
        switch (edit) {
            case STATUS -> {
                ComplaintStatus other = ComplaintStatus.values()[(row.status().ordinal() + 1)
                        % ComplaintStatus.values().length];
                store.editIndex(id, new ComplaintIndex(other, row.receivingUnit(), row.handlingUnit(), row.customer(),
                        row.receivedAt(), row.lastChangedAt(), row.nextDueAt(), row.fingerprint())
                        .withQueue(row.queue()));
                expected = MismatchKind.STATUS;
            }
            case NEXT_DUE_CLEARED, NEXT_DUE_LATER -> {
                Assume.that(row.nextDueAt() != null);
                store.editIndex(id, new ComplaintIndex(row.status(), row.receivingUnit(), row.handlingUnit(),
                        row.customer(), row.receivedAt(), row.lastChangedAt(), edit == Edit.NEXT_DUE_CLEARED ? null
                        : row.nextDueAt().plusSeconds(1), row.fingerprint()).withQueue(row.queue()));
                expected = MismatchKind.NEXT_DUE;
            }
            default -> {
                Assume.that(!pending.isEmpty());
                OutboxEntry entry = pending.get(0);
                Notification n = entry.notification();
                Recipient to = n.recipients().get(0);
                Recipient elsewhere = to.kind() == Recipient.Kind.CUSTOMER
                        ? Recipient.customer(to.reference(), ContactPoint.of(ContactMethod.SMS, "13900000000"))
                        : Recipient.staff(StaffId.of("S-9999"));
                Map<String, String> parameters = new HashMap<>(n.parameters());
                parameters.put("complaint", "C-OTHER");
                store.editNotice(new OutboxEntry(entry.dedupeKey(), id, entry.sourceSequence(), new Notification(
                        n.complaintId(), n.type(), edit == Edit.RECIPIENT ? List.of(elsewhere) : n.recipients(),
                        n.templateKey(), edit == Edit.PARAMETER ? parameters : n.parameters(), n.locale(),
                        n.dedupeKey(), n.subject(), n.body()), entry.status(), entry.attempts(), entry.createdAt(),
                        entry.nextAttemptAt(), entry.leasedUntil(), entry.lastFailure()));
                expected = edit == Edit.RECIPIENT ? MismatchKind.RECIPIENT : MismatchKind.NOTICE;
            }
        }
        ChainVerdict verdict = bank.engine.verify(id);
        assertEquals(null, verdict.firstBreak(), "the sealed history itself is untouched");
        assertEquals(List.of(expected), verdict.mismatches().stream().map(Mismatch::kind).toList(),
                () -> edit + ": " + verdict.mismatches());
    }
}
