package org.complaintkit.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.RespondToCustomer;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/** A bank with notices on: the CBIRC clocks on the mainland calendar, one store, a clock that tests move. */
final class NoticeBank {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final MutableClock clock = new MutableClock(at("2026-03-02T09:00"), SHANGHAI);
    final org.complaintkit.testkit.EncodingStore store = new org.complaintkit.testkit.EncodingStore();
    final ComplaintEngine engine;

    NoticeBank() {
        this(NotificationSetup.standard(), b -> b);
    }

    NoticeBank(NotificationSetup setup, UnaryOperator<ComplaintEngine.Builder> more) {
        this.engine = more.apply(builder().notifications(setup)).build();
    }

    /** Another engine on the same store and clock, as after a restart. */
    ComplaintEngine restarted(NotificationSetup setup) {
        return builder().notifications(setup).build();
    }

    private ComplaintEngine.Builder builder() {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy());
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    ComplaintId lodge() {
        return lodge(Fixtures.registration(clock.instant()));
    }

    ComplaintId lodge(RegisterComplaint registration) {
        return engine.execute(registration).complaintId();
    }

    /** Moves a complaint by command types with their default actors and payloads, an hour apart. */
    void move(ComplaintId id, CommandType... path) {
        for (CommandType type : path) {
            clock.advance(Duration.ofHours(1));
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
    }

    /** A complaint manager at the branch, who assigns. */
    static final org.complaintkit.api.organisation.Actor MANAGER = org.complaintkit.api.organisation.Actor.staff(
            org.complaintkit.api.organisation.StaffId.of("S-5001"), Fixtures.BRANCH,
            org.complaintkit.api.organisation.Role.COMPLAINT_MANAGER);

    /** Accepts, has the manager assign it to the branch with the handler named, investigates, proposes, approves. */
    void readyToRespond(ComplaintId id) {
        readyToRespond(id, () -> { });
    }

    /** As {@link #readyToRespond(ComplaintId)}, with something done right after the assignment. */
    void readyToRespond(ComplaintId id, Runnable afterAssignment) {
        clock.advance(Duration.ofHours(1));
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        clock.advance(Duration.ofHours(1));
        engine.execute(Commands.of(CommandType.ASSIGN, id, MANAGER, Fixtures.key(),
                new Commands.Payload(null, null, Fixtures.HANDLER_ID, null, "complex", ContactMethod.SMS)));
        afterAssignment.run();
        move(id, CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION);
    }

    static RespondToCustomer respond(ComplaintId id, ContactMethod via) {
        return new RespondToCustomer(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("经核实，柜员未按规定办理，已致歉并办理取现。"),
                Sensitive.of("《商业银行法》第二十九条"), Sensitive.of("已对柜员进行培训。"), via);
    }

    List<String> types(ComplaintId id) {
        return engine.hostReads().outbox(id).stream().map(e -> e.notification().type() + "->" + e.notification().recipients().get(0).key())
                .toList();
    }
}
