package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A reader refused again and again leaves a count on the record, not one event per attempt. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DenialCoalescingTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .complaintCaps(new ComplaintCaps(200, 16L * 1024 * 1024)).build();

    private List<ComplaintEvent> denials(ComplaintId id) {
        return engine.hostReads().history(id).stream()
                .filter(e -> e instanceof AccessDenied || e instanceof AccessDenialsRepeated).toList();
    }

    @Test
    void five_thousand_refused_views_leave_one_denial_and_one_count_and_cannot_fill_the_complaint() {
        ComplaintId id = engine.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
        Instant first = clock.instant();
        for (int i = 0; i < 5_000; i++) {
            assertThrows(CommandRefusedException.class, () -> engine.view(id, Fixtures.ACCUSED));
            clock.advance(Duration.ofMillis(500));
        }
        assertEquals(1, denials(id).size(), "the first in full; the repeats are counted");
        engine.tick();
        assertEquals(1, denials(id).size(), "the hour is not over: nothing yet");
        clock.advance(Duration.ofMinutes(20));
        engine.tick();
        List<ComplaintEvent> recorded = denials(id);
        assertEquals(2, recorded.size(), recorded.toString());
        AccessDenialsRepeated repeated = (AccessDenialsRepeated) recorded.get(1);
        assertEquals(4_999, repeated.count());
        assertEquals(first.plusMillis(500), repeated.first());
        assertEquals(first.plusMillis(500L * 4_999), repeated.last());
        assertEquals(Fixtures.ACCUSED_ID, repeated.actor().staffId());

        assertThrows(CommandRefusedException.class, () -> engine.view(id, Fixtures.ACCUSED));
        assertEquals(3, denials(id).size(), "after the hour a denial is recorded in full again");
        assertEquals(ComplaintStatus.ACCEPTED, engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER))
                .state().status(), "a flood of denials does not take the complaint to its cap of 200 events");
    }

    @Test
    void a_different_attempt_is_recorded_in_full_at_once() {
        ComplaintId id = engine.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
        assertThrows(CommandRefusedException.class, () -> engine.view(id, Fixtures.ACCUSED));
        assertThrows(CommandRefusedException.class, () -> engine.execute(Commands.of(CommandType.ACCEPT, id,
                Fixtures.ACCUSED)));
        assertEquals(2, denials(id).size(), "a view and an action are different denials");
    }
}
