package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps the clocks due: leases the complaints the store reports as due, records each warning share passed and
 * each deadline passed by a running clock, with the escalation and urge they call for, exactly once per clock
 * start, and finishes the follow-up work a command left pending ({@link FollowUps}). Exactly-once rests on the
 * store's versioned append, not on the lease. Thread-safe.
 */
final class ClockSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(ClockSweeper.class);
    /** How long a sweep holds the complaints it leases. */
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 200;

    private final Clock clock;
    private final ComplaintStore store;
    private final ClockSetup clocks;
    private final OrganisationKeeper organisation;
    private final Recorder recorder;
    private final HorizonWatch horizons;

    private final Denials denials;
    private final AccountabilityKeeper accountability;
    private final EngineObserver observer;
    private final FollowUps followUps;

    ClockSweeper(Clock clock, ComplaintStore store, ClockSetup clocks, OrganisationKeeper organisation,
                 Recorder recorder, HorizonWatch horizons, Denials denials, AccountabilityKeeper accountability,
                 EngineObserver observer, FollowUps followUps) {
        this.followUps = followUps;
        this.observer = observer;
        this.accountability = accountability;
        this.denials = denials;
        this.horizons = horizons;
        this.clock = clock;
        this.store = store;
        this.clocks = clocks;
        this.organisation = organisation;
        this.recorder = recorder;
    }

    HorizonWatch horizons() {
        return horizons;
    }

    SweepReport tick() {
        long start = System.nanoTime();
        SweepReport report = sweep();
        observer.sweepRan(System.nanoTime() - start, report.complaintsChecked());
        return report;
    }

    private SweepReport sweep() {
        Instant now = clock.instant();
        denials.flushDue(now);
        int checked = 0;
        int warnings = 0;
        int overdue = 0;
        int conflicts = 0;
        int ended = 0;
        if (clocks.current().isEmpty() && !followUps.enabled()) {
            return new SweepReport(now, 0, 0, 0, 0);
        }
        horizons.warnIfRunningOut(now);
        for (CalendarHealth health : horizons.health(now)) {
            observer.calendarHorizon(health.registeredAs(), health.daysLeft());
        }
        Instant leaseEnd = now.plus(LEASE);
        Set<ComplaintId> swept = new HashSet<>();
        while (true) {
            List<ComplaintId> batch = store.leaseDue(now, leaseEnd, BATCH);
            boolean fresh = false;
            for (ComplaintId id : batch) {
                if (!swept.add(id)) {
                    continue;
                }
                fresh = true;
                checked++;
                Optional<List<ClockChanged>> fired = ConflictRetry.TWICE.get(() -> sweep(id, now));
                if (fired.isEmpty()) {
                    conflicts++;
                    continue;
                }
                for (ClockChanged change : fired.get()) {
                    switch (change.change()) {
                        case WARNED -> warnings++;
                        case OVERDUE -> overdue++;
                        case CLOSED -> {
                            // a window that closed unused is no one's overdue
                        }
                        default -> ended++;
                    }
                }
            }
            if (!fresh) {
                break;
            }
        }
        if (warnings + overdue > 0) {
            LOG.debug("sweep at {}: {} complaints due, {} warnings, {} overdue", now, checked, warnings, overdue);
        }
        if (ended > 0) {
            LOG.warn("sweep at {}: {} running clocks reached the end of their calendar with their deadline unknown;"
                    + " adopt the next calendar version", now, ended);
        }
        return new SweepReport(now, checked, warnings, overdue, conflicts, ended);
    }

    private List<ClockChanged> sweep(ComplaintId id, Instant now) {
        History history = History.read(store, id);
        if (FollowUps.pending(history.events()) != null) {
            // Work a command left for other complaints and did not finish (it was cut off): finish it first.
            followUps.finish(id, "a sweep", now);
            history = History.read(store, id);
        }
        if (history.isEmpty() || history.endsAfter(now)) {
            // Something happened to the complaint after this sweep's instant (a long sweep, or another node whose
            // clock runs ahead): judged as of an earlier instant, a restarted clock would look like its old self and
            // fire again. Leave it to a sweep whose instant is not behind the history.
            return List.of();
        }
        ComplaintState state = history.fold();
        ClockKeeper keeper = clocks.current();
        List<ClockChanged> fired = keeper.dueChanges(state, history.events(), state.version(), now);
        if (fired.isEmpty()) {
            return fired;
        }
        List<ComplaintEvent> added = new ArrayList<>(fired);
        List<ComplaintEvent> withFired = history.with(fired);
        EscalationTrigger trigger = organisation.sweepTrigger(fired);
        if (trigger != null) {
            List<String> clocksDue = fired.stream().filter(c -> c.change() == ClockChange.OVERDUE
                    || c.change() == ClockChange.WARNED).map(c -> c.clockId() + " " + c.change()).toList();
            ComplaintEscalated climbed = organisation.escalationEvent(state, withFired, trigger, "sweep: " + clocksDue,
                    null, OrganisationKeeper.ESCALATION, now, state.version() + fired.size() + 1);
            if (climbed != null) {
                added.add(climbed);
            }
        }
        HandlerUrged urged = organisation.sweepUrge(state, withFired, fired, now, state.version() + added.size() + 1);
        if (urged != null) {
            added.add(urged);
        }
        // An overdue duty clock opens an accountability case, like the escalation and the urge it calls for.
        ComplaintState after = state;
        for (ComplaintEvent event : added) {
            after = ComplaintAggregate.apply(after, event);
        }
        AccountabilityCaseOpened opened = accountability.caseFor(after, history.with(added), now,
                state.version() + added.size() + 1);
        if (opened != null) {
            added.add(opened);
        }
        recorder.asDecided(history, state, added, keeper, now);
        return fired;
    }
}
