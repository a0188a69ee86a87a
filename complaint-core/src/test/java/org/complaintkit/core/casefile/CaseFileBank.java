package org.complaintkit.core.casefile;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.RespondToCustomer;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;

/**
 * A bank for case-file tests: the fixed directory, the CBIRC clocks on the mainland calendar, the standard notices
 * delivered by a reliable sender, and a fixed clock in Shanghai. {@link #answered} takes one complaint from the
 * counter to the answer an hour a step, with its notices delivered, every text written by the caller.
 */
final class CaseFileBank {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** An approver at the branch, neither handler nor first-contact owner: reads the complaint masked. */
    static final Actor COLLEAGUE = Actor.staff(Fixtures.APPROVER_ID, Fixtures.BRANCH, Role.APPROVER);
    private static final BusinessCalendar CALENDAR = BusinessCalendar.of(CalendarFile.mainlandChina());

    final MutableClock clock = new MutableClock(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant(),
            SHANGHAI);
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final ComplaintEngine engine;
    final NotificationDispatcher dispatcher;
    private int keys;

    CaseFileBank(String complaintId) {
        engine = builder().idSource(registration -> ComplaintId.of(complaintId)).build();
        dispatcher = NotificationDispatcher.builder(engine).sender(ScriptedReceiver.reliable()).build();
    }

    /** An engine on this bank's store, clock, directory, calendar, clocks and notices, to configure further. */
    ComplaintEngine.Builder builder() {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .organisation(FixedHistory.DIRECTORY).calendar(CALENDAR).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard());
    }

    /** The texts of one complaint, each written by people. */
    record Texts(String content, String request, String resolution, String answer, String basis) {
    }

    /** Registers a complaint about a teller of the outlet (Fixtures.ACCUSED), then accepts, assigns, investigates, proposes, approves and answers it. */
    ComplaintId answered(Complainant complainant, Texts texts) {
        ComplaintId id = engine.execute(new RegisterComplaint(Fixtures.TELLER, key(), complainant, Channel.COUNTER,
                clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.unit(Fixtures.OUTLET), ComplaintSubject.staff(Fixtures.ACCUSED_ID)),
                Sensitive.of(texts.content()), Sensitive.of(texts.request()), null)).complaintId();
        dispatcher.dispatchDue();
        run(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER, key(), Commands.Payload.plain()));
        run(new AssignComplaint(id, Fixtures.HANDLER, key(), HandlingUnit.of(Fixtures.BRANCH), List.of(),
                Fixtures.HANDLER_ID));
        run(Commands.of(CommandType.START_INVESTIGATION, id, Fixtures.HANDLER, key(), Commands.Payload.plain()));
        run(new ProposeResolution(id, Fixtures.HANDLER, key(), Sensitive.of(texts.resolution()), Outcome.PARTLY_UPHELD,
                Money.of("200", "CNY")));
        run(Commands.of(CommandType.APPROVE_RESOLUTION, id, Fixtures.APPROVER, key(), Commands.Payload.plain()));
        run(new RespondToCustomer(id, Fixtures.HANDLER, key(), Sensitive.of(texts.answer()),
                Sensitive.of(texts.basis()), null, ContactMethod.PHONE));
        dispatcher.dispatchDue();
        return id;
    }

    private void run(HandlingCommand command) {
        clock.advance(Duration.ofHours(1));
        engine.execute(command);
        dispatcher.dispatchDue();
    }

    private IdempotencyKey key() {
        return IdempotencyKey.of("cf-" + (++keys));
    }
}
