package org.complaintkit.core.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;

/**
 * The clocks of the completion times promised to the customer (承诺办结时间, seed 002 第二篇 四(三)2, 7): each
 * promise runs a clock of its own, from the promise to the promised instant, that the answer to the customer stops.
 * The deadline comes from the promise, not from a policy's fixed target.
 *
 * <p>A changed promise is a new round, as a re-investigation is for the answer's clocks ({@link ClockRounds}): the
 * first promise is timed under {@link #CLOCK_ID}, the k-th under {@code customer.promise#k}, each round reading its
 * own span of the history, from its promise to the promise that replaces it. A round a later promise replaces ends
 * there: breached if its promised time had already passed, so a broken promise stays on the record, else
 * cancelled. Warnings and breaches are recorded and notified as for any clock.
 *
 * <p>The template ({@link #standard()}, or the host's through {@code SlaSetup.Builder.promiseClock}) gives the
 * description, stops, warnings, breach actions and calendar; each promise gives the target.
 *
 * <p>Immutable and thread-safe.
 */
public final class PromiseClocks {
    /** The id the first promise's clock is recorded under. */
    public static final String CLOCK_ID = "customer.promise";

    private static final ClockDefinition STANDARD = ClockDefinition.builder(CLOCK_ID)
            .description("complete by the time promised to the customer (seed 002 第二篇 四(三))")
            .startsAt(Milestone.PROMISED).stopsAt(Milestone.RESPONDED, Milestone.CLOSED)
            .target(new ClockTarget.Elapsed(Duration.ofDays(1))).warnAt(80).onBreach(BreachAction.NOTIFY).build();

    private PromiseClocks() {
    }

    /**
     * The standard template: stopped by the answer (or the closing), a warning at 80 % of the time from the promise
     * to the promised instant, a breach notified, on the default calendar. Its target stands in for each promise's.
     *
     * @return the template
     */
    public static ClockDefinition standard() {
        return STANDARD;
    }

    /**
     * One promise's clock: its definition and the span of the history it reads.
     *
     * @param definition the clock, under the round's id, with the promised instant as its target
     * @param fromSequence the sequence number of the promise
     * @param toSequence the sequence number of the promise that replaces it, or {@link Long#MAX_VALUE}
     * @param promise the promise
     */
    public record Round(ClockDefinition definition, long fromSequence, long toSequence, CompletionPromised promise) {
        /**
         * Checks the components.
         *
         * @param definition the clock
         * @param fromSequence the sequence number of the promise
         * @param toSequence the sequence number of the replacing promise, or {@link Long#MAX_VALUE}
         * @param promise the promise
         */
        public Round {
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(promise, "promise");
        }

        /**
         * The part of the history this round reads.
         *
         * @param history a complaint's events in sequence order
         * @return the round's events
         */
        public List<ComplaintEvent> view(List<ComplaintEvent> history) {
            return ClockRounds.view(history, fromSequence, toSequence, definition.id());
        }
    }

    /**
     * The promise clocks of a complaint, one per promise, in order.
     *
     * @param history a complaint's events in sequence order
     * @param template the template the clocks follow
     * @return the rounds; empty if nothing was promised
     */
    public static List<Round> rounds(List<ComplaintEvent> history, ClockDefinition template) {
        List<CompletionPromised> promises = new ArrayList<>(1);
        for (ComplaintEvent event : history) {
            if (event instanceof CompletionPromised promise) {
                promises.add(promise);
            }
        }
        List<Round> out = new ArrayList<>(promises.size());
        for (int i = 0; i < promises.size(); i++) {
            CompletionPromised promise = promises.get(i);
            Duration budget = Duration.between(promise.occurredAt(), promise.promisedBy());
            // The engine refuses a promise that is not ahead of its clock (CMP-1125); a history written otherwise
            // is timed as due at once rather than refused on read.
            ClockDefinition round = template.toBuilder().id(ClockRounds.idOf(template.id(), i + 1))
                    .target(new ClockTarget.Elapsed(budget.isNegative() || budget.isZero() ? Duration.ofNanos(1)
                            : budget)).build();
            long to = i + 1 < promises.size() ? promises.get(i + 1).sequence() : Long.MAX_VALUE;
            out.add(new Round(round, promise.sequence(), to, promise));
        }
        return out;
    }

    /**
     * The promise in force: the latest.
     *
     * @param history a complaint's events in sequence order
     * @return the latest promise, or empty if nothing was promised
     */
    public static Optional<CompletionPromised> latest(List<ComplaintEvent> history) {
        CompletionPromised latest = null;
        for (ComplaintEvent event : history) {
            if (event instanceof CompletionPromised promise) {
                latest = promise;
            }
        }
        return Optional.ofNullable(latest);
    }
}
