package org.complaintkit.core.sla.preset;

import static org.complaintkit.api.command.CommandType.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The complaint drawn in docs/sla.md, "One complaint's clocks": every instant in the picture, checked. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockTimelineTest {
    final PresetBench bench = new PresetBench("Asia/Shanghai", SlaPolicy.of("bank", "bank",
            BankProcedures.onSite(), BankProcedures.feedback()), ChinaCbirc.policy());

    List<ClockChange> changes(ComplaintId id, String clockId) {
        return bench.engine.hostReads().clockHistory(id, clockId).stream().map(ClockChanged::change).toList();
    }

    @Test
    void the_timeline_in_the_sla_guide_is_what_the_engine_records() {
        ComplaintId id = bench.now("2025-03-03T09:40").register(null);
        bench.now("2025-03-03T10:00").run(id, ACCEPT);
        assertEquals(bench.at("2025-03-03T11:00"), bench.deadline(id, BankProcedures.ON_SITE));
        bench.now("2025-03-03T10:50").run(id, ASSIGN, START_INVESTIGATION);
        assertEquals(ClockState.Status.MET, bench.clockOf(id, BankProcedures.ON_SITE).status());

        bench.now("2025-03-05T10:00").run(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(),
                PauseReason.EXTERNAL_APPRAISAL, null));
        bench.now("2025-03-12T10:00").run(new ResumeHandling(id, Fixtures.HANDLER, Fixtures.key()));
        assertEquals(bench.at("2025-03-26T00:00"), bench.deadline(id, ChinaCbirc.DECISION));
        bench.now("2025-03-20T10:00").run(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), ChinaCbirc.DECISION,
                "complex", PresetBench.reason(), null));
        assertEquals(bench.at("2025-04-10T00:00"), bench.deadline(id, ChinaCbirc.DECISION),
                "30 days after 3 March end with 2 April, plus the 7 days of appraisal");

        bench.now("2025-04-07T15:00").run(id, PROPOSE_RESOLUTION);
        bench.now("2025-04-07T16:00").run(id, APPROVE_RESOLUTION);
        assertEquals(bench.at("2025-04-14T17:30"), bench.deadline(id, BankProcedures.FEEDBACK));
        bench.now("2025-04-08T10:00").run(id, RESPOND);
        assertEquals(ClockState.Status.MET, bench.clockOf(id, ChinaCbirc.DECISION).status());
        assertEquals(ClockState.Status.MET, bench.clockOf(id, BankProcedures.FEEDBACK).status());
        assertEquals(bench.at("2025-05-09T00:00"), bench.deadline(id, ChinaCbirc.REVIEW_WINDOW));

        assertEquals(List.of(ClockChange.STARTED, ClockChange.PAUSED, ClockChange.RESUMED, ClockChange.EXTENDED,
                ClockChange.WARNED, ClockChange.WARNED, ClockChange.MET), changes(id, ChinaCbirc.DECISION),
                "no sweep runs in this timeline, so the 50 % and 80 % warnings of the 30-day tier are recorded as "
                        + "missed when the customer is answered");
        assertTrue(bench.engine.hostReads().clockHistory(id, ChinaCbirc.DECISION).stream()
                .filter(c -> c.change() == ClockChange.WARNED).allMatch(c -> c.isMissedWarning()));
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.MET),
                changes(id, BankProcedures.ON_SITE), "on site at 10:50, after the warning share fell due: missed");
        assertTrue(bench.engine.hostReads().clockHistory(id, BankProcedures.ON_SITE).get(1).isMissedWarning());
        assertEquals(List.of(ClockChange.STARTED), changes(id, ChinaCbirc.REVIEW_WINDOW));
        assertEquals(List.of(), changes(id, ChinaCbirc.REVIEW), "no review was asked for");
    }
}
