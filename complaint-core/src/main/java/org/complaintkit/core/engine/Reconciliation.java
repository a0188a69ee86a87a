package org.complaintkit.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.integrity.Mismatch;
import org.complaintkit.core.integrity.MismatchKind;
import org.complaintkit.core.integrity.Reconciler;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * What a sealed history implies for the rows a store keeps beside it, where no seal reaches, and where they
 * disagree.
 *
 * <ul>
 *   <li>The <b>index row</b> must be the one the recorder writes after the history's last event: the status
 *       and units the history folds to, the next due instant the clocks in force derive from it, the grouping
 *       fingerprint, and the version, which is the number of events.</li>
 *   <li>Each <b>notice not yet delivered</b> must be the notice its source event causes, derived again by the
 *       notification setup in force: the recipient and contact point, type, template, parameters, language,
 *       subject and text. The append that recorded the event ended at that event or at one of the events
 *       recorded at the same instant right after it (an append's events share its instant), so the notice may
 *       be derived from any of those states. After an erasure the entry is stored erased ({@link ErasedNotices}):
 *       then it must be that notice erased the same way.</li>
 * </ul>
 *
 * <p>Reasons name columns and parts, never values that could be personal data. Thread-safe.
 */
final class Reconciliation implements Reconciler {
    private static final String INDEX_ROW = "index row";

    private final Clock clock;
    private final ClockSetup clocks;
    private final LinkDetector links;
    private final Notices notices;

    Reconciliation(Clock clock, ClockSetup clocks, LinkDetector links, Notices notices) {
        this.clock = clock;
        this.clocks = clocks;
        this.links = links;
        this.notices = notices;
    }

    @Override
    public List<Mismatch> reconcile(ComplaintId id, List<ComplaintEvent> history, IndexRow row,
                                    List<OutboxEntry> outbox) {
        Objects.requireNonNull(id, "id");
        List<Mismatch> found = new ArrayList<>(index(id, history, row));
        for (OutboxEntry entry : outbox) {
            if (entry.status() != OutboxStatus.DELIVERED) {
                notice(id, history, entry).ifPresent(found::add);
            }
        }
        return found;
    }

    /** How a complaint's index row disagrees with its history. */
    private List<Mismatch> index(ComplaintId id, List<ComplaintEvent> history, IndexRow row) {
        if (history.isEmpty()) {
            return row == null ? List.of() : List.of(new Mismatch(id, MismatchKind.INDEX, INDEX_ROW,
                    "the index row says version " + row.version() + " but the store holds no event of the complaint"));
        }
        if (row == null) {
            return List.of(new Mismatch(id, MismatchKind.INDEX_MISSING, INDEX_ROW, "the store has no index row for a "
                    + "complaint of " + history.size() + " events: no query or sweep finds it"));
        }
        if (row.index() == null) {
            return List.of(new Mismatch(id, MismatchKind.INDEX, INDEX_ROW,
                    "the index row's columns do not read as an index row"));
        }
        ComplaintState state = History.fold(history);
        ComplaintIndex stored = row.index();
        ComplaintIndex expected = Recorder.index(state, history,
                clocks.current().nextDue(state, history, clock.instant()), links.fingerprint(history, List.of()));
        List<Mismatch> found = new ArrayList<>();
        if (stored.status() != expected.status()) {
            found.add(new Mismatch(id, MismatchKind.STATUS, INDEX_ROW, "the index row says " + stored.status()
                    + "; the history folds to " + expected.status()));
        }
        if (!Objects.equals(stored.nextDueAt(), expected.nextDueAt())) {
            found.add(new Mismatch(id, MismatchKind.NEXT_DUE, INDEX_ROW, "the index row has "
                    + (stored.nextDueAt() == null ? "no sweep due" : "a sweep due at " + stored.nextDueAt())
                    + "; the complaint's clocks make " + (expected.nextDueAt() == null ? "none due"
                    : "one due at " + expected.nextDueAt())));
        }
        List<String> columns = new ArrayList<>();
        if (row.version() != history.size()) {
            columns.add("version");
        }
        if (!stored.receivingUnit().equals(expected.receivingUnit())) {
            columns.add("receiving unit");
        }
        if (!Objects.equals(stored.handlingUnit(), expected.handlingUnit())) {
            columns.add("handling unit");
        }
        if (!stored.customer().equals(expected.customer())) {
            columns.add("customer");
        }
        if (!stored.receivedAt().equals(expected.receivedAt())) {
            columns.add("received at");
        }
        if (!stored.lastChangedAt().equals(expected.lastChangedAt())) {
            columns.add("last changed at");
        }
        if (!Objects.equals(stored.fingerprint(), expected.fingerprint())) {
            columns.add("fingerprint");
        }
        if (!stored.queue().equals(expected.queue())) {
            columns.add("queue facts");
        }
        if (!columns.isEmpty()) {
            found.add(new Mismatch(id, MismatchKind.INDEX, INDEX_ROW, "the index row's " + String.join(", ", columns)
                    + (columns.size() == 1 ? " differs" : " differ") + " from what the history implies"));
        }
        return found;
    }

    /**
     * How a notice not yet delivered disagrees with the notice its source event causes, derived again; empty if
     * it is that notice.
     */
    Optional<Mismatch> notice(ComplaintId id, List<ComplaintEvent> history, OutboxEntry entry) {
        String key = entry.dedupeKey();
        long source = entry.sourceSequence();
        if (source > history.size()) {
            return Optional.of(new Mismatch(id, MismatchKind.NOTICE_UNFOUNDED, key, "the notice names event " + source
                    + ", which the history does not hold"));
        }
        int at = (int) source - 1;
        ComplaintEvent cause = history.get(at);
        ComplaintState state = History.fold(history.subList(0, at + 1));
        List<Notification> derived = new ArrayList<>();
        // A notice the erasure reached, or one derived after it for an erased contact point, is stored erased: it is
        // the notice its event causes if that notice, erased the same way, is it (ErasedNotices).
        boolean erased = ErasedNotices.isErased(entry.notification()) && ErasedNotices.erasureAt(history) > 0;
        for (int end = at; end < history.size(); end++) {
            if (end > at) {
                ComplaintEvent next = history.get(end);
                if (!next.occurredAt().equals(cause.occurredAt())) {
                    break;
                }
                state = ComplaintAggregate.apply(state, next);
            }
            Optional<Notification> notice = notices.derive(state, history.subList(at, end + 1), key)
                    .map(ErasedNotices::withPlainContacts);
            if (notice.isPresent() && notice.get().equals(entry.notification())) {
                return Optional.empty();
            }
            if (erased && notice.isPresent() && ErasedNotices.erased(notice.get()).equals(entry.notification())) {
                return Optional.empty();
            }
            notice.ifPresent(erased ? n -> derived.add(ErasedNotices.erased(n)) : derived::add);
        }
        if (derived.isEmpty()) {
            return Optional.of(new Mismatch(id, MismatchKind.NOTICE_UNFOUNDED, key, "event " + source
                    + " of the history causes no notice with this key"));
        }
        Notification stored = entry.notification();
        Notification closest = derived.get(derived.size() - 1);
        for (Notification candidate : derived) {
            if (candidate.recipients().equals(stored.recipients())) {
                closest = candidate;
                break;
            }
        }
        if (!closest.recipients().equals(stored.recipients())) {
            Recipient is = stored.recipients().get(0);
            Recipient was = closest.recipients().get(0);
            boolean sameParty = is.kind() == was.kind() && is.reference().equals(was.reference());
            return Optional.of(new Mismatch(id, MismatchKind.RECIPIENT, key, "the notice is addressed to another "
                    + (sameParty ? "contact point" : "recipient") + " than the one the history implies"));
        }
        List<String> parts = differences(stored, closest);
        return Optional.of(new Mismatch(id, MismatchKind.NOTICE, key, "the notice's " + String.join(", ", parts)
                + (parts.size() == 1 ? " differs" : " differ") + " from the notice the history implies"));
    }

    /** The parts of a notice that differ from another, by name. */
    private static List<String> differences(Notification stored, Notification derived) {
        List<String> parts = new ArrayList<>();
        if (!stored.type().equals(derived.type())) {
            parts.add("type");
        }
        if (!stored.templateKey().equals(derived.templateKey())) {
            parts.add("template");
        }
        if (!stored.parameters().equals(derived.parameters())) {
            parts.add("parameters");
        }
        if (!stored.locale().equals(derived.locale())) {
            parts.add("language");
        }
        if (!stored.subject().equals(derived.subject())) {
            parts.add("subject");
        }
        if (!stored.body().equals(derived.body())) {
            parts.add("text");
        }
        if (parts.isEmpty()) {
            parts.add("content");
        }
        return parts;
    }
}
