package org.complaintkit.benchmarks.lifecycle;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.benchmarks.lifecycle.Model.Context;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;
import org.complaintkit.core.lifecycle.Guard;
import org.complaintkit.core.lifecycle.GuardContext;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.TransitionChoice;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.testkit.ComplaintScenario;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * ComplaintKit's {@link TransitionTable} running the model, with the library's own guard and refusal types:
 * it asks the table's non-throwing {@link TransitionTable#choose}, whose refusal is the
 * {@link TransitionChoice.Refused} the engine turns into its {@code CommandRefusedException}, as the peers'
 * adapters read their libraries' own refusal signals.
 */
public final class TableContender implements LifecycleContender {
    private static final ComplaintId ID = ComplaintId.of("C-bench");
    private static final Map<Event, CommandType> TYPES = new EnumMap<>(Map.ofEntries(
            Map.entry(Event.ACCEPT, CommandType.ACCEPT), Map.entry(Event.ASSIGN, CommandType.ASSIGN),
            Map.entry(Event.START, CommandType.START_INVESTIGATION), Map.entry(Event.PAUSE, CommandType.PAUSE),
            Map.entry(Event.RESUME, CommandType.RESUME), Map.entry(Event.PROPOSE, CommandType.PROPOSE_RESOLUTION),
            Map.entry(Event.APPROVE, CommandType.APPROVE_RESOLUTION), Map.entry(Event.SEND_BACK, CommandType.SEND_BACK),
            Map.entry(Event.RESPOND, CommandType.RESPOND), Map.entry(Event.REINVESTIGATE, CommandType.REINVESTIGATE),
            Map.entry(Event.CLOSE, CommandType.CLOSE), Map.entry(Event.WITHDRAW, CommandType.WITHDRAW)));

    private final TransitionTable table;
    private final LifecycleRules rules = LifecycleRules.defaults(ZoneOffset.UTC);
    private final Instant now = Instant.parse("2026-03-02T01:30:00Z");
    /** Per state, per proposer and satisfaction: the complaint as the engine would have folded it. */
    private final ComplaintState[][] states = new ComplaintState[State.values().length][];
    /** Per event and actor: the command, built once as a caller would. */
    private final HandlingCommand[][] commands = new HandlingCommand[Event.values().length][];
    private State current = State.REGISTERED;

    /** Builds the table and the states and commands it is asked about. */
    public TableContender() {
        Guard fourEyes = new Guard("four eyes", ErrorCode.FOUR_EYES, c -> c.state().resolution() == null
                || !c.state().resolution().proposedBy().equals(c.command().actor().staffId()));
        Guard dissatisfied = new Guard("customer dissatisfied", ErrorCode.CUSTOMER_NOT_DISSATISFIED,
                c -> c.state().satisfaction() == Satisfaction.DISSATISFIED);
        TransitionTable.Builder builder = TransitionTable.builder(ComplaintStatus.REGISTERED);
        for (Model.Transition t : Model.TRANSITIONS) {
            List<Guard> guards = switch (t.guard()) {
                case NONE -> List.of();
                case FOUR_EYES -> List.of(fourEyes);
                case DISSATISFIED -> List.of(dissatisfied);
            };
            builder.allow(status(t.from()), TYPES.get(t.event()), status(t.to()), guards);
        }
        // A table must be complete (every status reachable, every command type used) or it refuses to build.
        // These rows serve command types and statuses the model does not have; the benchmark never fires them.
        builder.allow(ComplaintStatus.REGISTERED, CommandType.REJECT, ComplaintStatus.NOT_ACCEPTED)
                .allow(ComplaintStatus.REGISTERED, CommandType.MERGE, ComplaintStatus.MERGED)
                .allow(ComplaintStatus.CLOSED, CommandType.REQUEST_REVIEW, ComplaintStatus.UNDER_REVIEW)
                .allow(ComplaintStatus.UNDER_REVIEW, CommandType.CONCLUDE_REVIEW, ComplaintStatus.CLOSED)
                .allow(ComplaintStatus.RESPONDED, CommandType.REFER_EXTERNALLY, ComplaintStatus.REFERRED)
                .allow(ComplaintStatus.REFERRED, CommandType.RECORD_EXTERNAL_OUTCOME, ComplaintStatus.CLOSED);
        Set<CommandType> used = EnumSet.of(CommandType.REGISTER, CommandType.REJECT,
                CommandType.MERGE, CommandType.REQUEST_REVIEW, CommandType.CONCLUDE_REVIEW,
                CommandType.REFER_EXTERNALLY, CommandType.RECORD_EXTERNAL_OUTCOME);
        used.addAll(TYPES.values());
        for (CommandType type : CommandType.values()) {
            if (!used.contains(type)) {
                builder.allowInPlace(type, EnumSet.of(ComplaintStatus.UNDER_REVIEW));
            }
        }
        this.table = builder.build();
        ComplaintState base = ComplaintAggregate.replay(
                ComplaintScenario.historyAfter());
        for (State s : State.values()) {
            ComplaintState[] variants = new ComplaintState[4];
            for (int v = 0; v < 4; v++) {
                String proposer = v < 2 ? "S-2001" : "S-3001";
                Satisfaction satisfaction = v % 2 == 0 ? Satisfaction.DISSATISFIED : Satisfaction.SATISFIED;
                variants[v] = new ComplaintState(ID, 5, status(s), base.registration(), null,
                        new Resolution(Sensitive.of("r"), Outcome.UPHELD, null, StaffId.of(proposer)), null, null,
                        satisfaction, null, 0, null, null, null, null, now);
            }
            states[s.ordinal()] = variants;
        }
        for (Event e : Event.values()) {
            HandlingCommand[] byActor = new HandlingCommand[2];
            for (int a = 0; a < 2; a++) {
                Actor actor = Actor.staff(StaffId.of(a == 0 ? "S-2001" : "S-3001"), UnitId.of("GD-SZ"), Role.HANDLER,
                        Role.APPROVER);
                byActor[a] = Commands.of(TYPES.get(e), ID, actor, Fixtures.key(), Commands.Payload.plain());
            }
            commands[e.ordinal()] = byActor;
        }
    }

    private static ComplaintStatus status(State s) {
        return ComplaintStatus.valueOf(s.name());
    }

    @Override
    public String name() {
        return "complaintkit";
    }

    @Override
    public State fire(Event event, Context context) {
        State next = fireFrom(current, event, context);
        if (next != null) {
            current = next;
        }
        return next;
    }

    @Override
    public void reset(State state) {
        current = state;
    }

    @Override
    public State fireFrom(State stored, Event event, Context context) {
        int variant = (context.proposer().equals("S-2001") ? 0 : 2) + (context.dissatisfied() ? 0 : 1);
        HandlingCommand command = commands[event.ordinal()][context.actor().equals("S-2001") ? 0 : 1];
        TransitionChoice choice = table.choose(new GuardContext(states[stored.ordinal()][variant], command, now, rules));
        return choice instanceof TransitionChoice.Allowed allowed ? STATES[allowed.transition().to().ordinal()] : null;
    }

    private static final State[] STATES = byStatus();

    private static State[] byStatus() {
        State[] out = new State[ComplaintStatus.values().length];
        for (State s : State.values()) {
            out[ComplaintStatus.valueOf(s.name()).ordinal()] = s;
        }
        return out;
    }
}
