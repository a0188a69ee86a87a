package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.sla.PolicyFacts;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.sla.ClockBook;
import org.complaintkit.core.lifecycle.WindowReading;
import org.complaintkit.core.sla.ClockRecorder;
import org.complaintkit.core.sla.ClockRounds;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.ClockSweep;
import org.complaintkit.core.sla.Deadlines;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import java.util.HashSet;
import java.util.Locale;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.sla.NoticeMilestones;
import org.complaintkit.core.sla.PromiseClocks;

/**
 * The engine's clock work, kept apart from the command path: which clocks a complaint runs and on which
 * calendar, which clock changes a new event causes, whether an extension is allowed, what a sweep must
 * record, when a complaint is next due, and how a candidate setup would move recorded deadlines. It reads
 * histories and returns events; the engine does all storing.
 *
 * <p>Immutable and thread-safe.
 */
final class ClockKeeper {
    /** The actor of the changes a sweep records. */
    static final Actor SWEEP = Actor.system("sla-sweep");

    private final SlaSetup setup;
    private final OrganisationDirectory directory;
    private final Map<CalendarVersions, ClockBook> books = new IdentityHashMap<>();
    /** The definitions of later rounds, derived once per clock and round. */
    private final Map<RoundKey, ClockDefinition> rounds = new ConcurrentHashMap<>();

    private record RoundKey(ClockDefinition definition, int round) {
    }
    private final NoticeMilestones notices;

