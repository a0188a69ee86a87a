package org.complaintkit.core.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.integrity.SealKey;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.EventColumn;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;

/**
 * Checks that what a store holds is what the engine sealed, and names the first event that is not: one
 * altered (its content or its seal changed), missing (a sequence number skipped), reordered (stored under
 * another number or complaint), unreadable or unsealed. Given a {@link ChainHead} taken earlier, it also
 * finds events cut off the end and a chain recomputed since.
 *
 * <p>The verifier reads through {@link ComplaintStore#loadSealed}, which returns rows as stored, and must
 * use the sealer the engine used (the same key). Where the store keeps an event's text, the seal is checked
 * over that text byte for byte, and the text must be the canonical text the engine wrote (a member added, which
 * decoding would pass over, is an alteration even under a chain recomputed without a key); the columns the
 * store keeps beside the text must agree with it ({@link BreakKind#COLUMN_ALTERED}). It changes nothing.
 * Thread-safe.
 *
 * <p>Given a rotating sealer ({@link EventSealer#rotating}), it checks each seal under the key version stored
 * beside it, so a history that crosses a rotation verifies; a seal naming a version the ring does not hold is a
 * break ({@link BreakKind#UNKNOWN_KEY}), and every break on a stored seal names its version
 * ({@link ChainBreak#keyVersion()}).
 *
 * <pre>{@code
 * ChainVerifier verifier = new ChainVerifier(store, EventSealer.sha256());
 * ChainVerdict verdict = verifier.verify(complaintId);
 * verdict.breakFound().ifPresent(b -> System.out.println(b.kind() + " at event " + b.sequence()));
 * }</pre>
 */
public final class ChainVerifier {
    /**
     * Said of a break at the first event: an honest history checked under another key than the one that sealed it
     * breaks there, as an edit does, and HMAC cannot tell the two apart.
     */
    private static final String FIRST_SEAL_HINT = "; at the first event this is also what a verifier without the "
            + "key that sealed the history sees: check that it uses the engine's sealer (an engine or verifier built "
            + "without one uses the unkeyed default)";

    /** How often a complaint is read again when it changed while it was being reconciled. */
    private static final int ATTEMPTS = 3;

    private final ComplaintStore store;
    private final EventSealer sealer;
    private final Reconciler reconciler;

    /**
     * Creates a verifier of the chain alone.
     *
     * @param store the store to read
     * @param sealer the sealer the engine writing the store uses
     */
    public ChainVerifier(ComplaintStore store, EventSealer sealer) {
        this.store = Objects.requireNonNull(store, "store");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.reconciler = null;
    }

