package org.complaintkit.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The table's non-throwing answer is the thrown one's, and its refusal of an illegal command is built once. */
class TransitionChoiceTest {
    private static final TransitionTable TABLE = StandardLifecycle.table();
    private static final LifecycleRules RULES = LifecycleRules.defaults(ZoneOffset.UTC);
    private static final Instant NOW = Instant.parse(ComplaintScenario.START);
    private static final ComplaintState BASE = ComplaintAggregate.replay(ComplaintScenario.historyAfter());

    private static GuardContext context(ComplaintStatus status, CommandType type, boolean ownProposal,
                                        Satisfaction satisfaction) {
        HandlingCommand command = Commands.of(type, BASE.id(), Fixtures.HANDLER);
        StaffId proposer = ownProposal ? command.actor().staffId() : StaffId.of("S-9999");
        ComplaintState state = new ComplaintState(BASE.id(), 5, status, BASE.registration(), null,
                new Resolution(Sensitive.of("r"), Outcome.UPHELD, null, proposer), null, null, satisfaction, null, 0,
                null, null, null, null, NOW);
        return new GuardContext(state, command, NOW, RULES);
    }

    @Property(tries = 400)
    void chooseAnswersWhatDecideAnswers(@ForAll ComplaintStatus status, @ForAll("handling") CommandType type,
                                        @ForAll boolean ownProposal, @ForAll Satisfaction satisfaction) {
        GuardContext context = context(status, type, ownProposal, satisfaction);
        TransitionChoice choice = TABLE.choose(context);
        if (choice instanceof TransitionChoice.Allowed allowed) {
            assertEquals(allowed.transition(), TABLE.decide(context));
        } else {
            CommandRefusedException thrown = assertThrows(CommandRefusedException.class, () -> TABLE.decide(context));
            assertEquals(((TransitionChoice.Refused) choice).violations(), thrown.violations());
        }
    }

    @Provide
    Arbitrary<CommandType> handling() {
        return Arbitraries.of(CommandType.class).filter(t -> t != CommandType.REGISTER);
    }

    @Test
    void anIllegalCommandsRefusalIsOneSharedAnswer() {
        GuardContext context = context(ComplaintStatus.CLOSED, CommandType.ACCEPT, false, Satisfaction.SATISFIED);
        TransitionChoice first = TABLE.choose(context);
        TransitionChoice.Refused refused = assertInstanceOf(TransitionChoice.Refused.class, first);
        assertSame(first, TABLE.choose(context));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, refused.violations().get(0).code());
        CommandRefusedException thrown = assertThrows(CommandRefusedException.class, refused::orThrow);
        assertEquals("command refused: " + refused.violations().get(0), thrown.getMessage());
    }
}