    ClockKeeper(SlaSetup setup, OrganisationDirectory directory, NoticeMilestones notices) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.directory = directory;
        this.notices = Objects.requireNonNull(notices, "notices");
        setup.defaultCalendar().ifPresent(this::bookOf);
        setup.calendars().values().forEach(this::bookOf);
    }

    SlaSetup setup() {
        return setup;
    }

    /** The same proof of notice on another setup. */
    ClockKeeper on(SlaSetup other) {
        return new ClockKeeper(other, directory, notices);
    }

    /** True if no clock can run: no policy has a clock, and there is no calendar to time promises on. */
    boolean isEmpty() {
        return setup.isEmpty() && !setup.timesPromises();
    }

    private ClockBook bookOf(CalendarVersions versions) {
        synchronized (books) {
            return books.computeIfAbsent(versions, v -> new ClockBook(new Deadlines(v.latest().calendar()), notices));
        }
    }

    /**
     * One clock of one complaint with the calendar it runs on; for a later round of a clock
     * ({@link ClockRounds}), the sequence number of the re-investigation it starts with, else 0.
     */
    record Bound(ClockDefinition definition, CalendarVersions calendar, ClockBook book, long fromSequence,
                 long toSequence) {
        Bound(ClockDefinition definition, CalendarVersions calendar, ClockBook book) {
            this(definition, calendar, book, 0, Long.MAX_VALUE);
        }

        ClockState evaluate(List<ComplaintEvent> history, Instant now) {
            return book.evaluate(definition, fromSequence == 0 && toSequence == Long.MAX_VALUE ? history
                    : ClockRounds.view(history, fromSequence, toSequence, definition.id()), now);
        }

        String version() {
            return calendar.latest().label();
        }

        /** The label a change of this clock records: the version, marked when the change rests on guessed dates. */
        String label(boolean provisional) {
            return provisional ? ClockChanged.provisional(version(), calendar.latest().calendar().officialHorizon())
                    : version();
        }
    }

    /**
     * The clocks a complaint runs, each bound to its calendar as of the complaint's state and the classification
     * its history gives it (classes, flags and priority, overrides and links applied): its policies' clocks and
     * their rounds, then one clock per promise to the customer ({@link PromiseClocks}). The policies are chosen
     * again at every event, never fixed at registration: a policy that a later override or link selects starts
     * its clocks at that event, each counting from its own start milestone.
     */
    List<Bound> clocksOf(ComplaintState state, List<ComplaintEvent> history) {
        if (isEmpty()) {
            return List.of();
        }
        PolicyFacts facts = PolicyFacts.of(state.registration(), Classifications.current(history).orElse(null));
        String unitCalendar = unitCalendar(state);
        List<Bound> out = new ArrayList<>();
        List<Long> reinvestigations = state.reinvestigations() == 0 ? List.of() : ClockRounds.reinvestigations(history);
        for (ClockDefinition definition : setup.clocksFor(facts)) {
            CalendarVersions calendar = setup.calendarFor(definition, facts, unitCalendar);
            ClockBook book = bookOf(calendar);
            if (reinvestigations.isEmpty() || !ClockRounds.runsRounds(definition)) {
                out.add(new Bound(definition, calendar, book));
                continue;
            }
            // The answer (or a review) is owed again after each re-investigation: one more round of the clock for
            // each, every round reading its own span of the history.
            out.add(new Bound(definition, calendar, book, 0, reinvestigations.get(0)));
            for (int i = 0; i < reinvestigations.size(); i++) {
                out.add(new Bound(rounds.computeIfAbsent(new RoundKey(definition, i + 2),
                        k -> ClockRounds.round(k.definition(), k.round())), calendar, book, reinvestigations.get(i),
                        i + 1 < reinvestigations.size() ? reinvestigations.get(i + 1) : Long.MAX_VALUE));
            }
        }
        if (setup.timesPromises()) {
            for (PromiseClocks.Round round : PromiseClocks.rounds(history, setup.promiseClock())) {
                CalendarVersions calendar = setup.calendarFor(round.definition(), facts, unitCalendar);
                out.add(new Bound(round.definition(), calendar, bookOf(calendar), round.fromSequence(),
                        round.toSequence()));
            }
        }
        return out;
    }

    private String unitCalendar(ComplaintState state) {
        if (directory == null) {
            return null;
        }
        UnitId unit = state.assignment() != null ? state.assignment().firstResponsible().unit()
                : state.registration().receivingUnit();
        return directory.unit(unit).map(OrgUnit::calendarId).orElse(null);
    }

    /**
     * What one lifecycle event does to the clocks: the changes to record after it, and the complaint's next
     * due instant once they are recorded.
     *
     * @param events the clock changes, numbered after the event
     * @param nextDue the next instant a sweep has work on the complaint, or null
     */
    record Effect(List<ComplaintEvent> events, Instant nextDue) {
    }

    /**
     * The clock changes an event causes, numbered after it and attributed to the actor of its command,
     * with the complaint's next due instant. Each clock is evaluated once before and once after the event,
     * each time on the calendar the complaint's state then chooses.
     */
    Effect effectOf(ComplaintState before, List<ComplaintEvent> history, ComplaintState after,
                    List<ComplaintEvent> added, Actor actor, Instant now) {
        ComplaintEvent cause = added.get(0);
        List<ComplaintEvent> withCause = new ArrayList<>(history);
        withCause.addAll(added);
        List<Bound> clocksAfter = clocksOf(after, withCause);
        Map<String, Bound> clocksBefore = new LinkedHashMap<>();
        for (Bound b : before == null ? List.<Bound>of() : clocksOf(before, history)) {
            clocksBefore.put(b.definition().id(), b);
        }
        if (clocksAfter.isEmpty() && clocksBefore.isEmpty()) {
            return new Effect(List.of(), null);
        }
        List<ComplaintEvent> changes = new ArrayList<>();
        List<ClockState> afterStates = new ArrayList<>(clocksAfter.size());
        long sequence = added.get(added.size() - 1).sequence();
        Set<String> kept = new HashSet<>();
        for (Bound clock : clocksAfter) {
            kept.add(clock.definition().id());
            Bound earlier = clocksBefore.get(clock.definition().id());
            // A clock the complaint did not run before (a new complaint, or a class that now selects its
            // policy) had not started, whatever its start milestone says.
            ClockState was = earlier == null ? notStarted(clock.definition()) : earlier.evaluate(history, now);
            ClockState is = clock.evaluate(withCause, now);
            afterStates.add(is);
            for (ClockRecorder.Change change : ClockRecorder.changes(was, is, cause,
                    clock.calendar().latest().calendar())) {
                boolean window = clock.definition().purpose() == ClockPurpose.WINDOW;
                if (window && change.change() == ClockChange.BREACHED
                        && ClockSweep.overdueSinceStart(clock.definition().id(), withCause)) {
                    continue;       // a sweep recorded the window closed; its late stop adds nothing
                }
                if (ends(clock, change)) {
                    // Ended without an outcome: first what a sweep would have recorded and none did.
                    for (ClockRecorder.Change missed : ClockSweep.missedAtEnd(was, history, now)) {
                        changes.add(record(cause.complaintId(), ++sequence, now, actor, missed, clock));
                    }
                }
                if (!window && (change.change() == ClockChange.MET || change.change() == ClockChange.BREACHED)) {
                    // A stop records the warnings no sweep recorded, and a breach no sweep saw runs its actions now.
                    for (ClockRecorder.Change missed : ClockSweep.missedAtStop(is, withCause)) {
                        changes.add(record(cause.complaintId(), ++sequence, now, actor, missed, clock));
                    }
                    if (change.change() == ClockChange.BREACHED
                            && !ClockSweep.overdueSinceStart(clock.definition().id(), withCause)) {
                        change = new ClockRecorder.Change(change.clockId(), change.change(), change.deadline(),
                                change.reason() + ClockChanged.UNSEEN, change.provisional());
                    }
                }
                changes.add(record(cause.complaintId(), ++sequence, now, actor, change, clock));
            }
        }
        for (Bound dropped : clocksBefore.values()) {
            if (kept.contains(dropped.definition().id())) {
                continue;
            }
            ClockState was = dropped.evaluate(history, now);
            if (was.status() != ClockState.Status.NOT_STARTED && !was.isStopped()) {
                if (dropped.definition().purpose() == ClockPurpose.DUTY) {
                    for (ClockRecorder.Change missed : ClockSweep.missedAtEnd(was, history, now)) {
                        changes.add(record(cause.complaintId(), ++sequence, now, actor, missed, dropped));
                    }
                }
                changes.add(record(cause.complaintId(), ++sequence, now, actor, new ClockRecorder.Change(
                        dropped.definition().id(), ClockChange.CANCELLED, null, cause.getClass().getSimpleName()
                        + " (event " + cause.sequence() + "): its policy no longer applies"), dropped));
            }
        }
        // Recorded changes only confirm what the states after the cause already say, so the states need no
        // second evaluation; the sweep's counts read the changes from the history.
        withCause.addAll(changes);
        return new Effect(changes, earliest(afterStates, withCause));
    }

    /** True for a duty clock's end without an outcome: a cancellation, or a stop whose outcome waits. */
    private static boolean ends(Bound clock, ClockRecorder.Change change) {
        return clock.definition().purpose() == ClockPurpose.DUTY
                && (change.change() == ClockChange.CANCELLED || change.change() == ClockChange.STOPPED);
    }

    /**
     * Refuses an extension that the clock's definition does not allow now, listing every reason.
     */
    void checkExtension(ComplaintState state, List<ComplaintEvent> history, ExtendDeadline command, Instant now) {
        Bound clock = clocksOf(state, history).stream()
                .filter(b -> b.definition().id().equals(command.clockId())).findFirst()
                .orElseThrow(() -> InvalidInputException.of(ErrorCode.UNKNOWN_CLOCK, "clockId",
                        "the complaint runs no clock " + command.clockId()));
        ClockDefinition definition = clock.definition();
        ExtensionTier tier = definition.extension(command.tier()).orElseThrow(() -> InvalidInputException.of(
                ErrorCode.UNKNOWN_CLOCK, "tier", "clock " + definition.id() + " has no extension tier "
                        + command.tier()));
        ClockState live = clock.evaluate(history, now);
        List<Violation> refusals = new ArrayList<>();
        if (!live.isLive()) {
            refusals.add(new Violation(ErrorCode.EXTENSION_NOT_ALLOWED, "clockId",
                    "clock " + definition.id() + " is " + live.status().name().toLowerCase(Locale.ROOT)
                            + "; only a running or paused clock that is not yet due can be extended"));
        } else if (definition.rankOf(tier.id()) <= definition.rankOf(live.tier())) {
            refusals.add(new Violation(ErrorCode.EXTENSION_NOT_ALLOWED, "tier",
                    "clock " + definition.id() + " is already at tier "
                            + (live.tier() == null ? "(base)" : live.tier()) + "; extend only to a later tier"));
        }
        if (tier.needsApproval() && !command.actor().roles().contains(tier.approvedBy())) {
            refusals.add(new Violation(ErrorCode.EXTENSION_NOT_APPROVED, "actor",
                    "tier " + tier.id() + " of clock " + definition.id() + " needs approval by role "
                            + tier.approvedBy()));
        }
        if (tier.customerNotice() && command.noticeBy() == null) {
            refusals.add(new Violation(ErrorCode.EXTENSION_NOTICE_REQUIRED, "noticeBy",
                    "tier " + tier.id() + " of clock " + definition.id()
                            + " must be notified to the customer with the reason and the new deadline"));
        }
        if (!refusals.isEmpty()) {
            throw new CommandRefusedException(refusals);
        }
    }

    private static ClockState notStarted(ClockDefinition definition) {
        return new ClockState(definition, ClockState.Status.NOT_STARTED, null, List.of(), null, null, 0, List.of(), false,
                null);
    }

    /** What a sweep at {@code now} must record for a complaint at {@code version}. */
    List<ClockChanged> dueChanges(ComplaintState state, List<ComplaintEvent> history, long version, Instant now) {
        List<ClockChanged> out = new ArrayList<>();
        long sequence = version;
        for (Bound clock : clocksOf(state, history)) {
            ClockState live = clock.evaluate(history, now);
            for (ClockRecorder.Change change : ClockSweep.due(live, history, now,
                    clock.calendar().latest().calendar().definition().lastDay())) {
                out.add(record(state.id(), ++sequence, now, SWEEP, change, clock));
            }
        }
        return out;
    }

    /** The next instant a sweep has work on a complaint, or null. */
    Instant nextDue(ComplaintState state, List<ComplaintEvent> history, Instant now) {
        return isEmpty() ? null : earliest(states(state, history, now), history);
    }

    private static Instant earliest(List<ClockState> states, List<ComplaintEvent> history) {
        Instant next = null;
        for (ClockState state : states) {
            Instant due = ClockSweep.nextDue(state, history);
            if (due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return next;
    }

    /**
     * What the complaint's review-window clock says at {@code now}, for the lifecycle's guard: the window clock
     * is a {@code WINDOW} that a review request stops. Open while it runs, closed once it has run out; where no
     * such clock runs, or it has not started or has stopped, the guard counts by its own rules.
     */
    WindowReading reviewWindow(ComplaintState state, List<ComplaintEvent> history, Instant now) {
        for (Bound clock : clocksOf(state, history)) {
            ClockDefinition definition = clock.definition();
            if (definition.purpose() == ClockPurpose.WINDOW && definition.stopsAt().contains(Milestone.REVIEW_REQUESTED)) {
                ClockState live = clock.evaluate(history, now);
                if (live.isLive()) {
                    return WindowReading.OPEN;
                } else if (live.status() == ClockState.Status.OVERDUE) {
                    return WindowReading.CLOSED;
                }
            }
        }
        return WindowReading.BY_RULES;
    }

    /** Each clock's state now. */
    List<ClockState> states(ComplaintState state, List<ComplaintEvent> history, Instant now) {
        List<ClockState> out = new ArrayList<>();
        for (Bound clock : clocksOf(state, history)) {
            out.add(clock.evaluate(history, now));
        }
        return out;
    }

    /**
     * How a candidate setup would change a complaint's clocks: recorded deadlines of open clocks that move
     * (including a deadline that becomes known, and a provisional one that becomes official), outcomes pending
     * or provisional that the candidate settles or corrects, clocks a new policy adds and clocks it drops.
     * Outcomes recorded on an official deadline, and overdue clocks recorded on one, are never touched.
     */
    List<DeadlineMove> moves(ComplaintState state, List<ComplaintEvent> history, ClockKeeper candidate, Instant now) {
        List<DeadlineMove> out = new ArrayList<>();
        Map<String, Bound> mine = new LinkedHashMap<>();
        for (Bound b : clocksOf(state, history)) {
            mine.put(b.definition().id(), b);
        }
        Map<String, Bound> theirs = new LinkedHashMap<>();
        for (Bound b : candidate.clocksOf(state, history)) {
            theirs.put(b.definition().id(), b);
        }
        for (Bound clock : mine.values()) {
            Recorded recorded = recorded(history, clock.definition().id());
            Bound next = theirs.get(clock.definition().id());
            if (recorded.open() && next == null) {
                out.add(new DeadlineMove(state.id(), clock.definition().id(), ClockChange.CANCELLED,
                        recorded.deadline(), null, recorded.version(), null));
                continue;
            }
            if (next == null || (!recorded.open() && !recorded.pending())) {
                continue;
            }
            ClockState live = next.evaluate(history, now);
            String label = next.label(live.provisional());
            boolean moved = !Objects.equals(live.deadline(), recorded.deadline())
                    || live.provisional() != recorded.provisional();
            if (recorded.pending()) {
                // A stop judged on an unknown or provisional deadline: settled (or corrected) once the candidate
                // gives a deadline that differs from the one it was judged on, or makes it official.
                boolean judged = live.status() == ClockState.Status.MET || live.status() == ClockState.Status.BREACHED;
                if (judged && (moved || outcomeOf(live) != recorded.stop())) {
                    out.add(new DeadlineMove(state.id(), clock.definition().id(), ClockChange.RECALCULATED,
                            recorded.deadline(), live.deadline(), recorded.version(), label, outcomeOf(live)));
                }
                continue;
            }
            if (recorded.paused()) {
                continue;
            }
            if (live.deadline() == null) {
                // A known deadline that the candidate can no longer give (its calendar ends sooner) is not
                // dropped silently: the move records it unknown, and the clock is due when that calendar ends.
                if (live.isLive() && live.beyondHorizon() && recorded.deadline() != null) {
                    out.add(new DeadlineMove(state.id(), clock.definition().id(), ClockChange.RECALCULATED,
                            recorded.deadline(), null, recorded.version(), label));
                }
                continue;
            }
            // An official deadline that has not passed moves while the clock is live; one that was unknown or
            // provisional moves whatever the candidate says of it now, so overdue follows on the record.
            boolean guessed = recorded.deadline() == null || recorded.provisional();
            boolean open = live.isLive() || (guessed && live.status() == ClockState.Status.OVERDUE);
            if (open && moved) {
                out.add(new DeadlineMove(state.id(), clock.definition().id(), ClockChange.RECALCULATED,
                        recorded.deadline(), live.deadline(), recorded.version(), label));
            }
        }
        for (Bound next : theirs.values()) {
            if (mine.containsKey(next.definition().id())) {
                continue;
            }
            ClockState live = next.evaluate(history, now);
            if (live.isLive() && !recorded(history, next.definition().id()).seen()) {
                out.add(new DeadlineMove(state.id(), next.definition().id(), ClockChange.STARTED, null,
                        live.deadline(), null, next.label(live.provisional())));
            }
        }
        return out;
    }

    private static ClockChange outcomeOf(ClockState state) {
        return switch (state.status()) {
            case MET -> ClockChange.MET;
            case BREACHED -> ClockChange.BREACHED;
            default -> null;
        };
    }

    /**
     * The events that apply moves to a complaint at {@code version}, attributed to {@code actor}: each move's
     * change and, where it settles or corrects an outcome, the outcome after it (a breach with the clock's
     * breach actions).
     */
    List<ClockChanged> applying(List<DeadlineMove> moves, long version, Instant now, Actor actor, String reason) {
        List<ClockChanged> out = new ArrayList<>();
        long sequence = version;
        for (DeadlineMove move : moves) {
            String label = move.candidateVersion() != null ? move.candidateVersion() : move.recordedVersion();
            label = label == null ? "none" : label;
            out.add(new ClockChanged(new EventHeader(move.complaintId(), ++sequence, now, actor), move.clockId(),
                    move.change(), move.change() == ClockChange.CANCELLED ? null : move.recalculated(),
                    label, reason, Set.of()));
            if (move.outcome() != null) {
                String policyClock = ClockRounds.baseId(move.clockId());
                Set<BreachAction> actions = setup.policyOf(policyClock)
                        .map(p -> breachActions(p.clock(policyClock), move.outcome())).orElse(Set.of());
                out.add(new ClockChanged(new EventHeader(move.complaintId(), ++sequence, now, actor), move.clockId(),
                        move.outcome(), null, label, reason + "; outcome judged on the deadline "
                        + (move.recalculated() == null ? "unknown" : move.recalculated().toString())
                        + (label.contains(ClockChanged.PROVISIONAL) ? ", still provisional" : ""), actions));
            }
        }
        return out;
    }

    private static ClockChanged record(ComplaintId id, long sequence, Instant now, Actor actor,
                                       ClockRecorder.Change change, Bound clock) {
        ClockChange kind = change.change();
        String reason = change.reason();
        if (clock.definition().purpose() == ClockPurpose.WINDOW
                && (kind == ClockChange.OVERDUE || kind == ClockChange.BREACHED)) {
            // A window's end is the end of a right, never a breach of a duty.
            kind = ClockChange.CLOSED;
            reason = "the window closed at " + change.deadline() + " unused (" + reason + ")";
        }
        return new ClockChanged(new EventHeader(id, sequence, now, actor), change.clockId(), kind,
                change.deadline(), clock.label(change.provisional()), reason,
                breachActions(clock.definition(), kind));
    }

    /**
     * What a change of a duty clock asks the bank to do: its breach actions on {@code OVERDUE} and
     * {@code BREACHED}; on {@code HORIZON_REACHED} its notification only, so that someone looks at a clock whose
     * deadline the calendar cannot give.
     */
    static Set<BreachAction> breachActions(ClockDefinition definition, ClockChange change) {
        if (definition.purpose() != ClockPurpose.DUTY) {
            return Set.of();
        }
        return switch (change) {
            case OVERDUE, BREACHED -> definition.onBreach();
            case HORIZON_REACHED -> definition.onBreach().contains(BreachAction.NOTIFY) ? Set.of(BreachAction.NOTIFY)
                    : Set.of();
            default -> Set.of();
        };
    }

    /**
     * What the history records of one clock.
     *
     * @param seen whether any change of the clock was recorded
     * @param open whether it was last recorded running or paused, and not overdue on an official deadline
     * @param paused whether it was last recorded paused
     * @param deadline the last recorded deadline, or null
     * @param version the calendar version of that deadline, or null
     * @param provisional whether that deadline was provisional
     * @param stop the last recorded outcome ({@code MET}, {@code BREACHED} or {@code STOPPED}) if it is pending,
     *     else null
     */
    private record Recorded(boolean seen, boolean open, boolean paused, Instant deadline, String version,
                            boolean provisional, ClockChange stop) {
        boolean pending() {
            return stop != null;
        }
    }

    private static Recorded recorded(List<ComplaintEvent> history, String clockId) {
        boolean seen = false;
        boolean open = false;
        boolean paused = false;
        Instant deadline = null;
        String version = null;
        boolean provisional = false;
        ClockChange stop = null;
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged c && c.clockId().equals(clockId)) {
                seen = true;
                switch (c.change()) {
                    case STARTED, RESUMED, RESTARTED, EXTENDED, RECALCULATED -> {
                        open = stop == null;
                        paused = false;
                        deadline = c.deadline();
                        version = c.calendarVersion();
                        provisional = c.isProvisional();
                    }
                    case PAUSED -> {
                        open = true;
                        paused = true;
                        deadline = null;
                        version = c.calendarVersion();
                        provisional = false;
                    }
                    case WARNED, HORIZON_REACHED -> {
                    }
                    case OVERDUE, CLOSED -> open = open && c.isProvisional();
                    case MET, BREACHED -> {
                        open = false;
                        stop = c.isProvisional() ? c.change() : null;
                    }
                    case STOPPED -> {
                        open = false;
                        stop = c.change();
                    }
                    default -> {
                        open = false;
                        stop = null;
                    }
                }
            }
        }
        return new Recorded(seen, open, paused, deadline, version, provisional, stop);
    }
}
