package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps the registration it masked for a command's actor and gives it again while the registration and
 * the rights are the same: the results are masked exactly as {@code ComplaintViews.forReader} masks them, whoever
 * ran the command in between.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KeptMaskTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(FixedHistory.DIRECTORY).calendar(new FixedHistory().calendar)
            .policies(ChinaCbirc.policy()).build();
    private final ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
    /** An approver at the branch, neither handler nor first-contact owner: sees the complaint masked. */
    private final Actor colleague = Actor.staff(Fixtures.APPROVER_ID, Fixtures.BRANCH, Role.APPROVER);

    @Test
    void a_masked_result_stays_masked_alike_after_a_reader_with_full_rights_acted_in_between() {
        var first = engine.execute(Commands.of(CommandType.ACCEPT, id, colleague));
        var full = engine.execute(Commands.of(CommandType.ASSIGN, id, FixedHistory.MANAGER));
        var again = engine.execute(Commands.of(CommandType.START_INVESTIGATION, id, colleague));
        assertEquals(Fixtures.NAME, full.state().registration().complainant().name().reveal());
        assertFalse(again.state().registration().complainant().name().reveal().contains(Fixtures.NAME));
        assertFalse(again.state().registration().content().reveal().contains(Fixtures.NAME));
        assertEquals(first.state().registration().content().reveal(), again.state().registration().content().reveal());
        assertEquals(first.state().registration().complainant().name().reveal(),
                again.state().registration().complainant().name().reveal());
        assertEquals(first.state().registration().complainant().customer(),
                again.state().registration().complainant().customer());
    }
}
