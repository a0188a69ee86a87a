package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A complaint of the longest text a channel may send, in a shape that made the old masker backtrack, viewed by a
 * reader who sees it masked: the view comes back within the masker's bound and shows no phone number.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MaskedViewAtMaximumLengthTest {
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Test
    void a_200000_character_complaint_is_viewed_masked_within_two_seconds() {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
        String unit = "a.a.a.a@b 139-1234-5678 ";
        String content = unit.repeat(Checks.MAX_TEXT_LENGTH / unit.length());
        RegisterComplaint base = Fixtures.registration(clock.instant());
        ComplaintId id = engine.execute(new RegisterComplaint(base.actor(), base.idempotencyKey(), base.complainant(),
                Channel.WEBSITE, clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")),
                Sensitive.of(content), base.request(), null)).complaintId();
        Actor colleague = Actor.staff(Fixtures.APPROVER_ID, Fixtures.BRANCH, Role.APPROVER);
        engine.view(id, colleague);                          // once to warm the code up
        long start = System.nanoTime();
        ComplaintView view = engine.view(id, colleague);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took.toMillis() + " ms");
        assertTrue(content.length() > 190_000, "the text is at the limit");
        assertFalse(view.content().contains("1234-5678"), "no phone survives masking");
        assertFalse(view.content().contains("13912345678"));
    }
}
