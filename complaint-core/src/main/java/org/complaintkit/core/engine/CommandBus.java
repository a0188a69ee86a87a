package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.access.ComplaintViews;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.ExpectedVersion;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.internal.CommandValidator;
import org.complaintkit.core.internal.DomainInputChecks;
import org.complaintkit.core.lifecycle.GuardContext;
import org.complaintkit.core.lifecycle.WindowReading;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.Transition;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes commands: validation (every violation at once), then registration or a decision on the complaint's
 * history (the cached one first, then a fresh read), then the idempotent replay of a key seen before.
 *
 * <p>A decision goes: the access check (a denial is recorded, on a fresh read only) → the lifecycle's transition
 * table and guards → the command's {@link HandlingTable} row (its preconditions, then its event) → the check that
 * the folded status is the transition's target → the {@link Recorder}. Thread-safe.
 */
final class CommandBus {
    private static final Logger LOG = LoggerFactory.getLogger(CommandBus.class);

    private final Clock clock;
    private final ComplaintStore store;
    private final TransitionTable lifecycle;
    private final LifecycleRules rules;
    private final CommandValidator validator = new CommandValidator();
    private final DomainInputChecks inputChecks;
    private final HistoryCache cache;
    private final Registering registering;
    private final Recorder recorder;
    private final Denials denials;
    private final EngineRules engineRules;
    private final ActorIdentities identities;

    CommandBus(Clock clock, ComplaintStore store, TransitionTable lifecycle, LifecycleRules rules,
               DomainInputChecks inputChecks, HistoryCache cache, Registering registering, Recorder recorder,
               Denials denials, EngineRules engineRules, ActorIdentities identities) {
        this.identities = identities;
        this.clock = clock;
        this.store = store;
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.inputChecks = inputChecks;
        this.cache = cache;
        this.registering = registering;
        this.recorder = recorder;
        this.denials = denials;
        this.engineRules = engineRules;
    }

    CommandResult execute(ComplaintCommand command) {
        return execute(command, null, false);
    }

    /**
     * Executes a command on an existing complaint decided on the version {@code expected}: refused with
     * {@link VersionRule#DECIDED_ON_THE_CURRENT_VERSION} if the complaint is at another, unless its key was applied
     * already (then the first result, whatever the version now).
     */
    CommandResult execute(HandlingCommand command, ExpectedVersion expected) {
        return execute(command, expected, true);
    }

    private CommandResult execute(ComplaintCommand command, ExpectedVersion expected, boolean conditional) {
        if (command == null || (conditional && expected == null)) {
            List<Violation> missing = new ArrayList<>();
            if (command == null) {
                missing.add(new Violation(ErrorCode.REQUIRED, "command", "a command is required"));
            }
            if (conditional && expected == null) {
                missing.add(new Violation(ErrorCode.REQUIRED, "expectedVersion",
                        "an expected version is required here; without one, call execute(command)"));
            }
            if (command != null) {
                missing.addAll(validator.violations(command));
            }
            throw new InvalidInputException(missing);
        }
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>(validator.violations(command));
        violations.addAll(inputChecks.violations(command, now));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ComplaintId target = command instanceof HandlingCommand handling ? handling.complaintId() : null;
        command = resolveActor(command, target, now);
        // Idempotency is checked optimistically: a key seen before cannot be appended again (the store refuses
        // it atomically with everything else), so the command record is read only when the command does not go
        // through: after a refusal or a conflict, a key that was already applied gives back its first result.
        // A new key, the common case, costs no extra read.
        try {
            return forActor(command instanceof RegisterComplaint register ? registering.register(register, now)
                    : handle((HandlingCommand) command, now, expected), command.actor());
        } catch (CommandRefusedException | InvalidInputException | StoreException e) {
            if (e instanceof StoreException && (e.has(ErrorCode.STORE_UNAVAILABLE) || e.has(ErrorCode.STORE_FAILURE))) {
                throw e;
            }
            Optional<CommandRecord> earlier = store.findCommand(command.idempotencyKey());
            if (earlier.isPresent()) {
                return forActor(replay(earlier.get(), target, command), command.actor());
            }
            throw e;
        }
    }

