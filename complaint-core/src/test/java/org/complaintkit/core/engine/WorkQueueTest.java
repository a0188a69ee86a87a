package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A handler's work queue: queries by the new conditions, and the engine read through the access policy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkQueueTest {
    private final MutableClock clock = MutableClock.at("2025-03-03T03:00:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store)
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
            .idSource(registration -> ComplaintId.of(String.format("C-%04d", NEXT.incrementAndGet())))
            .clocks(EngineClocksTest.ACCEPTANCE, PAUSING).build();

    /** Feeds back within 5 working days, and waits while the customer is awaited. */
    static final ClockDefinition PAUSING = new ClockDefinition("bank.feedback", "feed back within 5 working days",
            Milestone.RECEIVED, Set.of(Milestone.RESPONDED), Set.of(PauseReason.WAITING_FOR_CUSTOMER),
            new ClockTarget.WorkingDays(5), List.of(), false);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private List<ComplaintId> ids(ComplaintQuery query) {
        return engine.hostReads().query(query).ids();
    }

    private ComplaintId assigned(RegisterComplaint registration, StaffId handler) {
        ComplaintId id = engine.execute(registration).complaintId();
        engine.execute(new AcceptComplaint(id, Fixtures.HANDLER, Fixtures.key()));
        engine.execute(new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(Fixtures.BRANCH),
                List.of(HandlingUnit.of(Fixtures.OUTLET)), handler));
        return id;
    }

    @Test
    void a_complaint_is_found_by_its_handler_co_handler_owner_and_forwarding_reference() {
        RegisterComplaint forwarded = new RegisterComplaint(Fixtures.TELLER, Fixtures.key(), Fixtures.complainant(),
                Channel.LETTER, clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.product("CARD")),
                Sensitive.of("转来的投诉"), Sensitive.of("请处理"), Forwarding.from(ForwardingSource.REGULATOR,
                "GD-2025-0042"));
        ComplaintId mine = assigned(forwarded, Fixtures.HANDLER_ID);
        ComplaintId other = assigned(Fixtures.registration(clock.instant()), Fixtures.APPROVER_ID);

        ComplaintQuery all = ComplaintQuery.all(10);
        assertEquals(List.of(mine), ids(all.withHandler(Fixtures.HANDLER_ID)));
        assertEquals(List.of(other), ids(all.withHandler(Fixtures.APPROVER_ID)));
        assertEquals(List.of(mine, other), ids(all.withCoHandler(Fixtures.OUTLET)));
        assertEquals(List.of(), ids(all.withCoHandler(Fixtures.BRANCH)), "the first-responsible unit is no co-handler");
        assertEquals(List.of(mine, other), ids(all.withOwner(Fixtures.TELLER_ID)));
        assertEquals(List.of(), ids(all.withOwner(Fixtures.HANDLER_ID)));
        assertEquals(List.of(mine), ids(all.withExternalReference("GD-2025-0042")));
        assertEquals(List.of(), ids(all.withExternalReference("GD-2025-004")), "a reference matches exactly");
    }

    @Test
    void a_referral_reference_and_a_vulnerable_complainant_are_searchable() {
        RegisterComplaint plain = Fixtures.registration(clock.instant());
        RegisterComplaint elderly = new RegisterComplaint(plain.actor(), Fixtures.key(),
                plain.complainant().withVulnerabilities(Vulnerability.ELDERLY), plain.channel(), plain.receivedAt(),
                plain.receivingUnit(), plain.subjects(), plain.content(), plain.request(), null);
        ComplaintId id = assigned(elderly, Fixtures.HANDLER_ID);
        ComplaintId other = assigned(Fixtures.registration(clock.instant()), Fixtures.HANDLER_ID);
        engine.execute(Commands.of(CommandType.START_INVESTIGATION, other, Fixtures.HANDLER));
        engine.execute(Commands.of(CommandType.REFER_EXTERNALLY, other, Fixtures.HANDLER));

        assertEquals(List.of(id), ids(ComplaintQuery.all(10).withFlag(QueueFlag.VULNERABLE)));
        assertEquals(List.of(other), ids(ComplaintQuery.all(10).withExternalReference("MED-1")));
    }

    @Test
    void a_running_clock_past_its_deadline_makes_a_complaint_overdue_and_a_pause_takes_it_out() {
        ComplaintId id = assigned(Fixtures.registration(clock.instant()), Fixtures.HANDLER_ID);
        QueueFacts facts = store.indexRow(id).orElseThrow().index().queue();
        Instant feedback = facts.runningClocks().get("bank.feedback");
        assertEquals(Set.of("bank.feedback"), facts.runningClocks().keySet(), "the acceptance clock stopped");

        ComplaintQuery query = ComplaintQuery.all(10);
        assertEquals(List.of(), ids(query.withOverdueAt(feedback)), "not past its deadline at the deadline");
        assertEquals(List.of(id), ids(query.withOverdueAt(feedback.plusNanos(1))));
        assertEquals(List.of(id), ids(query.withOverdueAt(feedback.plusNanos(1), "bank.feedback")));
        assertEquals(List.of(), ids(query.withOverdueAt(feedback.plusSeconds(1), "bank.accept")));

        engine.execute(Commands.of(CommandType.START_INVESTIGATION, id, Fixtures.HANDLER));
        clock.advance(Duration.ofHours(1));
        engine.execute(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(), PauseReason.WAITING_FOR_CUSTOMER,
                null));
        assertEquals(List.of(), ids(query.withOverdueAt(feedback.plusSeconds(3600L * 24 * 365))),
                "a paused clock is not running");
    }

    @Test
    void the_work_queue_leaves_out_what_the_reader_may_not_see_and_masks_what_they_may_not_read() {
        ComplaintId about = assigned(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID),
                Fixtures.HANDLER_ID);
        ComplaintId plain = assigned(Fixtures.registration(clock.instant()), Fixtures.HANDLER_ID);
        ComplaintQuery queue = ComplaintQuery.all(10).withHandler(Fixtures.HANDLER_ID);

        WorkQueuePage handlers = engine.workQueue(queue, Fixtures.HANDLER);
        assertEquals(List.of(about, plain), handlers.items().stream().map(i -> i.view().id()).toList());
        assertTrue(handlers.items().stream().allMatch(i -> i.view().rights() == ViewRights.FULL));
        assertEquals(Fixtures.HANDLER_ID, handlers.items().get(0).facts().handler());

        WorkQueuePage accused = engine.workQueue(queue, Fixtures.ACCUSED);
        assertEquals(List.of(plain), accused.items().stream().map(i -> i.view().id()).toList(),
                "the person complained about never sees the complaint");
        assertEquals(ViewRights.MASKED, accused.items().get(0).view().rights());
        assertFalse(accused.items().get(0).view().toJson().contains(Fixtures.PHONE));
        assertFalse(engine.hostReads().history(about).stream().anyMatch(AccessDenied.class::isInstance),
                "leaving a complaint out of a queue is no attempt on it");
    }

    @Test
    void the_work_queue_pages_on_by_the_store_cursor_even_past_a_page_it_had_to_empty() {
        ComplaintId about = assigned(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID),
                Fixtures.HANDLER_ID);
        ComplaintId plain = assigned(Fixtures.registration(clock.instant()), Fixtures.HANDLER_ID);
        ComplaintQuery queue = ComplaintQuery.builder(1).handler(Fixtures.HANDLER_ID).build();
        WorkQueuePage first = engine.workQueue(queue, Fixtures.ACCUSED);
        assertEquals(List.of(), first.items());
        assertEquals(about, first.next().orElseThrow());
        WorkQueuePage second = engine.workQueue(queue.after(first.next().get()), Fixtures.ACCUSED);
        assertEquals(List.of(plain), second.items().stream().map(i -> i.view().id()).toList());
    }

    @Test
    void a_query_reports_every_condition_that_cannot_hold_at_once() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ComplaintQuery.builder(0)
                .externalReference(" ").overdueAt(null, "bank.feedback").classCode("s", "x".repeat(600)).build());
        assertEquals(List.of("limit", "classCode", "externalReference", "overdueClock"),
                e.violations().stream().map(v -> v.path()).toList(), "a page size out of range among them (a trial"
                        + " found ComplaintQuery.all(0) threw an uncoded IllegalArgumentException)");
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.QUERY_CONDITION_INVALID));
    }

    @Test
    void the_older_factories_and_conditions_still_mean_what_they_meant() {
        ComplaintId id = assigned(Fixtures.registration(clock.instant()), Fixtures.HANDLER_ID);
        ComplaintQuery old = new ComplaintQuery(Set.of(), Fixtures.BRANCH, null, null, null, null, null, null, 5);
        assertEquals(List.of(id), ids(old));
        assertEquals(old, ComplaintQuery.all(5).withUnit(Fixtures.BRANCH));
        assertEquals(List.of(), ids(old.withPriorities(Set.of(Priority.URGENT))));
        assertEquals(List.of(id), ids(old.withStatuses(Set.of(engine.hostReads().find(id).orElseThrow().status()))));
        Actor manager = Actor.staff(StaffId.of("S-9001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
        assertEquals(1, engine.workQueue(old, manager).items().size());
    }
}
