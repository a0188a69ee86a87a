package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.casework.EvidenceCheck;
import org.complaintkit.api.casework.WorkLogEntry;
import org.complaintkit.core.casework.CaseWork;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.core.accountability.AccountabilityFile;
import org.complaintkit.spi.evidence.EvidenceStore;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.core.access.ComplaintViews;
import org.complaintkit.core.casefile.CaseFile;
import org.complaintkit.core.classification.BucketDecision;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.routing.Router;
import org.complaintkit.core.routing.RoutingDecision;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.core.complaint.QueueColumns;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * The engine's read models: states, histories, queries, clocks and their explanations, classification, the
 * statistical bucket, routing suggestions, the notice ledger and the outbox, and views through the access
 * policy. Reads never use the history cache. Thread-safe.
 */
final class ComplaintReader {
    private final Clock clock;
    private final ComplaintStore store;
    private final ClockSetup clocks;
    private final AccessPolicy access;
    private final Denials denials;
    private final OrganisationDirectory directory;
    private final Router router;
    private final ActorIdentities identities;
    private final TierKeeper tiers;

    ComplaintReader(Clock clock, ComplaintStore store, ClockSetup clocks, AccessPolicy access, Denials denials,
                    OrganisationDirectory directory, Router router, ActorIdentities identities, TierKeeper tiers) {
        this.identities = identities;
        this.tiers = tiers;
        this.clock = clock;
        this.store = store;
        this.clocks = clocks;
        this.access = access;
        this.denials = denials;
        this.directory = directory;
        this.router = router;
    }

    /** A complaint's history, which must not be empty. */
    private List<ComplaintEvent> existing(ComplaintId id) {
        List<ComplaintEvent> history = store.load(Objects.requireNonNull(id, "id"));
        if (history.isEmpty()) {
            throw StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint " + id);
        }
        return history;
    }

    ComplaintView view(ComplaintId id, Actor claimed) {
        Admitted admitted = admitted(id, claimed, "view", false);
        return ComplaintViews.of(admitted.state(), access.rights(admitted.reader(), admitted.state()));
    }

    /**
     * Admits a reader to a complaint: the reader resolved ({@link ActorIdentities}) and the access policy asked
     * for a view; a read that holds personal data as stored (the history, the notice ledger) also needs full
     * rights. A refusal is recorded on the complaint and thrown. Returns the history read for the check, so that
     * the read itself needs no second trip to the store.
     */
    List<ComplaintEvent> admit(ComplaintId id, Actor claimed, String attempted, boolean holdsPersonalData) {
        return admitted(id, claimed, attempted, holdsPersonalData).history().events();
    }

    /** A reader admitted to a complaint: the history read, its state, and the reader as resolved. */
    private record Admitted(History history, ComplaintState state, Actor reader) {
    }

    private Admitted admitted(ComplaintId id, Actor claimed, String attempted, boolean holdsPersonalData) {
        Objects.requireNonNull(claimed, "reader");
        History history = History.read(store, Objects.requireNonNull(id, "id"));
        if (history.isEmpty()) {
            throw StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint " + id);
        }
        Actor actor;
        try {
            actor = identities.resolve(claimed);
        } catch (CommandRefusedException refused) {
            denials.record(history, claimed, Permission.VIEW, attempted, refused.violations().get(0), clock.instant());
            throw refused;
        }
        ComplaintState state = history.fold();
        Optional<Violation> denied = access.check(actor, state, Permission.VIEW);
        if (denied.isEmpty() && holdsPersonalData && access.rights(actor, state) != ViewRights.FULL) {
            denied = Optional.of(new Violation(ErrorCode.ACCESS_DENIED, "reader", attempted
                    + " holds the complaint's personal data as stored; a reader without full rights reads view()"));
        }
        if (denied.isPresent()) {
            denials.record(history, actor, Permission.VIEW, attempted, denied.get(), clock.instant());
            throw new CommandRefusedException(List.of(denied.get()));
        }
        return new Admitted(history, state, actor);
    }

    /**
     * The access policy's verdict on an admitted reader's reading the complaint's accountability record
     * ({@link AccessPolicy#checkAccountability}); empty when the complaint has none.
     */
    private Optional<Violation> accountabilityDenial(Admitted admitted) {
        List<ComplaintEvent> events = admitted.history().events();
        if (AccountabilityFile.of(events).isEmpty()) {
            return Optional.empty();
        }
        return access.checkAccountability(admitted.reader(), admitted.state(),
                Accountability.personsConcerned(admitted.state(), events), Accountability.decided(events));
    }