    /**
     * Creates a verifier that also reconciles what the store keeps beside each history whose chain holds (its
     * index row, its notices not yet delivered) with what the history implies, and reports each disagreement
     * as a {@link Mismatch}. The engine gives one with its own reconciler: {@code ComplaintEngine.verifier()}.
     *
     * <p>The index row, the history and the outbox are read at one version of the complaint: the index row is
     * read before and after them, and all three again if the version changed meanwhile (at most three times,
     * then the complaint is reported {@link MismatchKind#UNSETTLED}).
     *
     * @param store the store to read
     * @param sealer the sealer the engine writing the store uses
     * @param reconciler what the history implies, from the engine
     */
    public ChainVerifier(ComplaintStore store, EventSealer sealer, Reconciler reconciler) {
        this.store = Objects.requireNonNull(store, "store");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    /**
     * Verifies one complaint's history and, for a verifier that reconciles, what the store keeps beside it.
     *
     * @param id the complaint
     * @return the verdict
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    public ChainVerdict verify(ComplaintId id) {
        return verify(id, null);
    }

    /**
     * Verifies one complaint's history against a head taken earlier: the history must still hold the
     * anchored event with the anchored seal.
     *
     * @param id the complaint
     * @param anchor a head taken earlier, or null
     * @return the verdict
     * @throws IllegalArgumentException if the anchor is of another complaint
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    public ChainVerdict verify(ComplaintId id, ChainHead anchor) {
        Objects.requireNonNull(id, "id");
        if (anchor != null && !anchor.complaintId().equals(id)) {
            throw new IllegalArgumentException("the anchor is of another complaint");
        }
        if (reconciler == null) {
            return judge(id, store.loadSealed(id), anchor);
        }
        for (int attempt = 1; ; attempt++) {
            Optional<IndexRow> before = store.indexRow(id);
            List<SealedEvent> rows = store.loadSealed(id);
            ChainVerdict verdict = judge(id, rows, anchor);
            if (verdict.firstBreak() != null) {
                return verdict;
            }
            List<OutboxEntry> outbox = store.outbox(id);
            Optional<IndexRow> after = store.indexRow(id);
            if (before.map(IndexRow::version).equals(after.map(IndexRow::version))) {
                List<ComplaintEvent> history = new ArrayList<>(rows.size());
                for (SealedEvent row : rows) {
                    history.add(row.event());
                }
                return verdict.with(reconciler.reconcile(id, List.copyOf(history), after.orElse(null), outbox));
            }
            if (attempt == ATTEMPTS) {
                return verdict.with(List.of(new Mismatch(id, MismatchKind.UNSETTLED, "complaint", "the complaint "
                        + "changed on each of " + ATTEMPTS + " attempts to compare it with its history")));
            }
        }
    }

    /**
     * Verifies every complaint a filter matches, page by page: its chain and, for a verifier that reconciles,
     * what the store keeps beside it.
     *
     * @param filter which complaints (its limit is the page size)
     * @return the complaints and events checked, and the verdicts that are not intact
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    public IntegrityReport verifyAll(ComplaintQuery filter) {
        ComplaintQuery query = Objects.requireNonNull(filter, "filter");
        long complaints = 0;
        long events = 0;
        List<ChainVerdict> broken = new ArrayList<>();
        while (true) {
            ComplaintPage page = store.query(query);
            for (ComplaintId id : page.ids()) {
                ChainVerdict verdict = verify(id);
                complaints++;
                events += verdict.eventsChecked();
                if (!verdict.intact()) {
                    broken.add(verdict);
                }
            }
            if (page.next().isEmpty()) {
                return new IntegrityReport(complaints, events, broken);
            }
            query = query.after(page.next().get());
        }
    }

    /**
     * Judges rows already read from the store, for a caller that needs the events as well as the verdict (the
     * notification dispatcher checks a history before it derives a recipient from it). Checks the chain only.
     *
     * @param id the complaint the rows were stored under
     * @param rows the rows as {@link ComplaintStore#loadSealed} returned them
     * @return the verdict on the chain
     */
    public ChainVerdict judge(ComplaintId id, List<SealedEvent> rows) {
        return judge(Objects.requireNonNull(id, "id"), List.copyOf(rows), null);
    }

    /**
     * Judges stored rows: the rule itself, apart from reading them.
     *
     * @param id the complaint the rows were stored under
     * @param rows the rows, by stored sequence number
     * @param anchor a head taken earlier, or null
     * @return the verdict
     */
    ChainVerdict judge(ComplaintId id, List<SealedEvent> rows, ChainHead anchor) {
        String previous = EventSealer.GENESIS;
        long expected = 1;
        int checked = 0;
        String anchoredSeal = null;
        SealedEvent anchoredRow = null;
        for (SealedEvent row : rows) {
            checked++;
            ChainBreak found = check(id, row, expected, previous);
            if (found != null) {
                return new ChainVerdict(id, checked, new ChainHead(id, expected - 1, previous), found);
            }
            previous = row.seal();
            if (anchor != null && row.sequence() == anchor.sequence()) {
                anchoredSeal = row.seal();
                anchoredRow = row;
            }
            expected++;
        }
        ChainHead head = new ChainHead(id, expected - 1, previous);
        if (anchor != null && anchor.sequence() > 0) {
            if (anchoredSeal == null) {
                return new ChainVerdict(id, checked, head, new ChainBreak(expected, BreakKind.TRUNCATED,
                        "the history ends at event " + (expected - 1) + " but event " + anchor.sequence()
                                + " was anchored"));
            }
            if (!anchoredSeal.equals(anchor.seal())) {
                return new ChainVerdict(id, checked, head, broken(anchor.sequence(), BreakKind.ALTERED,
                        "the seal of event " + anchor.sequence() + " differs from the anchor: the chain was "
                                + "recomputed, so some event up to it was changed", anchoredRow));
            }
        }
        return new ChainVerdict(id, checked, head, null);
    }

    private ChainBreak check(ComplaintId id, SealedEvent row, long expected, String previous) {
        if (row.sequence() > expected) {
            return new ChainBreak(expected, BreakKind.MISSING, "event " + expected + " is missing; the next stored is "
                    + row.sequence());
        }
        if (row.sequence() < expected) {
            return broken(row.sequence(), BreakKind.REORDERED, "event " + row.sequence()
                    + " is stored again after event " + (expected - 1), row);
        }
        if (row.event() == null) {
            return broken(expected, BreakKind.UNREADABLE, "event " + expected + " does not read as an event", row);
        }
        if (!row.event().complaintId().equals(id)) {
            return broken(expected, BreakKind.REORDERED, "event " + expected
                    + " is an event of another complaint", row);
        }
        if (row.event().sequence() != expected) {
            return broken(expected, BreakKind.REORDERED, "the event stored as event " + expected
                    + " was sealed as event " + row.event().sequence(), row);
        }
        if (row.seal() == null) {
            return new ChainBreak(expected, BreakKind.UNSEALED, "event " + expected + " has no seal");
        }
        Optional<EventSealer> keyed = sealer.forVersion(row.keyVersion());
        if (keyed.isEmpty()) {
            return new ChainBreak(expected, BreakKind.UNKNOWN_KEY, "event " + expected + " is sealed under key version "
                    + row.keyVersion() + ", which the verifier's keys do not hold, so it cannot be verified",
                    OptionalInt.of(row.keyVersion()));
        }
        if (row.text() != null && !canonical(row)) {
            return broken(expected, BreakKind.ALTERED, "event " + expected + " is not stored as the engine "
                    + "wrote it: its text is not the canonical text its seal was computed over", row);
        }
        EventSealer under = keyed.get();
        String seal = row.text() != null ? under.sealStored(previous, row.text()) : under.seal(previous, row.event());
        if (!seal.equals(row.seal())) {
            return broken(expected, BreakKind.ALTERED, "event " + expected
                    + " or its seal is not what was sealed" + (expected == 1 ? FIRST_SEAL_HINT : ""), row);
        }
        for (Map.Entry<EventColumn, String> column : row.columns().entrySet()) {
            if (!column.getKey().of(row.event()).equals(column.getValue())) {
                return broken(expected, BreakKind.COLUMN_ALTERED, "the " + column.getKey().name()
                        .toLowerCase(Locale.ROOT).replace('_', ' ') + " column of event " + expected
                        + " disagrees with its sealed text", row);
            }
        }
        return null;
    }

    /**
     * A break at a stored row, naming the key version its seal records where that says something: always for a
     * verifier of a key ring, and for a seal of a version other than the legacy one. A row without a seal names
     * none.
     */
    private ChainBreak broken(long sequence, BreakKind kind, String reason, SealedEvent row) {
        if (row == null || row.seal() == null || !sealer.rotates() && row.keyVersion() == SealKey.LEGACY) {
            return new ChainBreak(sequence, kind, reason);
        }
        return new ChainBreak(sequence, kind, reason + " (key version " + row.keyVersion() + ")",
                OptionalInt.of(row.keyVersion()));
    }

    /**
     * Whether a row's stored text is the canonical text of the event read from it: written by the codec as it
     * is, or of an older revision that reads as the same event. Anything else (a member added, spacing, a value
     * written another way) is text the engine never wrote.
     */
    private static boolean canonical(SealedEvent row) {
        if (EventCodec.encode(row.event()).equals(row.text())) {
            return true;
        }
        return EventCodec.isCanonical(row.text()) && EventCodec.decode(row.text()).equals(row.event());
    }
}
