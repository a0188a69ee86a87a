package org.complaintkit.core.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.casework.EvidenceCheck;
import org.complaintkit.api.casework.EvidenceStatus;
import org.complaintkit.api.casework.WorkLogEntry;
import org.complaintkit.api.command.AttachEvidence;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.CaseNoteAdded;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.CustomerContacted;
import org.complaintkit.api.event.EvidenceAttached;
import org.complaintkit.api.event.InterimReplySent;
import org.complaintkit.api.event.InternalReportMade;
import org.complaintkit.spi.evidence.EvidenceStore;

/**
 * Reads one complaint's case work from its history: the work log (notes, contacts, evidence, interim replies,
 * internal reports) as a reader may see it, whether a contact has reached the customer yet, and each attached
 * document checked against the evidence store. A pure function of the history and the store; thread-safe.
 */
public final class CaseWork {
    private static final Sensitive WITHHELD = Sensitive.of(ComplaintView.WITHHELD);

    private CaseWork() {
    }

    /**
     * Tells whether any contact in the history reached the customer: a contact recorded after that marks no
     * {@code FIRST_CONTACT}.
     *
     * @param history the complaint's events
     * @return true if one did
     */
    public static boolean customerReached(List<ComplaintEvent> history) {
        return history.stream().anyMatch(e -> e instanceof CustomerContacted c && c.outcome() == ContactOutcome.REACHED);
    }

    /**
     * Returns the work log, oldest first.
     *
     * @param history the complaint's events
     * @param withText whether the reader may read free text (full rights); otherwise each text is withheld
     * @return the entries
     */
    public static List<WorkLogEntry> workLog(List<ComplaintEvent> history, boolean withText) {
        List<WorkLogEntry> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            WorkLogEntry.Kind kind;
            String detail;
            Sensitive text;
            if (event instanceof CaseNoteAdded n) {
                kind = WorkLogEntry.Kind.NOTE;
                detail = n.kind().name();
                text = n.text();
            } else if (event instanceof CustomerContacted c) {
                kind = WorkLogEntry.Kind.CONTACT;
                detail = c.channel() + " " + c.direction() + " " + c.outcome() + (c.firstReached() ? " first" : "");
                text = c.summary();
            } else if (event instanceof EvidenceAttached e) {
                kind = WorkLogEntry.Kind.EVIDENCE;
                detail = e.mediaType() + " " + e.size() + " bytes sha256 " + e.sha256();
                text = e.purpose();
            } else if (event instanceof InterimReplySent r) {
                kind = WorkLogEntry.Kind.INTERIM_REPLY;
                detail = r.via().name();
                text = r.told();
            } else if (event instanceof InternalReportMade r) {
                kind = WorkLogEntry.Kind.INTERNAL_REPORT;
                detail = r.to().value();
                text = r.summary();
            } else {
                continue;
            }
            out.add(new WorkLogEntry(event.sequence(), event.occurredAt(), event.actor().staffId(), kind, detail,
                    withText ? text : WITHHELD));
        }
        return List.copyOf(out);
    }

    /**
     * Re-hashes each attached document from the store and says whether it still matches its record.
     *
     * @param history the complaint's events
     * @param store the evidence store
     * @param withNames whether the reader may read the documents' names (full rights); otherwise withheld
     * @return one check per attachment, oldest first
     * @throws StoreException coded {@link ErrorCode#EVIDENCE_STORE_FAILURE} if the store cannot be read
     */
    public static List<EvidenceCheck> verify(List<ComplaintEvent> history, EvidenceStore store, boolean withNames) {
        List<EvidenceCheck> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof EvidenceAttached e) {
                Optional<DocumentDigest> held = digestOf(store, e.storageKey());
                EvidenceStatus status = held.isEmpty() ? EvidenceStatus.MISSING
                        : held.get().size() == e.size() && held.get().sha256().equals(e.sha256())
                        ? EvidenceStatus.MATCHES : EvidenceStatus.ALTERED;
                out.add(new EvidenceCheck(e.sequence(), withNames ? e.name() : WITHHELD, e.storageKey(), e.size(),
                        e.sha256(), status));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks that the store holds the document an attachment names, with the size and SHA-256 it claims.
     *
     * @param store the evidence store, or null if the engine has none
     * @param attach the command
     * @throws CommandRefusedException coded {@link ErrorCode#NO_EVIDENCE_STORE}, {@link ErrorCode#EVIDENCE_NOT_ON_FILE}
     *     or {@link ErrorCode#EVIDENCE_DIFFERS}
     * @throws StoreException coded {@link ErrorCode#EVIDENCE_STORE_FAILURE} if the store cannot be read
     */
    public static void checkOnFile(EvidenceStore store, AttachEvidence attach) {
        if (store == null) {
            throw CommandRefusedException.of(ErrorCode.NO_EVIDENCE_STORE, "storageKey",
                    "the engine was built without an evidence store, so it cannot check the document");
        }
        DocumentDigest held = digestOf(store, attach.storageKey()).orElseThrow(() -> CommandRefusedException.of(
                ErrorCode.EVIDENCE_NOT_ON_FILE, "storageKey", "the evidence store holds no document under the key"));
        if (held.size() != attach.size() || !held.sha256().equals(attach.sha256())) {
            throw CommandRefusedException.of(ErrorCode.EVIDENCE_DIFFERS, "sha256", "the stored document has "
                    + held.size() + " bytes and SHA-256 " + held.sha256() + ", not the size and hash claimed");
        }
    }

    private static Optional<DocumentDigest> digestOf(EvidenceStore store, String key) {
        Optional<InputStream> opened = store.open(key);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = opened.get()) {
            return Optional.of(DocumentDigest.of(in));
        } catch (IOException | UncheckedIOException e) {
            throw StoreException.of(List.of(new Violation(ErrorCode.EVIDENCE_STORE_FAILURE,
                    "storageKey", "the evidence store could not be read")), e);
        }
    }
}
