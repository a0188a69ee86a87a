package org.complaintkit.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Which clocks run again after a re-investigation, and how their rounds are named. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockRoundsTest {

    @Test
    void the_duties_of_the_answer_and_of_the_review_run_rounds_and_the_window_does_not() {
        assertTrue(ClockRounds.runsRounds(ChinaCbirc.decision()));
        assertTrue(ClockRounds.runsRounds(ChinaCbirc.regulatorForwarded()));
        assertTrue(ClockRounds.runsRounds(ChinaCbirc.review()), "a review asked for after the next answer is timed");
        assertEquals(Milestone.REVIEW_REQUESTED, ClockRounds.round(ChinaCbirc.review(), 2).startsAt(),
                "a review's round starts with the next request");
        assertFalse(ClockRounds.runsRounds(ChinaCbirc.reviewWindow()), "a window, which opens again on its own");
        ClockDefinition acknowledge = ClockDefinition.builder("bank.acknowledge").description("acknowledge")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.ACCEPTED).target(new ClockTarget.CalendarDays(2)).build();
        assertFalse(ClockRounds.runsRounds(acknowledge), "nothing after a re-investigation would stop it");
    }

    @Test
    void a_round_is_the_clock_itself_started_by_the_re_investigation_under_a_numbered_id() {
        ClockDefinition second = ClockRounds.round(ChinaCbirc.decision(), 2);
        assertEquals("cbirc.decision#2", second.id());
        assertEquals(Milestone.REINVESTIGATED, second.startsAt());
        assertEquals(ChinaCbirc.decision().target(), second.target());
        assertEquals(ChinaCbirc.decision().extensions(), second.extensions());
        assertEquals(ChinaCbirc.decision().onBreach(), second.onBreach());
        assertEquals("cbirc.decision", ClockRounds.baseId("cbirc.decision#12"));
        assertEquals("cbirc.decision", ClockRounds.idOf("cbirc.decision", 1));
        assertThrows(IllegalArgumentException.class, () -> ClockRounds.round(ChinaCbirc.decision(), 1));
        assertThrows(IllegalArgumentException.class, () -> ClockRounds.round(ChinaCbirc.reviewWindow(), 2));
    }

    @Test
    void a_clock_id_may_carry_only_a_round_from_two() {
        for (String bad : List.of("x#1", "x#", "x#0", "x#a", "x#2#3", "#2", "x#02")) {
            assertThrows(ConfigurationException.class, () -> ClockDefinition.builder(bad).description("d")
                    .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.CalendarDays(1))
                    .build(), bad);
        }
    }

    @Test
    void a_policy_may_not_name_a_clock_as_a_round_since_the_engine_derives_them() {
        ClockDefinition named = ChinaCbirc.decision().toBuilder().id("bank.reply#2").build();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SlaSetup.builder()
                .policies(SlaPolicy.of("bank", "bank rules", named))
                .defaultCalendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build());
        assertEquals(ErrorCode.INVALID_CONFIGURATION, e.violations().get(0).code());
        assertTrue(e.getMessage().contains("bank.reply#2"), e.getMessage());
    }

    @Test
    void the_setup_finds_the_policy_of_a_round_and_tells_its_purpose() {
        SlaSetup setup = SlaSetup.builder().policies(ChinaCbirc.policy())
                .defaultCalendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build();
        assertEquals(ChinaCbirc.policy().id(), setup.policyOf("cbirc.decision#3").orElseThrow().id());
        assertFalse(setup.isWindow("cbirc.decision#2"));
    }
}