    /**
     * Executes a command the engine runs on its own behalf (a cohort order's pause or resumption of one complaint),
     * as the system actor it names: validated and decided like any command, idempotent by its key, but without the
     * identity check that keeps the system role from callers, and with the result unmasked.
     */
    CommandResult executeOwn(HandlingCommand command) {
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>(validator.violations(command));
        violations.addAll(inputChecks.violations(command, now));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try {
            return handle(command, now, null);
        } catch (CommandRefusedException | InvalidInputException | StoreException e) {
            if (e instanceof StoreException && (e.has(ErrorCode.STORE_UNAVAILABLE) || e.has(ErrorCode.STORE_FAILURE))) {
                throw e;
            }
            Optional<CommandRecord> earlier = store.findCommand(command.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), command.complaintId(), command);
            }
            throw e;
        }
    }

    /**
     * The result as its actor may hold it: the state masked as the access policy's view rights say
     * ({@link ComplaintViews#forReader}), so that running a command is no way round the view. The masked
     * registration is kept in the history cache, since it seldom changes while masking its texts is costly.
     */
    private CommandResult forActor(CommandResult result, Actor actor) {
        ViewRights rights = engineRules.access().rights(actor, result.state());
        ComplaintState shown = ComplaintViews.forReader(result.state(), rights, registration -> cache.masked(
                result.complaintId(), registration, rights, r -> ComplaintViews.registrationFor(r, rights)));
        return shown == result.state() ? result
                : new CommandResult(result.complaintId(), result.events(), shown, result.replayed());
    }

    /**
     * The command as the engine runs it: with the actor the directory gives ({@link ActorIdentities}). A claim that
     * fails is refused before anything else, and the refusal is recorded on the complaint it was aimed at.
     */
    private ComplaintCommand resolveActor(ComplaintCommand command, ComplaintId target, Instant now) {
        try {
            return ActorIdentities.withActor(command, identities.resolve(command.actor()));
        } catch (CommandRefusedException refused) {
            History history = target == null ? null : History.read(store, target);
            if (history != null && !history.isEmpty()) {
                denials.record(history, command.actor(), Permission.ACT, command.type().label(),
                        refused.violations().get(0), now);
            } else {
                LOG.warn("{} refused before it reached a complaint: actor {} ({})", command.type().label(),
                        command.actor().staffId().value(), refused.violations().stream()
                                .map(v -> v.code().code()).distinct().toList());
            }
            throw refused;
        }
    }

    private CommandResult handle(HandlingCommand command, Instant now, ExpectedVersion expected) {
        Optional<HistoryCache.Folded> cached = cache.get(command.complaintId());
        if (cached.isPresent()) {
            try {
                return decide(command, now, cached.get().history(), cached.get().state(), false, expected);
            } catch (ComplaintKitException decidedOnTheCache) {
                // Stale (the append's version was not the store's) or refused on what this node last saw:
                // decide again on what the store holds.
                cache.forget(command.complaintId());
            }
        }
        History history = History.read(store, command.complaintId());
        if (history.isEmpty()) {
            throw StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint " + command.complaintId());
        }
        return decide(command, now, history, history.fold(), true, expected);
    }

    /**
     * Decides and records a command on a history and the state it folds to; {@code fresh} says it was just read
     * from the store, and only then is a denial recorded (a denial decided on the cache is decided again on a
     * fresh read). {@code expected}, when given, is checked on {@code before}, whose version the append then
     * expects: the store's optimistic check leaves no window between the two.
     */
    private CommandResult decide(HandlingCommand command, Instant clockNow, History history, ComplaintState before,
                                 boolean fresh, ExpectedVersion expected) {
        Instant now = history.notBefore(clockNow);
        Optional<Violation> denied = engineRules.access().checkCommand(command.actor(), before, command.type());
        if (denied.isPresent()) {
            if (fresh) {
                denials.record(history, command.actor(), Permission.ACT, command.type().label(), denied.get(), now);
            }
            throw new CommandRefusedException(List.of(denied.get()));
        }
        // A command decided on a screen the complaint has moved past is refused before the lifecycle speaks, so
        // the caller hears that it moved, not what the move makes of the command.
        VersionRule.DECIDED_ON_THE_CURRENT_VERSION.check(expected, before);
        // The review window speaks for a review, and for a re-investigation after closure asked for within it.
        WindowReading window = command.type() == CommandType.REQUEST_REVIEW
                || command.type() == CommandType.REINVESTIGATE
                ? engineRules.clocks().current().reviewWindow(before, history.events(), now) : WindowReading.BY_RULES;
        Transition transition;
        List<ComplaintEvent> events;
        try {
            // The approval matrix says how many steps an approval has: the lifecycle keeps the complaint awaiting
            // approval until the last.
            int approvalSteps = command.type() == CommandType.APPROVE_RESOLUTION
                    ? engineRules.approvals().steps(before, history.events()) : 1;
            transition = lifecycle.decide(new GuardContext(before, command, now, rules, window, approvalSteps));
            EventHeader header = new EventHeader(before.id(), before.version() + 1, now, command.actor());
            events = HandlingTable.row(command.type())
                    .decide(new Decision(command, before, history, transition, header, now, engineRules));
        } catch (CommandRefusedException refused) {
            // A refusal on a ground of conflict (the recused handler or approver, four-eyes) is on the record too,
            // whichever rule raised it.
            Optional<Violation> conflict = refused.violations().stream()
                    .filter(v -> v.code() == ErrorCode.RECUSAL || v.code() == ErrorCode.FOUR_EYES
                            || v.code() == ErrorCode.ACCOUNTABILITY_CONCERNED).findFirst();
            if (fresh && conflict.isPresent()) {
                denials.record(history, command.actor(), Permission.ACT, command.type().label(), conflict.get(), now);
            }
            throw refused;
        }
        ComplaintState after = before;
        for (ComplaintEvent event : events) {
            after = ComplaintAggregate.apply(after, event);
        }
        if (after.status() != transition.to()) {
            throw new IllegalStateException("the fold of " + command.type().label() + "'s events leads to "
                    + after.status() + " but the lifecycle says " + transition.to());
        }
        return recorder.command(history, before, after, events, command, now);
    }

    private CommandResult replay(CommandRecord record, ComplaintId target, ComplaintCommand command) {
        if (!record.matches(target, command.type())) {
            // The first use may be on a complaint the caller has no right to know of: name neither it nor its
            // command to the caller, only in the log, which may carry ids.
            LOG.debug("idempotency key reused: first used for {} on complaint {}", record.type(), record.complaintId());
            throw StoreException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                    "the key was already used for a different command; use a new key for each intended change");
        }
        if (!record.samePayload(CommandFingerprint.of(command))) {
            throw StoreException.of(ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED, "idempotencyKey",
                    "the key was used for a " + record.type().label() + " with other content; a key names one "
                            + "command, sent again unchanged");
        }
        List<ComplaintEvent> history = store.load(record.complaintId());
        if (history.size() < record.lastSequence()) {
            throw StoreException.of(ErrorCode.STORE_FAILURE, "idempotencyKey",
                    "the store holds a command record for events it does not have");
        }
        List<ComplaintEvent> upTo = history.subList(0, (int) record.lastSequence());
        ComplaintState state = History.fold(upTo);
        LOG.debug("complaint {} {} replayed for a repeated idempotency key", record.complaintId(), record.type());
        if (command instanceof RegisterComplaint) {
            // A replayed registration finishes what its first run left undone for other complaints.
            registering.finishFollowUp(record.complaintId(), clock.instant());
        }
        return new CommandResult(record.complaintId(),
                upTo.subList((int) record.firstSequence() - 1, upTo.size()), state, true);
    }
}
