package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.reporting.FactsCodec;
import org.complaintkit.core.reporting.FactsFold;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.QueueColumns;
import org.complaintkit.core.complaint.QueueFold;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.erasure.PersonalDataProtection;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.spi.observation.EngineObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to the store. It takes a history and the events decided on it and writes, in one atomic append at
 * the history's version: the events with the clock changes they cause, the notices they cause and any outbox
 * updates, the seals chained on the history's last seal, the complaint's index row and the command record; then
 * it keeps the new history in the cache (or forgets the complaint's entry if the append failed).
 *
 * <p>Nothing else in the engine calls {@link ComplaintStore#append}; an architecture test holds that.
 * Thread-safe.
 */
final class Recorder {
    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

    private final ComplaintStore store;
    private final EventSealer sealer;
    private final HistoryCache cache;
    private final Notices notices;
    private final LinkDetector links;
    private final ClockSetup clocks;
    private final OrganisationKeeper organisation;
    private final ComplaintCaps caps;
    private final AccountabilityKeeper accountability;
    private final EngineObserver observer;
    /** Whether the store keeps report projections, asked once: only then does an append carry one. */
    private final boolean projections;
    /** Encrypts the texts of a complaint's events under its key, when the host set a key store. */
    private final PersonalDataProtection protection;

    Recorder(ComplaintStore store, EventSealer sealer, HistoryCache cache, Notices notices, LinkDetector links,
             ClockSetup clocks, OrganisationKeeper organisation, ComplaintCaps caps,
             AccountabilityKeeper accountability, EngineObserver observer) {
        this(store, sealer, cache, notices, links, clocks, organisation, caps, accountability, observer,
                PersonalDataProtection.NONE);
    }

    Recorder(ComplaintStore store, EventSealer sealer, HistoryCache cache, Notices notices, LinkDetector links,
             ClockSetup clocks, OrganisationKeeper organisation, ComplaintCaps caps,
             AccountabilityKeeper accountability, EngineObserver observer, PersonalDataProtection protection) {
        this.protection = protection;
        this.observer = observer;
        this.accountability = accountability;
        this.organisation = organisation;
        this.caps = caps;
        this.store = store;
        this.sealer = sealer;
        this.cache = cache;
        this.notices = notices;
        this.links = links;
        this.clocks = clocks;
        this.projections = store.keepsProjections();
    }

    /**
     * Records a command's events (the lifecycle event first, and at registration what registration adds) with
     * the clock changes they cause and the command record, and returns the command's result.
     *
     * @param history what the events were decided on ({@link History#none} at registration)
     * @param before the state before them, or null at registration
     * @param afterLifecycle the state after them
     */
    CommandResult command(History history, ComplaintState before, ComplaintState afterLifecycle,
                          List<ComplaintEvent> added, ComplaintCommand command, Instant now) {
        ComplaintEvent event = added.get(0);
        ClockKeeper.Effect clockEffect = clocks.current().effectOf(before, history.events(), afterLifecycle, added,
                command.actor(), now);
        List<ComplaintEvent> events = new ArrayList<>(added);
        events.addAll(clockEffect.events());
        ComplaintState after = foldOnto(afterLifecycle, clockEffect.events());
        ComplaintEvent climbed = escalationAtStop(history, after, events, now);
        if (climbed != null) {
            events.add(climbed);
            after = ComplaintAggregate.apply(after, climbed);
        }
        ComplaintEvent opened = accountabilityCase(history, after, events, now);
        if (opened != null) {
            events.add(opened);
            after = ComplaintAggregate.apply(after, opened);
        }
        List<OutboxEntry> updates = List.of();
        if (event instanceof PersonalDataErased) {
            // In the same append, every notice of the complaint loses its text and contact point; those not yet
            // delivered end unsent, each with a NoticeFailed on the history (ErasedNotices).
            ErasedNotices.Effect erasure = ErasedNotices.atErasure(after.id(), store.outbox(after.id()),
                    after.version() + 1, command.actor(), now);
            events.addAll(erasure.events());
            after = foldOnto(after, erasure.events());
            updates = erasure.updates();
        }
        CommandRecord record = new CommandRecord(command.idempotencyKey(), after.id(), command.type(),
                event.sequence(), after.version(), CommandFingerprint.of(command));
        events = encrypted(history, after, events);
        // Each event is encoded once: its text gives both the size the caps check and the seal.
        List<String> texts = History.texts(events);
        long addedBytes = withinCaps(history, events.size(), History.sizeOfTexts(texts));
        write(after, history, events, clockEffect.nextDue(), record, updates, now, addedBytes, texts);
        if (event instanceof PersonalDataErased) {
            // Recorded first, then the key destroyed: the record says who erased before the data is gone. The
            // cached history holds the texts decrypted, so it is dropped; the next read finds them erased.
            cache.forget(after.id());
            protection.destroy(after.id(), history.events());
        }
        LOG.debug("complaint {} {} -> {} (version {})", after.id(), command.type(), after.status(), after.version());
        return new CommandResult(after.id(), events, after, false);
    }

    /**
     * Records one event the engine makes on its own (a delivery outcome, a requeue, the group link of an earlier
     * member) with the clock changes it causes and the outbox updates given.
     *
     * @throws org.complaintkit.api.error.StoreException coded VERSION_CONFLICT if the complaint changed since
     *     {@code history} was read
     */
    void ownEvent(History history, LongFunction<ComplaintEvent> eventAt, List<OutboxEntry> updates, Instant now) {
        ComplaintState before = history.fold();
        ComplaintEvent event = eventAt.apply(before.version() + 1);
        ComplaintState afterEvent = ComplaintAggregate.apply(before, event);
        ClockKeeper.Effect effect = clocks.current().effectOf(before, history.events(), afterEvent, List.of(event),
                event.actor(), now);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(event);
        events.addAll(effect.events());
        ComplaintState after = foldOnto(afterEvent, effect.events());
        ComplaintEvent climbed = escalationAtStop(history, after, events, now);
        if (climbed != null) {
            events.add(climbed);
            after = ComplaintAggregate.apply(after, climbed);
        }
        ComplaintEvent opened = accountabilityCase(history, after, events, now);
        if (opened != null) {
            events.add(opened);
            after = ComplaintAggregate.apply(after, opened);
        }
        write(after, history, events, effect.nextDue(), null, updates, now, History.SIZE_UNKNOWN);
    }

    /** The escalation a breach no sweep saw calls for, appended with the stop that recorded it, or null. */
    private ComplaintEvent escalationAtStop(History history, ComplaintState after, List<ComplaintEvent> events,
                                            Instant now) {
        if (organisation == null) {
            return null;
        }
        List<ComplaintEvent> all = new ArrayList<>(history.events());
        all.addAll(events);
        return organisation.escalationAtStop(after, all, events, now, after.version() + 1);
    }

    /** The accountability case the events call for ({@link AccountabilityKeeper}), appended with them, or null. */
    private ComplaintEvent accountabilityCase(History history, ComplaintState after, List<ComplaintEvent> events,
                                              Instant now) {
        if (accountability == null) {
            return null;
        }
        List<ComplaintEvent> all = new ArrayList<>(history.events());
        all.addAll(events);
        return accountability.caseFor(after, all, now, after.version() + 1);
    }

    /**
     * Records events that are clock or organisation work themselves (sweeps, recalculations, recorded denials),
     * which cause no further clock changes; the complaint's next due instant is computed on the
     * given clocks.
     */
    void asDecided(History history, ComplaintState state, List<? extends ComplaintEvent> added, ClockKeeper on,
                   Instant now) {
        ComplaintState after = foldOnto(state, added);
        write(after, history, List.copyOf(added), on.nextDue(after, history.with(added), now), null, List.of(), now,
                History.SIZE_UNKNOWN);
    }

    /**
     * Records events decided on behalf of a caller that are not a command (a recorded access denial) within the
     * complaint's caps, like a command.
     *
     * @throws org.complaintkit.api.error.StoreException coded COMPLAINT_CAP_REACHED if they would pass a cap
     */
    void asDecidedWithinCaps(History history, ComplaintState state, List<? extends ComplaintEvent> added,
                             ClockKeeper on, Instant now) {
        ComplaintState after = foldOnto(state, added);
        long addedBytes = withinCaps(history, added);
        write(after, history, List.copyOf(added), on.nextDue(after, history.with(added), now), null, List.of(), now,
                addedBytes);
    }

    /**
     * Checks that events added to a history keep the complaint within its caps, and returns their stored size.
     *
     * @throws org.complaintkit.api.error.StoreException coded COMPLAINT_CAP_REACHED if they would not
     */
    private long withinCaps(History history, List<? extends ComplaintEvent> added) {
        return withinCaps(history, added.size(), History.sizeOf(added));
    }

    private long withinCaps(History history, int addedEvents, long addedBytes) {
        ComplaintId id = history.id();
        if (history.version() + addedEvents > caps.maxEvents()) {
            LOG.info("complaint {} refused a write: {} events would pass its cap of {}", id,
                    history.version() + addedEvents, caps.maxEvents());
            throw StoreException.of(ErrorCode.COMPLAINT_CAP_REACHED, "complaintId", "the complaint would hold more "
                    + "than " + caps.maxEvents() + " events; nothing was stored");
        }
        if (addedBytes > caps.maxStoredBytes() || history.storedSize() + addedBytes > caps.maxStoredBytes()) {
            LOG.info("complaint {} refused a write: its stored events would pass its cap of {} bytes", id,
                    caps.maxStoredBytes());
            throw StoreException.of(ErrorCode.COMPLAINT_CAP_REACHED, "complaintId", "the complaint's stored events "
                    + "would take more than " + caps.maxStoredBytes() + " bytes; nothing was stored");
        }
        return addedBytes;
    }

    private static ComplaintState foldOnto(ComplaintState state, List<? extends ComplaintEvent> events) {
        ComplaintState after = state;
        for (ComplaintEvent event : events) {
            after = ComplaintAggregate.apply(after, event);
        }
        return after;
    }

    /**
     * Stores events with the index row after them and, in the same atomic append, the notices they cause and
     * any outbox updates given.
     *
     * @throws org.complaintkit.api.error.InvalidInputException coded NOTICE_INCOMPLETE if a notice lacks required
     *     content; nothing is stored
     */
    private void write(ComplaintState after, History history, List<ComplaintEvent> added, Instant nextDue,
                       CommandRecord record, List<OutboxEntry> updates, Instant now, long addedBytes) {
        write(after, history, added, nextDue, record, updates, now, addedBytes, null);
    }

    /** As above, sealing the events' texts when given ({@link History#texts}) rather than encoding them again. */
    private void write(ComplaintState after, History history, List<ComplaintEvent> added, Instant nextDue,
                       CommandRecord record, List<OutboxEntry> updates, Instant now, long addedBytes,
                       List<String> texts) {
        if (texts == null) {
            added = encrypted(history, after, added);
        }
        List<OutboxEntry> outbox = new ArrayList<>(updates);
        List<OutboxEntry> planned = notices.plan(after, added, now);
        if (protection.enabled()) {
            planned = ErasedNotices.withPlainContacts(planned);
        }
        // On an erased complaint a notice to the complainant's contact point is written dead, never pending.
        outbox.addAll(after.registration().complainant().name().isErased()
                ? ErasedNotices.withoutErasedContacts(planned) : planned);
        EventSealer sealing = sealer.current();
        List<String> seals = texts == null ? sealing.seal(previousSeal(history), added)
                : sealTexts(sealing, previousSeal(history), texts);
        List<ComplaintEvent> all = history.with(added);
        // The queue columns and the projection fold the added events onto the history's folds as last kept,
        // not the whole history. The store is handed the events locked: ciphertext only, never the clear text.
        HistoryCache.Folds folds = foldsAfter(history, added);
        AppendRequest append = new AppendRequest(after.id(), history.version(), protection.locked(added),
                index(after, all, nextDue, links.fingerprint(history.events(), added), folds.queue().facts(after)),
                record, outbox, seals, sealing.keyVersion());
        try {
            store.append(folds.facts() != null
                    ? append.withProjection(FactsCodec.encode(folds.facts().facts(after))) : append);
        } catch (RuntimeException e) {
            cache.forget(after.id());
            throw e;
        }
        cache.put(history.plus(added, seals.get(seals.size() - 1), addedBytes), after);
        cache.keepFolds(after.id(), folds);
        for (ComplaintEvent event : added) {
            if (event instanceof ClockChanged changed && (changed.change() == ClockChange.WARNED
                    || changed.change() == ClockChange.OVERDUE || changed.change() == ClockChange.BREACHED)) {
                observer.clockSignalled(changed.clockId(), changed.change());
            }
        }
    }

    /** Events with their texts encrypted under the complaint's key ({@link PersonalDataProtection#encrypt}). */
    private List<ComplaintEvent> encrypted(History history, ComplaintState after, List<ComplaintEvent> added) {
        return protection.enabled() ? protection.encrypt(after.id(), after.registration().complainant().customer(),
                history.events(), added) : added;
    }

    /** The seals of events' texts chained on a previous seal: {@link EventSealer#seal} without encoding again. */
    private static List<String> sealTexts(EventSealer sealing, String previous, List<String> texts) {
        List<String> seals = new ArrayList<>(texts.size());
        String last = previous;
        for (String text : texts) {
            last = sealing.sealStored(last, text);
            seals.add(last);
        }
        return seals;
    }

    /**
     * The folds of a history with events added: the ones the cache keeps for the history's version with the
     * events folded on, else folded from the whole history (the same folds {@link QueueColumns#of} and
     * {@link ComplaintFacts#of(ComplaintState, List)} read). The report facts are folded only where the store
     * keeps projections.
     */
    private HistoryCache.Folds foldsAfter(History history, List<ComplaintEvent> added) {
        HistoryCache.Folds before = history.isEmpty() ? HistoryCache.Folds.NONE
                : cache.folds(history.id(), history.version()).orElse(null);
        QueueFold queue = before != null ? before.queue() : QueueFold.of(history.events());
        FactsFold facts = null;
        if (projections) {
            facts = before != null && before.facts() != null ? before.facts() : FactsFold.of(history.events());
        }
        return new HistoryCache.Folds(queue.plus(added), facts == null ? null : facts.plus(added));
    }

    /**
     * The seal of the last event before an append: the genesis seal for a new complaint, else from the history
     * cache when it holds this version, else as the store keeps it for the history read, else computed over
     * the history (a store that keeps no seals).
     */
    private String previousSeal(History history) {
        if (history.isEmpty()) {
            return EventSealer.GENESIS;
        }
        return cache.seal(history.id(), history.version()).orElseGet(() -> history.sealWith(sealer));
    }

    /**
     * The index row of a complaint in a state, with the queue facts its whole history (the events {@code state}
     * folds) implies: what {@link Reconciliation} expects a store to hold. The next due instant is the clocks', or
     * earlier while follow-up work is pending ({@link FollowUps#dueAt}).
     */
    static ComplaintIndex index(ComplaintState state, List<ComplaintEvent> events, Instant nextDue,
                                String fingerprint) {
        return index(state, events, nextDue, fingerprint, QueueColumns.of(state, events));
    }

    /** As above, with the queue columns already derived ({@link QueueFold#facts}). */
    private static ComplaintIndex index(ComplaintState state, List<ComplaintEvent> events, Instant nextDue,
                                        String fingerprint, QueueFacts queue) {
        return new ComplaintIndex(state.status(), state.registration().receivingUnit(),
                state.assignment() == null ? null : state.assignment().firstResponsible().unit(),
                state.registration().complainant().customer(), state.registration().receivedAt(),
                state.lastChangedAt(), FollowUps.dueAt(nextDue, events), fingerprint, queue);
    }
}