    /** Refuses, and records the refusal of, a reader the access policy keeps from the accountability record. */
    private void admitToAccountability(Admitted admitted, String attempted) {
        Optional<Violation> denied = accountabilityDenial(admitted);
        if (denied.isPresent()) {
            denials.record(admitted.history(), admitted.reader(), Permission.VIEW, attempted, denied.get(),
                    clock.instant());
            throw new CommandRefusedException(List.of(denied.get()));
        }
    }

    /** The history, for a reader with full rights whom the policy does not keep from the accountability record. */
    List<ComplaintEvent> fullHistory(ComplaintId id, Actor claimed) {
        Admitted admitted = admitted(id, claimed, "history", true);
        admitToAccountability(admitted, "history");
        return admitted.history().events();
    }

    /** The accountability record, for a reader the policy lets read it; its texts only with full rights. */
    AccountabilityFile accountability(ComplaintId id, Actor claimed) {
        Admitted admitted = admitted(id, claimed, "accountability", false);
        admitToAccountability(admitted, "accountability");
        AccountabilityFile file = AccountabilityFile.of(admitted.history().events());
        return access.rights(admitted.reader(), admitted.state()) == ViewRights.FULL ? file : file.withoutTexts();
    }

    /** The work log as the reader may see it: free text only with full rights. */
    List<WorkLogEntry> workLog(ComplaintId id, Actor claimed) {
        Admitted admitted = admitted(id, claimed, "workLog", false);
        return CaseWork.workLog(admitted.history().events(),
                access.rights(admitted.reader(), admitted.state()) == ViewRights.FULL);
    }

    /** Each attached document checked against the store; names only with full rights. */
    List<EvidenceCheck> verifyEvidence(ComplaintId id, Actor claimed, EvidenceStore evidence) {
        Admitted admitted = admitted(id, claimed, "verifyEvidence", false);
        return CaseWork.verify(admitted.history().events(), evidence,
                access.rights(admitted.reader(), admitted.state()) == ViewRights.FULL);
    }

    Optional<RoutingDecision> suggestRouting(ComplaintId id) {
        return suggestRouting(existing(id));
    }

    /** The routing suggestion on a complaint's history, which must not be empty. */
    Optional<RoutingDecision> suggestRouting(List<ComplaintEvent> history) {
        if (directory == null) {
            return Optional.empty();
        }
        ComplaintState state = History.fold(history);
        return router.route(state.registration().receivingUnit(), Classifications.classes(history), directory);
    }

    /** The tier the complaint stands at now; empty when it is not tiered. */
    Optional<Tier> tier(ComplaintId id) {
        return tier(existing(id));
    }

    /** The tier on a complaint's history, which must not be empty. */
    Optional<Tier> tier(List<ComplaintEvent> history) {
        return tiers.standing(History.fold(history), history);
    }

    Optional<ComplaintState> find(ComplaintId id) {
        List<ComplaintEvent> history = store.load(Objects.requireNonNull(id, "id"));
        return history.isEmpty() ? Optional.empty() : Optional.of(History.fold(history));
    }

    List<ComplaintEvent> history(ComplaintId id) {
        return store.load(Objects.requireNonNull(id, "id"));
    }

    ComplaintPage query(ComplaintQuery query) {
        return store.query(Objects.requireNonNull(query, "query"));
    }

    /**
     * A page of a reader's work queue: the store's page for the query, each complaint read, checked by the access
     * policy and, if the reader may see it, viewed as the reader's rights allow. A complaint the reader may not
     * see is left out and not recorded as a denial: the reader asked for a queue, not for that complaint.
     */
    WorkQueuePage workQueue(ComplaintQuery query, Actor claimed) {
        Objects.requireNonNull(query, "query");
        Actor actor = identities.resolve(Objects.requireNonNull(claimed, "reader"));
        ComplaintPage page = store.query(query);
        List<WorkQueueItem> items = new ArrayList<>();
        for (ComplaintId id : page.ids()) {
            History history = History.read(store, id);
            if (history.isEmpty()) {
                continue;
            }
            ComplaintState state = history.fold();
            if (access.check(actor, state, Permission.VIEW).isPresent()) {
                continue;
            }
            items.add(new WorkQueueItem(ComplaintViews.of(state, access.rights(actor, state)),
                    QueueColumns.of(state, history.events())));
        }
        return new WorkQueuePage(items, page.next().orElse(null));
    }

    List<ClockState> clocks(ComplaintId id) {
        return clocks(existing(id));
    }

    /** Each clock's state on a complaint's history, which must not be empty. */
    List<ClockState> clocks(List<ComplaintEvent> history) {
        return clocks.current().states(History.fold(history), history, History.notBefore(clock.instant(), history));
    }

    ClockState clock(ComplaintId id, String clockId) {
        return clock(existing(id), clockId);
    }

