package org.complaintkit.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ReturnVisitRecorded;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintMerged;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.ComplaintWithdrawn;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.ExternalOutcomeRecorded;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.event.HandlingResumed;
import org.complaintkit.api.event.InvestigationStarted;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.ReinvestigationStarted;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.event.ReviewRequested;
import org.complaintkit.api.event.SatisfactionRecorded;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.CustomerContacted;
import org.complaintkit.api.event.InterimReplySent;
import org.complaintkit.api.event.InternalReportMade;

/**
 * Reads a complaint's history as its clocks see it: each clock starts at its start milestone, does not
 * run while handling is paused for a reason it does not count, nor while a regulator's cohort order names it
 * (from the order's {@code ClocksPausedByOrder} to its {@code ClocksResumedByOrder}), restarts on new facts if its definition
 * says so, and stops at its first stop milestone, met if at or before its deadline, breached after it.
 * One rule for every target: a calendar-day deadline is the midnight that ends its last day, and a stop
 * at that very instant is still met. A deadline beyond the calendar's horizon is left unknown and
 * flagged, never guessed, and the calendar's end is when the clock is due for a look. A clock stopped
 * without a known deadline is met if it stopped within the official horizon (the deadline lies beyond
 * it), and otherwise stopped with its outcome pending ({@link ClockState.Status#STOPPED}). A deadline
 * that rests on provisional dates is marked provisional, and so is an outcome judged on it: such outcomes,
 * and overdue changes recorded on a provisional deadline, are judged again on the calendar in force
 * until an outcome is recorded on an official deadline.
 * A complaint that ends otherwise (withdrawn, merged, not accepted) cancels its running clocks.
 * A clock that a promise to the customer starts ({@link Milestone#PROMISED}) ends when a later promise replaces
 * it: breached if the promise it times had already passed (a broken promise stays broken), else cancelled.
 *
 * <p>A pure function of the events, the definitions, the calendar and the instant asked about; it keeps
 * no state. Immutable and thread-safe.
 */
public final class ClockBook {
    private final Deadlines deadlines;
    private final NoticeMilestones notices;

    /**
     * Creates the book for a calendar, without proof of notice.
     *
     * @param deadlines the deadline arithmetic on the complaint's calendar
     */
    public ClockBook(Deadlines deadlines) {
        this(deadlines, NoticeMilestones.NONE);
    }

    /**
     * Creates the book for a calendar, with milestones that wait for the customer's notice.
     *
     * @param deadlines the deadline arithmetic on the complaint's calendar
     * @param notices which milestones are reached when a customer notice is sent
     */
    public ClockBook(Deadlines deadlines, NoticeMilestones notices) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * Returns the milestone an event marks.
     *
     * @param event the event
     * @return the milestone, or null if it marks none
     */
    public static Milestone milestoneOf(ComplaintEvent event) {
        if (event instanceof ComplaintRegistered) {
            return Milestone.RECEIVED;
        } else if (event instanceof ComplaintAccepted) {
            return Milestone.ACCEPTED;
        } else if (event instanceof ComplaintNotAccepted) {
            return Milestone.NOT_ACCEPTED;
        } else if (event instanceof ComplaintAssigned) {
            return Milestone.ASSIGNED;
        } else if (event instanceof InvestigationStarted) {
            return Milestone.INVESTIGATION_STARTED;
        } else if (event instanceof ResolutionProposed p) {
            return p.approvalRequired() ? null : Milestone.DECIDED;
        } else if (event instanceof ResolutionApproved) {
            return Milestone.DECIDED;
        } else if (event instanceof CustomerResponded) {
            return Milestone.RESPONDED;
        } else if (event instanceof SatisfactionRecorded) {
            return Milestone.SATISFACTION_RECORDED;
        } else if (event instanceof ReinvestigationStarted) {
            return Milestone.REINVESTIGATED;
        } else if (event instanceof ComplaintClosed || event instanceof ExternalOutcomeRecorded) {
            return Milestone.CLOSED;
        } else if (event instanceof ComplaintWithdrawn) {
            return Milestone.WITHDRAWN;
        } else if (event instanceof ComplaintMerged) {
            return Milestone.MERGED;
        } else if (event instanceof ReviewRequested) {
            return Milestone.REVIEW_REQUESTED;
        } else if (event instanceof ReviewConcluded) {
            return Milestone.REVIEW_CONCLUDED;
        } else if (event instanceof ReferredExternally) {
            return Milestone.REFERRED;
        } else if (event instanceof NewFactsRecorded) {
            return Milestone.NEW_FACTS;
        } else if (event instanceof CompletionPromised) {
            return Milestone.PROMISED;
        } else if (event instanceof ForwardingBodyReplied) {
            return Milestone.FORWARDER_REPLIED;
        } else if (event instanceof CustomerContacted c) {
            // Only the first contact that reached the customer: an attempt that reached nobody, and every contact
            // after the first, mark none (the engine decides firstReached from the history when it records it).
            return c.firstReached() ? Milestone.FIRST_CONTACT : null;
        } else if (event instanceof InterimReplySent) {
            return Milestone.INTERIM_REPLY;
        } else if (event instanceof InternalReportMade) {
            return Milestone.INTERNAL_REPORT;
        } else if (event instanceof CoHandlerOpinionGiven o) {
            return o.completesOpinions() ? Milestone.OPINIONS_COMPLETE : null;
        } else if (event instanceof ReturnVisitRecorded) {
            return Milestone.SATISFACTION_RECORDED;
        }
        return null;
    }

