package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * Through any chain of answers, review requests and re-investigations, the lifecycle's review-window guard and
 * the review-window clock agree, and the decision clock has one round per answer owed, the latest of which the
 * window starts from.
 */
class ReinvestigationClockProperties {

    @Property(tries = 100)
    void the_review_window_guard_and_the_clocks_agree_through_any_chain_of_re_investigations(
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 1000) Integer> waits,
            @ForAll @Size(min = 3, max = 3) List<@IntRange(min = 1, max = 600) Integer> answers) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy()).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        Instant latestAnswer = clock.instant();
        int reinvestigations = 0;
        for (int i = 0; i < waits.size(); i++) {
            pass(engine, clock, waits.get(i));
            ClockState window = engine.hostReads().clock(id, ChinaCbirc.REVIEW_WINDOW);
            assertEquals(latestAnswer, window.startedAt(), "the window runs from the latest answer");
            boolean accepted;
            try {
                engine.execute(Commands.of(CommandType.REQUEST_REVIEW, id, ComplaintScenario.defaultActor(
                        CommandType.REQUEST_REVIEW)));
                accepted = true;
            } catch (CommandRefusedException e) {
                assertEquals(ErrorCode.REVIEW_WINDOW_CLOSED, e.violations().get(0).code(), e.getMessage());
                accepted = false;
            }
            assertEquals(window.isLive(), accepted, "guard and clock agree " + waits.get(i) + "h after the answer: "
                    + window);
            if (!accepted) {
                engine.execute(Commands.of(CommandType.RECORD_SATISFACTION, id,
                        ComplaintScenario.defaultActor(CommandType.RECORD_SATISFACTION), Fixtures.key(),
                        new Commands.Payload(null, Satisfaction.DISSATISFIED, null, null, null, null)));
            }
            // The review sends the complaint back, or the customer's dissatisfaction does.
            engine.execute(Commands.of(CommandType.REINVESTIGATE, id, ComplaintScenario.defaultActor(
                    CommandType.REINVESTIGATE)));
            reinvestigations++;
            Instant reopened = clock.instant();
            assertEquals(reopened, engine.hostReads().clock(id, ChinaCbirc.DECISION + "#" + (reinvestigations + 1)).startedAt(),
                    "a new round of the decision starts with each re-investigation");
            pass(engine, clock, answers.get(i));
            for (CommandType type : List.of(CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION,
                    CommandType.RESPOND)) {
                engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
            }
            latestAnswer = clock.instant();
            ClockState round = engine.hostReads().clock(id, ChinaCbirc.DECISION + "#" + (reinvestigations + 1));
            assertEquals(latestAnswer, round.stoppedAt(), "the latest round stops with the latest answer");
            boolean late = Duration.ofHours(answers.get(i)).toDays() > 16;
            if (late) {
                assertEquals(ClockState.Status.BREACHED, round.status(), round.toString());
            }
        }
        assertEquals(ComplaintStatus.RESPONDED, engine.hostReads().find(id).orElseThrow().status());
        assertEquals(reinvestigations + 1, engine.hostReads().clocks(id).stream()
                .filter(c -> c.definition().id().startsWith(ChinaCbirc.DECISION)).count(),
                "one round per answer owed");
    }

    /** Lets hours pass, sweeping every six hours as a host would. */
    private static void pass(ComplaintEngine engine, MutableClock clock, int hours) {
        for (int left = hours; left > 0; left -= 6) {
            clock.advance(Duration.ofHours(Math.min(6, left)));
            engine.tick();
        }
    }
}