    /** One clock's state on a complaint's history, which must not be empty. */
    ClockState clock(List<ComplaintEvent> history, String clockId) {
        Objects.requireNonNull(clockId, "clockId");
        return clocks(history).stream().filter(c -> c.definition().id().equals(clockId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(ErrorCode.UNKNOWN_CLOCK, "clockId",
                        "the complaint runs no clock " + clockId));
    }

    Optional<ClassificationResult> classification(ComplaintId id) {
        return classification(existing(id));
    }

    /** The classification now, on a complaint's history. */
    Optional<ClassificationResult> classification(List<ComplaintEvent> history) {
        return Classifications.current(history);
    }

    BucketDecision statisticalBucket(ComplaintId id) {
        return statisticalBucket(existing(id));
    }

    /** The statistical bucket on a complaint's history, which must not be empty. */
    BucketDecision statisticalBucket(List<ComplaintEvent> history) {
        ComplaintState state = History.fold(history);
        List<String> late = new ArrayList<>();
        for (ClockState clockState : clocks.current().states(state, history,
                History.notBefore(clock.instant(), history))) {
            boolean overdue = clockState.status() == ClockState.Status.OVERDUE
                    || clockState.status() == ClockState.Status.BREACHED;
            if (overdue && clockState.definition().purpose() == ClockPurpose.DUTY) {
                late.add(clockState.definition().id() + " " + clockState.status());
            }
        }
        var forwarding = state.registration().forwardedFrom();
        return BucketDecision.decide(forwarding == null ? null : forwarding.source(),
                Classifications.current(history).map(ClassificationResult::flagSet).orElse(Set.of()), late,
                state.registration().receivingUnit(),
                state.assignment() == null ? null : state.assignment().firstResponsible().unit());
    }

    DeadlineExplanation explain(ComplaintId id, String clockId) {
        return explain(existing(id), clockId);
    }

    /** The explanation of one clock on a complaint's history, which must not be empty. */
    DeadlineExplanation explain(List<ComplaintEvent> history, String clockId) {
        Objects.requireNonNull(clockId, "clockId");
        ComplaintState state = History.fold(history);
        ComplaintId id = state.id();
        ClockKeeper.Bound bound = clocks.current().clocksOf(state, history).stream()
                .filter(b -> b.definition().id().equals(clockId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(ErrorCode.UNKNOWN_CLOCK, "clockId",
                        "the complaint runs no clock " + clockId));
        Instant now = History.notBefore(clock.instant(), history);
        return new DeadlineExplanation(id, bound.definition(), bound.evaluate(history, now),
                bound.version(), bound.calendar().latest().calendar().zone(), changesOf(history, clockId), now);
    }

    List<ClockChanged> clockHistory(ComplaintId id, String clockId) {
        Objects.requireNonNull(clockId, "clockId");
        return changesOf(history(id), clockId);
    }

    /** The recorded changes of one clock in a complaint's history. */
    static List<ClockChanged> changesOf(List<ComplaintEvent> history, String clockId) {
        List<ClockChanged> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged changed && changed.clockId().equals(clockId)) {
                out.add(changed);
            }
        }
        return out;
    }

    List<NoticeDelivered> ledger(ComplaintId id) {
        return ledger(history(id));
    }

    /** The deliveries outside the bank in a complaint's history: to the complainant, and to the forwarding body. */
    static List<NoticeDelivered> ledger(List<ComplaintEvent> history) {
        List<NoticeDelivered> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof NoticeDelivered delivered && (delivered.toCustomer() || delivered.toForwardingBody())) {
                out.add(delivered);
            }
        }
        return out;
    }

    List<OutboxEntry> outbox(ComplaintId id) {
        return store.outbox(Objects.requireNonNull(id, "id"));
    }

    /**
     * The case file of a complaint for a reader admitted as a view is ({@link #admitted}; a refusal is recorded
     * and thrown): what it holds is masked to the reader's rights, so no full rights are asked for. The verdict
     * on the seals is the verifier's, on the store as it is after the admission; each attached document is re-hashed
     * from the evidence store when the engine has one.
     */
    CaseFile caseFile(ComplaintId id, Actor claimed, ChainVerifier verifier, EvidenceStore evidence) {
        Admitted admitted = admitted(id, claimed, "caseFile", false);
        List<ComplaintEvent> history = admitted.history().events();
        List<ClockState> states = clocks(history);
        List<DeadlineExplanation> explanations = new ArrayList<>();
        for (ClockState state : states) {
            explanations.add(explain(history, state.definition().id()));
        }
        return CaseFiles.assemble(new CaseFiles.Material(admitted.state(), history, admitted.reader(),
                access.rights(admitted.reader(), admitted.state()), states, explanations, store.outbox(id),
                verifier.verify(id), evidence == null ? Optional.empty()
                : Optional.of(CaseWork.verify(history, evidence, true)), clock.getZone(), clock.instant(),
                accountabilityDenial(admitted).isPresent()));
    }
}