    private static Instant timeOf(ComplaintEvent event) {
        if (event instanceof NoticeDelivered delivered) {
            return delivered.sentAt();
        }
        return event instanceof ComplaintRegistered r ? r.registration().receivedAt() : event.occurredAt();
    }

    /**
     * Evaluates one clock over a history, as it stands at {@code now}.
     *
     * <p>Recorded outcomes stand: once a {@code ClockChanged} event recorded the clock overdue, met or
     * breached, a later calendar that would judge it otherwise does not change that, so a breached clock
     * stays breached after a recalculation.
     *
     * @param definition the clock
     * @param history the complaint's events in sequence order
     * @param now the instant asked about; events after it are ignored
     * @return the clock's state
     */
    public ClockState evaluate(ClockDefinition definition, List<ComplaintEvent> history, Instant now) {
        Instant started = null;
        Instant stopped = null;
        boolean cancelled = false;
        int restarts = 0;
        String tier = null;
        List<PauseInterval> pauses = new ArrayList<>();
        Instant pausedSince = null;
        // Why the clock is paused: an ordinary pause for a reason it does not count, and the cohort orders naming it.
        boolean handlingPaused = false;
        Set<String> orders = new HashSet<>();
        boolean recordedOverdue = false;
        ClockChange recordedStop = null;
        boolean stopFinal = false;
        boolean reinvestigated = false;
        boolean superseded = false;
        for (ComplaintEvent event : history) {
            if (event.occurredAt().isAfter(now)) {
                break;
            }
            if (event instanceof ClockChanged c) {
                if (c.clockId().equals(definition.id())) {
                    // Only what was recorded on an official deadline stands; provisional records are judged again.
                    switch (c.change()) {
                        case STARTED, RESTARTED -> recordedOverdue = false;
                        case OVERDUE, CLOSED -> recordedOverdue = recordedOverdue || !c.isProvisional();
                        case MET, BREACHED -> {
                            recordedStop = c.change();
                            stopFinal = !c.isProvisional();
                        }
                        case STOPPED -> {
                            recordedStop = c.change();
                            stopFinal = false;
                        }
                        default -> {
                        }
                    }
                }
                continue;
            }
            Milestone milestone = notices.milestoneOf(event);
            Instant at = timeOf(event);
            // A cohort order holds the clocks it names from its pause to its resumption, whatever else happens; it
            // is remembered before the clock starts, so a clock that starts while an order stands starts paused.
            if (event instanceof ClocksPausedByOrder byOrder) {
                if (byOrder.clockIds().contains(definition.id()) && orders.add(byOrder.orderReference())
                        && started != null && stopped == null && !cancelled && pausedSince == null) {
                    pausedSince = at;
                }
                continue;
            }
            if (event instanceof ClocksResumedByOrder byOrder) {
                if (orders.remove(byOrder.orderReference()) && orders.isEmpty() && !handlingPaused
                        && pausedSince != null && stopped == null && !cancelled) {
                    pauses.add(new PauseInterval(pausedSince, at));
                    pausedSince = null;
                }
                continue;
            }
            if (started != null && milestone == Milestone.REINVESTIGATED) {
                reinvestigated = true;
            }
            if (started != null && !cancelled && reinvestigated && milestone == definition.startsAt()
                    && definition.purpose() == ClockPurpose.WINDOW) {
                // A new round: after a re-investigation a window opens again with its opening milestone. The
                // customer's 30 days to ask for a review run from the latest decision, as the lifecycle reads it.
                reinvestigated = false;
                started = at;
                stopped = null;
                pauses.clear();
                handlingPaused = false;
                pausedSince = orders.isEmpty() ? null : at;
                tier = null;
                restarts++;
                recordedOverdue = false;
                recordedStop = null;
                stopFinal = false;
                continue;
            }
            if (stopped != null || cancelled) {
                continue;
            }
            // A clock that waits for every co-handler's opinion waits for none after an assignment that names no
            // co-handling unit: such an assignment does not start it, and stops it if it runs.
            boolean noOpinionsAwaited = definition.stopsAt().contains(Milestone.OPINIONS_COMPLETE)
                    && event instanceof ComplaintAssigned assigned && assigned.assignment().coHandlers().isEmpty();
            if (started == null) {
                if (milestone == definition.startsAt() && !noOpinionsAwaited) {
                    started = at;
                    pausedSince = orders.isEmpty() ? null : at;
                }
                continue;
            }
            if (noOpinionsAwaited) {
                milestone = Milestone.OPINIONS_COMPLETE;
            }
            if (event instanceof HandlingPaused p && definition.pausesFor().contains(p.reason())) {
                handlingPaused = true;
                if (pausedSince == null) {
                    pausedSince = at;
                }
            } else if (event instanceof HandlingResumed && handlingPaused) {
                handlingPaused = false;
                if (orders.isEmpty() && pausedSince != null) {
                    pauses.add(new PauseInterval(pausedSince, at));
                    pausedSince = null;
                }
            } else if (event instanceof DeadlineExtended e && e.clockId().equals(definition.id())
                    && definition.rankOf(e.tier()) > definition.rankOf(tier)) {
                tier = e.tier();
            } else if (milestone == Milestone.NEW_FACTS && definition.restartsOnNewFacts()) {
                started = at;
                pauses.clear();
                handlingPaused = false;
                pausedSince = orders.isEmpty() ? null : at;
                tier = null;
                restarts++;
            } else if (milestone == Milestone.PROMISED && definition.startsAt() == Milestone.PROMISED) {
                // A later promise replaces the one this clock times.
                if (pausedSince != null) {
                    pauses.add(new PauseInterval(pausedSince, at));
                    pausedSince = null;
                }
                superseded = true;
                stopped = at;
            } else if (milestone != null && definition.stopsAt().contains(milestone)) {
                if (pausedSince != null) {
                    pauses.add(new PauseInterval(pausedSince, at));
                    pausedSince = null;
                }
                stopped = at;
            } else if (milestone == Milestone.WITHDRAWN || milestone == Milestone.MERGED
                    || milestone == Milestone.NOT_ACCEPTED) {
                cancelled = true;
                stopped = at;
            }
        }
        if (started == null) {
            return new ClockState(definition, ClockState.Status.NOT_STARTED, null, List.of(), null, null, 0, List.of(),
                    false, null);
        }
        List<PauseInterval> all = new ArrayList<>(pauses);
        if (pausedSince != null) {
            all.add(new PauseInterval(pausedSince, null));
        }
        ClockTarget target = definition.targetAt(tier);
        Instant deadline;
        boolean beyondHorizon = false;
        try {
            deadline = deadlines.deadline(target, started, all).orElse(null);
        } catch (CalendarException e) {
            deadline = null;
            beyondHorizon = true;
        }
        boolean provisional = deadline != null && deadlines.isProvisional(target, deadline);
        Instant calendarEnd = beyondHorizon ? deadlines.calendar().end() : null;
        ClockState.Status status;
        if (cancelled) {
            status = ClockState.Status.CANCELLED;
        } else if (superseded) {
            status = recordedOverdue || (deadline != null && stopped.isAfter(deadline)) ? ClockState.Status.BREACHED
                    : ClockState.Status.CANCELLED;
        } else if (stopped != null && recordedStop != null && stopFinal) {
            status = recordedStop == ClockChange.MET ? ClockState.Status.MET : ClockState.Status.BREACHED;
        } else if (stopped != null && recordedOverdue) {
            status = ClockState.Status.BREACHED;
        } else if (stopped != null && deadline != null) {
            status = !stopped.isAfter(deadline) ? ClockState.Status.MET : ClockState.Status.BREACHED;
        } else if (stopped != null && !stopped.isAfter(deadlines.calendar().officialEnd())) {
            // The deadline lies beyond every date the calendar knows, so after the official horizon: met.
            status = ClockState.Status.MET;
        } else if (stopped != null) {
            status = ClockState.Status.STOPPED;
        } else if (recordedOverdue || (deadline != null && now.isAfter(deadline))) {
            status = ClockState.Status.OVERDUE;
        } else if (pausedSince != null && deadline == null) {
            status = ClockState.Status.PAUSED;
        } else {
            status = ClockState.Status.RUNNING;
        }
        List<Instant> warnings = new ArrayList<>();
        if (deadline != null) {
            for (int percent : definition.warningPercents()) {
                warnings.add(deadlines.whenUsed(target, started, all, percent).orElseThrow());
            }
        }
        return new ClockState(definition, status, started, all, deadline, stopped, restarts, warnings, beyondHorizon,
                tier, provisional, calendarEnd);
    }
}
