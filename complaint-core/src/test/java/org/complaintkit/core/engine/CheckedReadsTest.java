package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every read of a complaint either takes its reader and goes through the access policy, or is a host read under
 * {@link ComplaintEngine#hostReads()}: the reads the security review found unchecked.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckedReadsTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(FixedHistory.DIRECTORY).calendar(new FixedHistory().calendar)
            .policies(ChinaCbirc.policy()).build();
    private final ComplaintId id = engine.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID))
            .complaintId();
    /** An approver at the branch, neither handler nor first-contact owner: sees the complaint masked. */
    private final Actor colleague = Actor.staff(Fixtures.APPROVER_ID, Fixtures.BRANCH, Role.APPROVER);

    private List<ErrorCode> denials() {
        return engine.hostReads().history(id).stream().filter(AccessDenied.class::isInstance)
                .map(e -> ((AccessDenied) e).code()).toList();
    }

    @Test
    void every_public_engine_method_that_names_a_complaint_also_takes_its_reader_or_is_a_command() {
        for (Method m : ComplaintEngine.class.getDeclaredMethods()) {
            List<Class<?>> params = Arrays.asList(m.getParameterTypes());
            // verify(id) is the host's integrity check: it returns a verdict on the seals, no content of the complaint.
            if (Modifier.isPublic(m.getModifiers()) && params.contains(ComplaintId.class)
                    && !m.getName().equals("verify")) {
                assertTrue(params.contains(Actor.class), m + " reads a complaint without its reader");
            }
        }
    }

    @Test
    void the_person_complained_about_reads_nothing_of_it_and_each_attempt_is_recorded() {
        List<Consumer<Actor>> reads = List.of(r -> engine.history(id, r), r -> engine.clocks(id, r),
                r -> engine.clock(id, ChinaCbirc.DECISION, r), r -> engine.explain(id, ChinaCbirc.DECISION, r),
                r -> engine.clockHistory(id, ChinaCbirc.DECISION, r), r -> engine.classification(id, r),
                r -> engine.statisticalBucket(id, r), r -> engine.ledger(id, r), r -> engine.suggestRouting(id, r),
                r -> engine.tier(id, r));
        for (Consumer<Actor> read : reads) {
            CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> read.accept(Fixtures.ACCUSED));
            assertTrue(e.has(ErrorCode.RECUSAL), e.getMessage());
        }
        assertEquals(reads.size(), denials().size(), "every refused read is on the record");
    }

    @Test
    void a_reader_without_full_rights_gets_the_clocks_but_not_the_history_or_the_ledger_which_hold_personal_data() {
        assertEquals(ChinaCbirc.DECISION, engine.clock(id, ChinaCbirc.DECISION, colleague).definition().id());
        assertTrue(assertThrows(CommandRefusedException.class, () -> engine.history(id, colleague))
                .has(ErrorCode.ACCESS_DENIED));
        assertTrue(assertThrows(CommandRefusedException.class, () -> engine.ledger(id, colleague))
                .has(ErrorCode.ACCESS_DENIED));
        assertEquals(List.of(ErrorCode.ACCESS_DENIED, ErrorCode.ACCESS_DENIED), denials());
        assertFalse(engine.history(id, FixedHistory.MANAGER).isEmpty(), "the complaint-management unit reads it all");
    }

    @Test
    void a_commands_result_shows_the_state_only_as_its_actor_may_see_it() {
        var accepted = engine.execute(Commands.of(CommandType.ACCEPT, id, colleague));
        assertEquals(ComplaintStatus.ACCEPTED, accepted.state().status());
        var registration = accepted.state().registration();
        assertFalse(registration.complainant().name().reveal().contains(Fixtures.NAME), "the name is masked");
        assertFalse(registration.complainant().contact().address().reveal().contains(Fixtures.PHONE));
        assertFalse(registration.complainant().customer().value().contains(Fixtures.CUSTOMER_NUMBER));
        assertFalse(registration.content().reveal().contains(Fixtures.NAME));
        var full = engine.execute(Commands.of(CommandType.ASSIGN, id, FixedHistory.MANAGER));
        assertEquals(Fixtures.NAME, full.state().registration().complainant().name().reveal(),
                "the complaint-management unit gets the state as it is");
    }

    @Test
    void a_reader_unknown_to_the_directory_reads_nothing() {
        Actor ghost = Actor.staff(StaffId.of("S-5555"), FixedHistory.HO, Role.COMPLAINT_MANAGER);
        assertTrue(assertThrows(CommandRefusedException.class, () -> engine.history(id, ghost))
                .has(ErrorCode.ACTOR_UNKNOWN));
        assertEquals(List.of(ErrorCode.ACTOR_UNKNOWN), denials());
    }
}
