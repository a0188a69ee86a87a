package org.complaintkit.core.engine;

import org.complaintkit.core.retention.PurgeReport;
import org.complaintkit.core.retention.PurgeRequest;
import org.complaintkit.core.retention.RetentionPurge;
import org.complaintkit.core.accountability.AccountabilityFile;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.core.authority.EmergencyPaymentCaps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.ServiceLoader;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.casework.EvidenceCheck;
import org.complaintkit.api.casework.WorkLogEntry;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.ExpectedVersion;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintNotFoundException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.access.ComplaintViews;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.casefile.CaseFile;
import org.complaintkit.core.classification.BucketDecision;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.approval.ApprovalMatrix;
import org.complaintkit.core.approval.ApprovalMatrixFile;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.escalation.UrgingPolicy;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.lifecycle.ReturnVisitSurvey;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.StandardLifecycle;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.routing.Router;
import org.complaintkit.core.routing.RoutingDecision;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.classification.ClassifierProvider;
import org.complaintkit.spi.evidence.EvidenceStore;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.OrganisationProvider;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.erasure.PersonalDataKeys;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ComplaintStoreProvider;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * The one entry point: registers complaints and moves them through their lifecycle.
 *
 * <p>Every command goes the same way. It is validated as a whole (every violation reported at once,
 * {@code CMP-1xxx}); the complaint is folded from its events (the history this engine last wrote, if it
 * still holds it, or else read from the store); the access policy, then the lifecycle's {@link TransitionTable}
 * and its guards, then the command's named preconditions allow it or refuse it ({@code CMP-2xxx}); the
 * resulting event, timed by the injected {@link Clock}, is appended atomically at the expected version with
 * the clock changes it causes and the idempotency key. A repeated key returns the first result: the store
 * refuses a key it holds, and the engine then answers from the stored record. Of two concurrent commands on
 * one complaint, one wins and the other fails with {@link ErrorCode#VERSION_CONFLICT} ({@code CMP-3001});
 * retrying it re-decides against the new state. A decision made on a history the store has moved past is
 * decided again on a fresh read, never appended. A refused command stores nothing.
 *
 * <p>This class is a facade: command execution, registration, sweeps, recalculation and the read models are
 * parts of their own in this package, resolved once at {@link Builder#build()}; every write goes through one
 * recorder. {@code docs/architecture.md} draws them.
 *
 * <pre>{@code
 * ComplaintEngine engine = ComplaintEngine.builder()
 *         .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *         .store(myStore)                       // default: in memory
 *         .organisation(myDirectory)            // default: ids taken as given
 *         .build();
 * CommandResult registered = engine.execute(registration);
 * engine.execute(AcceptComplaint.of(registered.complaintId(), supervisor, IdempotencyKey.random()));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ComplaintEngine {
    /** How many complaints' histories an engine keeps by default, to decide the next command without a read. */
    public static final int DEFAULT_HISTORY_CACHE = 4_096;
    /** How long a sweep holds the complaints it leases, in seconds. */
    public static final int SWEEP_LEASE_SECONDS = 60;

    private final EngineParts parts;
    private final HostReads hostReads;
    private final ObservedCommands commands;

    private ComplaintEngine(EngineParts parts) {
        this.parts = parts;
        this.hostReads = new HostReads(parts.reader());
        this.commands = new ObservedCommands(parts.commands(), parts.observer());
    }

    /** The parts, for the notification dispatcher. */
    EngineParts parts() {
        return parts;
    }

    /**
     * Returns the sealer this engine seals events with, for a {@link ChainVerifier}.
     *
     * @return the sealer
     */
    public EventSealer sealer() {
        return parts.sealer();
    }

    /**
     * Returns a verifier of this engine's store that checks each complaint's chain of seals with this engine's
     * sealer and, where the chain holds, reconciles what the store keeps beside the history, where no seal
     * reaches, with what the history implies under this engine's clocks and notification setup: the index row
     * (status, next due instant and the other columns sweeps and queries trust) and every notice not yet
     * delivered (recipient and contact point, type, parameters, text). Run it from an engine configured as the
     * ones that write the store.
     *
     * @return the verifier
     */
    public ChainVerifier verifier() {
        return new ChainVerifier(parts.store(), parts.sealer(), parts.reconciliation());
    }

    /**
     * Verifies one complaint with {@link #verifier()}: its chain of seals and what the store keeps beside it.
     *
     * @param id the complaint
     * @return the verdict, with every mismatch found
     * @throws StoreException if the store fails
     */
    public ChainVerdict verify(ComplaintId id) {
        return verifier().verify(id);
    }

    /**
     * Verifies every complaint a filter matches with {@link #verifier()}, page by page.
     *
     * @param filter which complaints (its limit is the page size)
     * @return the complaints and events checked, and every verdict that is not intact
     * @throws StoreException if the store fails
     */
    public IntegrityReport verifyAll(ComplaintQuery filter) {
        return verifier().verifyAll(filter);
    }

    /**
     * Rebuilds the report projections of one batch of complaints from their events: the page a query selects
     * (its limit is the batch size, its {@link ComplaintQuery#after} where the batch starts), writing each
     * projection that is missing, of an older revision or different from the complaint's history folded. It
     * changes no complaint (no event, no version), so it is no command, and it hands back counts and the id to go
     * on after, no content of a complaint. Run it once after upgrading a database whose rows have no projections
     * (a JDBC store migrated to schema 6), or to check the projections, batch after batch until the report says
     * {@link ProjectionRebuildReport#done()}. It is restartable: run again from the last {@code next} it
     * reported, or from the start, it rewrites nothing that is current. Reports stay correct meanwhile: they
     * fold the complaints without a current projection.
     *
     * @param batch which complaints, one page: for example {@code ComplaintQuery.all(500).after(next)}
     * @return what the batch checked, built, fixed, and where the next starts
     * @throws StoreException coded {@code PROJECTIONS_UNSUPPORTED} if the store keeps no projections, or if the
     *     store fails; the batches before stay done
     */
    public ProjectionRebuildReport rebuildProjections(ComplaintQuery batch) {
        return new ProjectionRebuild(parts.store()).batch(batch);
    }

    /**
     * Checks the report projections of one batch of complaints against their events, and writes nothing: the page
     * a query selects (its limit is the batch size, its {@link ComplaintQuery#after} where the batch starts), each
     * complaint's history folded and compared with its stored projection by the rule {@link #rebuildProjections}
     * uses. The report lists, by complaint id only, the projections that differ from their histories (reports read
     * from them are wrong for those complaints) and those missing or of an older revision (reports fold those, so
     * they are right): what a rebuild of the same batch would fix and build. Run it batch after batch until the
     * report says {@link ProjectionCheckReport#done()}, to see drift before repairing it.
     *
     * @param batch which complaints, one page: for example {@code ComplaintQuery.all(500).after(next)}
     * @return what the batch found, and where the next starts
     * @throws StoreException coded {@code PROJECTIONS_UNSUPPORTED} if the store keeps no projections, or if the
     *     store fails
     */
    public ProjectionCheckReport checkProjections(ComplaintQuery batch) {
        return new ProjectionCheck(parts.store()).batch(batch);
    }

    /**
     * An engine with every default: in-memory store, UTC system clock, the standard lifecycle, no
     * organisation directory, no plug-in discovery.
     *
     * @return a ready engine
     */
    public static ComplaintEngine inMemory() {
        return builder().discoverPlugins(false).build();
    }

    /**
     * Starts configuring an engine.
     *
     * @return a builder with every default
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Executes a command.
     *
     * @param command the command
     * @return the events appended and the complaint's state after them; for a repeated idempotency key,
     *     the first result with {@link CommandResult#replayed()} set
     * @throws InvalidInputException if the command is malformed ({@code CMP-1xxx}, every violation listed)
     * @throws CommandRefusedException if the lifecycle or a policy refuses it
     *     ({@code CMP-2xxx})
     * @throws StoreException on a version conflict, a reused idempotency key, an unknown complaint or a
     *     store failure ({@code CMP-3xxx})
     */
    public CommandResult execute(ComplaintCommand command) {
        return commands.execute(command);
    }

    /**
     * Executes a command on an existing complaint that was decided on a version of it: the version the caller's
     * screen showed ({@link ComplaintState#version()}, or the {@code ETag} a service gave). If anything was
     * recorded on the complaint since, the command is refused with {@link ErrorCode#STALE_VERSION}
     * ({@code CMP-3006}), naming both versions, and nothing is stored; read it again and decide anew. The check is
     * made on the history the command is decided on, and the append expects that same version, so nothing can slip
     * in between. A repeated idempotency key gets the first result whatever the version is now, so that a command
     * resent after a lost answer is not refused because its own first run moved the version. Registration takes no
     * expected version (there is nothing to have seen): this method takes only a {@link HandlingCommand}.
     *
     * @param command the command
     * @param expected the version the command was decided on
     * @return as {@link #execute(ComplaintCommand)}
     * @throws InvalidInputException if the command is malformed or either argument is missing ({@code CMP-1xxx},
     *     every violation listed)
     * @throws CommandRefusedException if the lifecycle or a policy refuses it ({@code CMP-2xxx})
     * @throws StoreException coded {@link ErrorCode#STALE_VERSION} if the complaint is at another version, or as
     *     {@link #execute(ComplaintCommand)} ({@code CMP-3xxx})
     */
    public CommandResult execute(HandlingCommand command, ExpectedVersion expected) {
        return commands.execute(command, expected);
    }

    /**
     * Returns a complaint as a staff member may read it, through the access policy: refused for the person
     * the complaint is about (the attempt is recorded), with personal data masked and confidential content
     * withheld for those without the right.
     *
     * @param id the complaint
     * @param actor who reads
     * @return the view
     * @throws CommandRefusedException if the policy denies the view ({@code CMP-2102} or {@code CMP-2112})
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public ComplaintView view(ComplaintId id, Actor actor) {
        return parts.reader().view(id, actor);
    }

    /**
     * Returns the reads for the host's own code, which no reader is checked for: the history as stored, queries,
     * clocks, the notice ledger and the outbox. Never show their results to a staff member as they are; the reads
     * below that take a reader are for that.
     *
     * @return the trusted reads
     */
    public HostReads hostReads() {
        return hostReads;
    }

    /**
     * Returns a complaint's events for a reader with full rights (the complaint-management unit, the handler, the
     * first-contact owner): the history holds personal data as stored, so any other reader is refused
     * ({@code CMP-2112}; they read {@link #view}), and the person complained about is refused ({@code CMP-2102}).
     * A person an accountability record concerns is refused ({@code CMP-2203}) until it is decided
     * ({@link #accountability}). Every refusal is recorded on the complaint.
     *
     * @param id the complaint
     * @param reader who reads
     * @return its events by sequence number
     * @throws CommandRefusedException if the reader is refused
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public List<ComplaintEvent> history(ComplaintId id, Actor reader) {
        return parts.reader().fullHistory(id, reader);
    }

    /**
     * Returns a complaint's work log (case notes, contacts with the customer, attached documents, interim replies
     * and internal reports), oldest first, for a reader the access policy lets see the complaint: the person
     * complained about is refused ({@code CMP-2102}) and the attempt recorded; a reader without full rights gets
     * every free text withheld.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the entries
     * @throws CommandRefusedException if the reader is refused
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public List<WorkLogEntry> workLog(ComplaintId id, Actor reader) {
        return parts.reader().workLog(id, reader);
    }

    /**
     * Re-hashes each document attached to a complaint from the evidence store and reports, per document, whether
     * it {@code MATCHES} its record in the sealed history, was {@code ALTERED} or is {@code MISSING}: a result,
     * not an exception. For a reader the access policy lets see the complaint; the documents' names are withheld
     * from a reader without full rights.
     *
     * @param id the complaint
     * @param reader who reads
     * @return one check per attachment, oldest first
     * @throws CommandRefusedException if the reader is refused, or coded {@code CMP-2122} if the engine has no
     *     evidence store
     * @throws StoreException coded {@code CMP-3120} if the evidence store cannot be read
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public List<EvidenceCheck> verifyEvidence(ComplaintId id, Actor reader) {
        if (parts.evidence() == null) {
            throw CommandRefusedException.of(ErrorCode.NO_EVIDENCE_STORE, "evidence",
                    "the engine was built without an evidence store, so it cannot verify documents");
        }
        return parts.reader().verifyEvidence(id, reader, parts.evidence());
    }

    /**
     * Returns the proof of notice of a complaint for a reader with full rights: each notice delivered to the
     * complainant, and each reply delivered to the body that forwarded it, with the contact point used; refused to anyone else, and recorded, as {@link #history(ComplaintId,
     * Actor)} is.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the deliveries to the complainant and to the forwarding body, oldest first
     * @throws CommandRefusedException if the reader is refused
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public List<NoticeDelivered> ledger(ComplaintId id, Actor reader) {
        return ComplaintReader.ledger(parts.reader().admit(id, reader, "ledger", true));
    }

    /**
     * Returns where each clock of a complaint stands now, for a reader the access policy lets see the complaint
     * (clocks hold no personal data); the person complained about is refused and the attempt recorded.
     *
     * @param id the complaint
     * @param reader who reads
     * @return one state per clock
     * @throws CommandRefusedException if the reader is refused
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public List<ClockState> clocks(ComplaintId id, Actor reader) {
        return parts.reader().clocks(parts.reader().admit(id, reader, "clocks", false));
    }

    /**
     * Returns where one clock of a complaint stands now, for a reader admitted as by {@link #clocks(ComplaintId,
     * Actor)}.
     *
     * @param id the complaint
     * @param clockId the clock's id, such as {@code cbirc.decision} or {@code cbirc.decision#2}
     * @param reader who reads
     * @return the clock's state
     * @throws CommandRefusedException if the reader is refused
     * @throws InvalidInputException coded {@link ErrorCode#UNKNOWN_CLOCK} if the complaint runs no such clock
     */
    public ClockState clock(ComplaintId id, String clockId, Actor reader) {
        return parts.reader().clock(parts.reader().admit(id, reader, "clock", false), clockId);
    }

    /**
     * Answers "why is this deadline X?" for a reader admitted as by {@link #clocks(ComplaintId, Actor)}.
     *
     * @param id the complaint
     * @param clockId the clock's id
     * @param reader who reads
     * @return the explanation
     * @throws CommandRefusedException if the reader is refused
     * @throws InvalidInputException coded {@link ErrorCode#UNKNOWN_CLOCK} if the complaint runs no such clock
     */
    public DeadlineExplanation explain(ComplaintId id, String clockId, Actor reader) {
        return parts.reader().explain(parts.reader().admit(id, reader, "explain", false), clockId);
    }

    /**
     * Returns the recorded changes of one clock, for a reader admitted as by {@link #clocks(ComplaintId, Actor)}.
     *
     * @param id the complaint
     * @param clockId the clock's id
     * @param reader who reads
     * @return the clock's changes, oldest first
     * @throws CommandRefusedException if the reader is refused
     */
    public List<ClockChanged> clockHistory(ComplaintId id, String clockId, Actor reader) {
        Objects.requireNonNull(clockId, "clockId");
        return ComplaintReader.changesOf(parts.reader().admit(id, reader, "clockHistory", false), clockId);
    }

    /**
     * Returns a page of a work queue for a reader: the complaints a query matches (by handler, co-handler,
     * first-contact owner, class, flag, priority, external reference, next due or overdue clock, and the older
     * conditions) that the access policy lets the reader see, each viewed as the reader's rights allow, by
     * ascending id. A complaint the reader may not see, such as one about the reader, is left out; so a page may be
     * shorter than the limit while more follow (page on with {@link WorkQueuePage#next()}).
     *
     * @param query the conditions and the page
     * @param reader who reads
     * @return the page
     * @throws CommandRefusedException if the reader is not known as who they claim to be
     */
    public WorkQueuePage workQueue(ComplaintQuery query, Actor reader) {
        return parts.reader().workQueue(query, reader);
    }

    /**
     * Returns a complaint's classification now, for a reader admitted as by {@link #clocks(ComplaintId, Actor)}.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the classification, or empty if there is none
     * @throws CommandRefusedException if the reader is refused
     */
    public Optional<ClassificationResult> classification(ComplaintId id, Actor reader) {
        return parts.reader().classification(parts.reader().admit(id, reader, "classification", false));
    }

    /**
     * Returns the statistical bucket a complaint is in now, with the reasons, for a reader admitted as by
     * {@link #clocks(ComplaintId, Actor)}.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the bucket and its reasons
     * @throws CommandRefusedException if the reader is refused
     */
    public BucketDecision statisticalBucket(ComplaintId id, Actor reader) {
        return parts.reader().statisticalBucket(parts.reader().admit(id, reader, "statisticalBucket", false));
    }

    /**
     * Returns the tier a complaint stands at now ({@link HostReads#tier}), for a reader admitted as by
     * {@link #clocks(ComplaintId, Actor)}: a tier holds no personal data.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the tier, or empty if the engine has no tier ladder or the complaint is outside its scope now
     * @throws CommandRefusedException if the reader is refused, or coded {@link ErrorCode#TIER_NOT_ON_LADDER} if the
     *     complaint was handed up to a tier the ladder no longer has
     */
    public Optional<Tier> tier(ComplaintId id, Actor reader) {
        return parts.reader().tier(parts.reader().admit(id, reader, "tier", false));
    }

    /**
     * Suggests where a complaint should go, for a reader admitted as by {@link #clocks(ComplaintId, Actor)}.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the decision with its explanation, or empty
     * @throws CommandRefusedException if the reader is refused
     */
    public Optional<RoutingDecision> suggestRouting(ComplaintId id, Actor reader) {
        return parts.reader().suggestRouting(parts.reader().admit(id, reader, "suggestRouting", false));
    }

    /**
     * Returns a complaint's accountability record (责任追究): the responsibility finding that stands, the cases the
     * engine opened on its triggers and their decisions with the sanctions. The reader is admitted as by
     * {@link #view}, then asked of the access policy ({@link AccessPolicy#checkAccountability}): under the default,
     * a person it concerns (the staff member complained about, found liable or sanctioned) is refused with
     * {@code CMP-2203} until every case is decided, and the attempt recorded; their case file shows the events
     * withheld and {@link #history(ComplaintId, Actor)} refuses them likewise. A reader without full rights gets
     * the texts people wrote (findings, reasoning) withheld ({@link AccountabilityFile#withoutTexts()}).
     *
     * @param id the complaint
     * @param reader who reads
     * @return the record
     * @throws CommandRefusedException if the reader is refused
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public AccountabilityFile accountability(ComplaintId id, Actor reader) {
        return parts.reader().accountability(id, reader);
    }

    /**
     * Makes the case file of a complaint for a reader (seed 002 第二篇 三.1: the whole handling and its result kept
     * as a written record): the registration, every event in order with actor and time in the engine's zone, the
     * notes, contacts and evidence, the clocks with their explanation, the notices with proof of sending, the
     * outbox, and the verdict of {@link #verify} on the seals. The reader is admitted as by {@link #view}: the
     * person complained about is refused and the attempt recorded; a reader without the right to personal data
     * gets a file without it (name, customer number and contact masked, every text people wrote masked as
     * {@link ComplaintViews#forReader} masks it). Print it with {@link CaseFile#html()} or {@link CaseFile#text()}.
     *
     * @param id the complaint
     * @param reader who reads
     * @return the case file
     * @throws CommandRefusedException if the reader is refused ({@code CMP-2102} for the person complained about)
     * @throws ComplaintNotFoundException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws CalendarException if a deadline needs a date beyond the calendar's horizon
     * @throws StoreException if the store fails
     */
    public CaseFile caseFile(ComplaintId id, Actor reader) {
        return parts.reader().caseFile(id, reader, verifier(), parts.evidence());
    }

    /**
     * Sweeps the clocks due now, by the engine's clock: records each warning share that has passed and
     * each deadline passed by a running clock, exactly once per clock start, however often and from however
     * many threads or nodes it is called. Only the complaints the store reports as due are read, not every
     * complaint. Schedule it, for example every minute.
     *
     * <p>Each complaint due is first leased from the store ({@link ComplaintStore#leaseDue}) for
     * {@value #SWEEP_LEASE_SECONDS} seconds, so sweeps on several nodes share the work instead of repeating
     * it. Exactly-once does not rest on the lease but on the store's optimistic versioning: of two sweeps
     * that reach the same clock (a lease ran out, or a command ended it), one appends and the other sees a
     * version conflict, re-reads, and finds nothing left to do.
     *
     * @return what the sweep did
     * @throws StoreException if the store fails
     */
    public SweepReport tick() {
        return parts.sweeper().tick();
    }

    /**
     * Dry run of a calendar change of the default calendar: {@code previewRecalculation(sla().withDefaultCalendar(candidate))}.
     *
     * @param candidate the default calendar's candidate versions
     * @return the moves, by complaint id then clock order; empty if nothing would move
     * @throws StoreException if the store fails
     */
    public List<DeadlineMove> previewRecalculation(CalendarVersions candidate) {
        return previewRecalculation(sla().withDefaultCalendar(Objects.requireNonNull(candidate, "candidate")));
    }

    /**
     * Dry run of adopting a new calendar, such as next year's official one:
     * {@code previewRecalculation(sla().withCalendarAdopted(currentId, next))}. Reports every open clock whose
     * deadline moves (one that was unknown and becomes known, one that was provisional and becomes official)
     * and every outcome left pending or provisional that it settles or corrects.
     *
     * @param currentId the id of the calendar now in use
     * @param next the new definition; it may have another id
     * @return the moves; empty if nothing would move
     * @throws org.complaintkit.api.error.ConfigurationException if no calendar of the setup has that id
     * @throws org.complaintkit.api.error.CalendarException if the definition does not fit the calendar's history
     * @throws StoreException if the store fails
     */
    public List<DeadlineMove> previewCalendarAdoption(String currentId, CalendarDefinition next) {
        return previewRecalculation(sla().withCalendarAdopted(currentId, next));
    }

    /**
     * Adopts a new calendar: {@code applyRecalculation(sla().withCalendarAdopted(currentId, next), reason)}.
     * Each move {@link #previewCalendarAdoption} reports is recorded as a {@code RECALCULATED} change, followed
     * for a settled outcome by {@code MET} or {@code BREACHED} (with the clock's breach actions).
     *
     * @param currentId the id of the calendar now in use
     * @param next the new definition; it may have another id
     * @param reason why, for the record, such as "State Council notice 2026-11-10: 2027 holidays"
     * @return what was recorded
     * @throws org.complaintkit.api.error.ConfigurationException if no calendar of the setup has that id
     * @throws org.complaintkit.api.error.CalendarException if the definition does not fit the calendar's history
     * @throws StoreException if the store fails
     */
    public RecalculationReport adoptCalendar(String currentId, CalendarDefinition next, String reason) {
        return applyRecalculation(sla().withCalendarAdopted(currentId, next), reason);
    }

    /**
     * Dry run of a calendar or policy change: for every open complaint, reports each open clock whose recorded
     * deadline would move under the candidate setup, and by how much, each clock the candidate's policies
     * would add and each they would drop. Nothing is changed.
     *
     * <p>The recalculation rule: only clocks that are running or paused and not yet recorded overdue are
     * recalculated; a met clock stays met and an overdue or breached clock stays breached. What was recorded
     * on a deadline that was unknown or provisional is the exception: such a deadline is recalculated even if
     * the clock was recorded overdue on it, and such an outcome is settled (on any complaint, open or not) as
     * soon as the candidate judges it on another deadline or on official dates. Whether a
     * calendar change is prospective or retroactive is stated by the candidate calendar itself:
     * {@link CalendarVersions#change} changes hours only from its effective date on (time already run is
     * measured on the hours in force then), while {@link CalendarVersions#retroactive} replaces the hours
     * of every date, past ones included. The preview reads every open complaint, page by page; run it as an
     * administrative job, not on a hot path.
     *
     * @param candidate the setup to compare with
     * @return the moves, by complaint id then clock order; empty if nothing would move
     * @throws StoreException if the store fails
     */
    public List<DeadlineMove> previewRecalculation(SlaSetup candidate) {
        return parts.recalculator().preview(candidate);
    }

    /**
     * Applies a calendar or policy change: from now on the engine computes on the candidate setup, and
     * each open clock that {@link #previewRecalculation(SlaSetup)} reports is recorded, on its complaint, as
     * a {@code ClockChanged} event ({@code RECALCULATED}, {@code STARTED} or {@code CANCELLED}) with the new
     * deadline, the calendar version it was computed on and the reason given, by the system actor
     * {@code sla-recalculation}. Stopped and overdue clocks are never touched. Every engine sharing the
     * store must be given the same setup.
     *
     * @param candidate the new setup
     * @param reason why, for the record, such as "State Council notice 2026-11-10: 2027 holidays"
     * @return what was recorded
     * @throws StoreException if the store fails
     */
    public RecalculationReport applyRecalculation(SlaSetup candidate, String reason) {
        return parts.recalculator().apply(candidate, reason);
    }

    /**
     * Returns the notification setup, if notices are on.
     *
     * @return the setup, or empty
     */
    public Optional<NotificationSetup> notifications() {
        return parts.notices().setup();
    }

    /**
     * Reports how far each calendar of the SLA setup reaches, as of the engine's clock: official horizon, days
     * left, provisional span, and whether it runs out within the threshold ({@link Builder#horizonWarningDays}).
     * A calendar registered under several names is reported once, under the first.
     *
     * @return one entry per calendar, the default first; empty without calendars
     */
    public List<CalendarHealth> calendarHealth() {
        return parts.sweeper().horizons().health();
    }

    /**
     * Returns the regulators' cohort pause orders of this engine: issue, apply in batches, lift (DISP App 5).
     *
     * @return the cohort pauses
     */
    public CohortPauses cohortPauses() {
        return parts.cohortPauses();
    }

    /**
     * Runs the retention purge on the engine's store at the engine's clock: deletes delivered notices, dead letters
     * and command records whose period has run out, and archives (as the policy says), records and deletes the closed
     * complaints kept long enough on which no legal hold stands; in bounded batches, restartable by running it again.
     * A job, not a command: it records no event (the complaints it deletes have no history left to record in); what
     * it disposes of goes to the request's ledger and report. See {@code docs/security.md}, Retention and legal holds.
     *
     * @param request the policy, archive, ledger and batches
     * @return what was done, or in a dry run what would be
     * @throws org.complaintkit.api.error.StoreException coded {@code PURGE_UNSUPPORTED} if the store cannot purge,
     *     {@code ARCHIVE_FAILED} if the archive or the ledger failed (the complaint is kept), {@code STORE_FAILURE}
     */
    public PurgeReport purge(PurgeRequest request) {
        return new RetentionPurge(parts.store(), parts.clock(), (id, basis, reason) -> execute(ErasePersonalData.of(id,
                request.eraser(), IdempotencyKey.random(), basis, reason))).run(request);
    }

    /**
     * Returns the SLA policies and calendars the clocks run on now.
     *
     * @return the setup
     */
    public SlaSetup sla() {
        return parts.clocks().current().setup();
    }

    /**
     * Returns the transition table this engine enforces.
     *
     * @return the lifecycle
     */
    public TransitionTable lifecycle() {
        return parts.lifecycle();
    }

    /**
     * Returns the lifecycle rules in force.
     *
     * @return the rules
     */
    public LifecycleRules rules() {
        return parts.rules();
    }

    /**
     * Returns the clock the engine reads time from.
     *
     * @return the clock
     */
    public Clock clock() {
        return parts.clock();
    }

    /**
     * Configures a {@link ComplaintEngine}. Each SPI is chosen in this order: set explicitly here, else, only if
     * the host turned discovery on with {@link #discoverPlugins(boolean) discoverPlugins(true)}, a single provider
     * discovered with {@link ServiceLoader} (several are an error, never a silent pick; each one found is logged
     * at WARN with its class and jar), else the default. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ComplaintStore store;
        private OrganisationDirectory organisation;
        private LifecycleRules rules;
        private TransitionTable lifecycle = StandardLifecycle.table();
        private ComplaintIdSource ids = ComplaintIdSource.randomUuids();
        private boolean discover;
        private ClassLoader discoveryLoader;
        private CalendarVersions calendars;
        private final List<ClockDefinition> clocks = new ArrayList<>();
        private final List<SlaPolicy> policies = new ArrayList<>();
        private int historyCache = DEFAULT_HISTORY_CACHE;
        private EventSealer sealer;
        private final Map<String, CalendarVersions> namedCalendars = new LinkedHashMap<>();
        private SlaSetup sla;
        private Classifier classifierSet;
        private RepeatPolicy repeats;
        private EscalationPolicy escalation;
        private AccessPolicy access = StandardAccessPolicy.standard();
        private Router router = Router.standard();
        private UrgingPolicy urging;
        private GroupDetector groups;
        private String groupScheme;
        private NotificationSetup notifications;
        private int horizonWarningDays = HorizonWatch.DEFAULT_THRESHOLD_DAYS;
        private ComplaintCaps caps = ComplaintCaps.DEFAULT;
        private EvidenceStore evidence;
        private ApprovalMatrix approvalMatrix;
        private ReturnVisitSurvey survey = ReturnVisitSurvey.none();
        private EmergencyPaymentCaps paymentCaps = EmergencyPaymentCaps.none();
        private TierLadder tierLadder;
        private int cohortBatchSize = CohortPauses.DEFAULT_BATCH_SIZE;
        private Set<Role> cohortOrderRoles = CohortPauses.DEFAULT_ROLES;
        private AccountabilityPolicy accountability = AccountabilityPolicy.none();
        private EngineObserver observer = EngineObserver.none();
        private PersonalDataKeys personalDataKeys;

        private Builder() {
        }

        /**
         * Sets the clock every event's time is read from. Default: the UTC system clock. Its zone is the
         * default zone for calendar-day rules.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the store. Default: a new
         * {@link InMemoryComplaintStore}, or, with discovery turned on, a discovered
         * {@link ComplaintStoreProvider}.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(ComplaintStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the organisation directory. Default: none, or, with discovery turned on, a discovered
         * {@link OrganisationProvider}.
         *
         * <p>With a directory, every actor a command or a view names is resolved in it: a staff member it does not
         * know ({@code CMP-2116}), one who is not active ({@code CMP-2117}), or a claim of a unit or role the
         * directory does not give ({@code CMP-2118}) is refused, and the refusal recorded on the complaint; the
         * events record the directory's unit and roles. <b>Without a directory the host vouches for every actor:</b>
         * the unit and roles it passes are taken as given (the engine logs this once when it is built). In either
         * case no caller may act under the system role, unit or a {@code system:} id ({@code CMP-2119}).
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder organisation(OrganisationDirectory directory) {
            this.organisation = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Sets the lifecycle rules. Default: {@link LifecycleRules#defaults} in the clock's zone.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder rules(LifecycleRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Sets the transition table. Default: {@link StandardLifecycle#table()}.
         *
         * @param table the table
         * @return this builder
         */
        public Builder lifecycle(TransitionTable table) {
            this.lifecycle = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * Sets how new complaints are numbered. Default: {@link ComplaintIdSource#randomUuids()}.
         *
         * @param source the id source
         * @return this builder
         */
        public Builder idSource(ComplaintIdSource source) {
            this.ids = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the business calendar the clocks run on. Needed when clocks are configured.
         *
         * @param calendar the calendar
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendars = CalendarVersions.of(Objects.requireNonNull(calendar, "calendar"));
            return this;
        }

        /**
         * Sets the versioned business calendar the clocks run on. Deadlines are computed on the latest
         * version and record its label.
         *
         * @param versions the calendar's versions
         * @return this builder
         */
        public Builder calendars(CalendarVersions versions) {
            this.calendars = Objects.requireNonNull(versions, "versions");
            return this;
        }

        /**
         * Registers a calendar under an id: the calendar id of organisation units, a jurisdiction code such
         * as {@code GB}, or the id a clock's fixed calendar choice names.
         *
         * @param id the id
         * @param versions the calendar's versions
         * @return this builder
         */
        public Builder calendar(String id, CalendarVersions versions) {
            namedCalendars.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(versions, "versions"));
            return this;
        }

        /**
         * Adds SLA policies, such as presets of {@code org.complaintkit.core.sla.preset}. A complaint runs
         * the clocks of every policy whose condition it meets. Default: none.
         *
         * @param added the policies
         * @return this builder
         */
        public Builder policies(SlaPolicy... added) {
            policies.addAll(List.of(added));
            return this;
        }

        /**
         * Sets the classifier that classifies every complaint at registration, such as
         * {@code RuleClassifier.standard()} or a host's model chained with it. Default: none (complaints are not
         * classified and class-based policies never apply), or, with discovery turned on, a discovered
         * {@link ClassifierProvider}.
         *
         * @param value the classifier
         * @return this builder
         */
        public Builder classifier(Classifier value) {
            this.classifierSet = Objects.requireNonNull(value, "classifier");
            return this;
        }

        /**
         * Sets how many complaints' histories the engine keeps after writing them, so that the next command on
         * one of them is decided without reading it again. The store's versioned append proves each use: if
         * anything was appended since (on another node, say), the append is refused and the engine decides
         * again on a fresh read, so the cache never changes an outcome, only the work. Default
         * {@value ComplaintEngine#DEFAULT_HISTORY_CACHE}; 0 turns it off.
         *
         * @param complaints how many histories to keep, least recently used dropped first
         * @return this builder
         * @throws InvalidInputException coded {@link ErrorCode#OUT_OF_RANGE} if negative
         */
        public Builder historyCache(int complaints) {
            if (complaints < 0) {
                throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "historyCache",
                        "the history cache's size must not be negative, not " + complaints);
            }
            this.historyCache = complaints;
            return this;
        }

        /**
         * Sets how events are sealed: each stored event carries a hash chained to the one before it, which a
         * {@link ChainVerifier} checks. Default {@link EventSealer#sha256()}, unkeyed, with which anyone who can
         * write the database can rewrite a history and recompute its seals; a bank that must show that nobody with
         * database access altered a history sets a keyed sealer, {@link EventSealer#hmacSha256}, with the key kept
         * out of the database. An engine over any store but the in-memory one that is left with the default logs
         * that risk at WARN once, when it is built; setting either sealer here is the answer that silences it.
         *
         * @param value the sealer; every engine and verifier of one store uses the same one
         * @return this builder
         */
        public Builder sealer(EventSealer value) {
            this.sealer = Objects.requireNonNull(value, "sealer");
            return this;
        }

        /**
         * Detects repeat complaints at registration, by the classes the classifier assigns (so a classifier
         * is needed). Default: none.
         *
         * @param policy when a complaint repeats an earlier one, and whether to link or merge it
         * @return this builder
         */
        public Builder repeats(RepeatPolicy policy) {
            this.repeats = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Detects group complaints at registration (needs a classifier): complaints received at the same unit
         * within the detector's window whose fingerprints (class in {@code scheme}, products, unit, the rules
         * that found the class) agree, from enough distinct customers. The new complaint records
         * {@code ComplaintLinked} ({@code GROUP}, or {@code MAJOR_GROUP} with twenty or more in person) and
         * the earlier members are linked too. A registration at a counter, a visit or a petition counts as
         * one person in person. Default: none.
         *
         * @param detector the detector, such as {@code GroupDetector.standard()}
         * @param scheme the scheme whose class is part of the fingerprint, such as {@code seed.matter}
         * @return this builder
         */
        public Builder groups(GroupDetector detector, String scheme) {
            this.groups = Objects.requireNonNull(detector, "detector");
            this.groupScheme = Checks.identifier(scheme, "groups.scheme");
            return this;
        }

        /**
         * Sets which triggers escalate a complaint at once, up the organisation directory's ladder: at
         * registration (repeat, group, major, media threat, bypassed level, external channel) and in sweeps
         * (breaches of clocks whose breach actions include escalation). Needs an organisation directory.
         * Default: none; manual escalation works with a directory whatever the policy.
         *
         * @param policy the policy, such as {@code EscalationPolicy.standard()}
         * @return this builder
         */
        public Builder escalation(EscalationPolicy policy) {
            this.escalation = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the access policy every command on an existing complaint and every view passes. Default:
         * {@link StandardAccessPolicy#standard()}, which keeps a complaint from the person it is about and
         * masks personal data for staff with no part in it.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder access(AccessPolicy policy) {
            this.access = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the routing rules {@link ComplaintEngine#suggestRouting} applies. Default:
         * {@link Router#standard()}.
         *
         * @param rules the router
         * @return this builder
         */
        public Builder routing(Router rules) {
            this.router = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Derives notices from events by the setup's rules and writes them to the outbox in the same atomic
         * append as the events; a {@link NotificationDispatcher} delivers them. A command whose notice lacks
         * required content is refused ({@code CMP-1108}). With notices on, proof of notice governs the clocks:
         * a clock that stops when the customer is answered in writing stops when the decision notice is
         * sent, at the send time the ledger records (CBIRC Art. 21). Default: none (no notices, no outbox).
         *
         * @param setup the rules, templates and locales, such as {@code NotificationSetup.standard()}
         * @return this builder
         */
        public Builder notifications(NotificationSetup setup) {
            this.notifications = Objects.requireNonNull(setup, "setup");
            return this;
        }

        /**
         * Urges handlers, then their heads, automatically at the given warnings of their clocks. Default:
         * none; manual urging works whatever the policy.
         *
         * @param policy the thresholds, such as {@code UrgingPolicy.standard()}
         * @return this builder
         */
        public Builder urging(UrgingPolicy policy) {
            this.urging = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the whole SLA setup at once, replacing any calendars, policies and clocks given to this
         * builder.
         *
         * @param setup the setup
         * @return this builder
         */
        public Builder sla(SlaSetup setup) {
            this.sla = Objects.requireNonNull(setup, "setup");
            return this;
        }

        /**
         * Sets how many days of official calendar data must be left before the engine warns: each sweep logs a
         * warning, once a day per calendar, for calendars whose official horizon is nearer, and
         * {@link ComplaintEngine#calendarHealth()} reports them as running out. Default: 60.
         *
         * @param days the threshold, not negative
         * @return this builder
         * @throws InvalidInputException coded {@link ErrorCode#OUT_OF_RANGE} if the threshold is negative
         */
        public Builder horizonWarningDays(int days) {
            if (days < 0) {
                throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "horizonWarningDays",
                        "the horizon warning threshold cannot be negative, not " + days);
            }
            this.horizonWarningDays = days;
            return this;
        }

        /**
         * Adds clocks that every complaint runs against, as a policy named {@code engine}. Default: none.
         *
         * @param definitions the clock definitions; their ids must be distinct
         * @return this builder
         */
        public Builder clocks(ClockDefinition... definitions) {
            clocks.addAll(List.of(definitions));
            return this;
        }

        /**
         * Sets how much one complaint may hold: a number of events and the bytes its stored events take. A
         * command (or a recorded access denial) that would pass either is refused with
         * {@link ErrorCode#COMPLAINT_CAP_REACHED} and nothing is stored; the engine's own records (sweeps, notice
         * outcomes, group links) are always kept. Default {@link ComplaintCaps#DEFAULT}: 10,000 events and 16 MiB.
         *
         * @param value the caps
         * @return this builder
         */
        public Builder complaintCaps(ComplaintCaps value) {
            this.caps = Objects.requireNonNull(value, "caps");
            return this;
        }

        /**
         * Sets the evidence store where the host keeps the bytes of attached documents. Default: none, and then
         * {@code AttachEvidence} and {@link ComplaintEngine#verifyEvidence} are refused with {@code CMP-2122}:
         * the engine never keeps documents itself, nor falls back to memory unasked. For tests and trials,
         * {@link org.complaintkit.core.store.InMemoryEvidenceStore}.
         *
         * @param store the evidence store
         * @return this builder
         */
        public Builder evidence(EvidenceStore store) {
            this.evidence = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets who may approve what: an {@link ApprovalMatrix} whose row for a proposed resolution names the role
         * and unit level an approver needs, read from the organisation directory (never the actor's claim), on the
         * line of the unit handling the complaint; an approval without it is refused ({@code CMP-2160}), as is one
         * no row covers ({@code CMP-2161}). A row may ask for several steps, in order: each {@code ApproveResolution}
         * gives the step now due, by someone with its authority ({@code CMP-2181}) who gave no earlier step
         * ({@code CMP-2180}); a step before the last records {@code ResolutionEndorsed} and leaves the complaint
         * awaiting approval. A row may ask for line co-approval: the concurrence of a department of a kind before the
         * last step ({@code CMP-2182}). Needs an organisation directory ({@code CMP-4011} at build otherwise).
         * Default: none, and approvals are not restricted beyond the four-eyes and recusal guards and the
         * authority limits on compensation, as before; the engine logs so once at build.
         *
         * @param matrix the matrix, such as one read by {@link ApprovalMatrixFile#load}
         * @return this builder
         */
        public Builder approvalMatrix(ApprovalMatrix matrix) {
            this.approvalMatrix = Objects.requireNonNull(matrix, "matrix");
            return this;
        }

        /**
         * Turns ServiceLoader discovery of SPI providers (store, organisation directory, classifier) on or off.
         * Default: off, because a provider discovered on the class path becomes the engine's store or
         * classifier and sees every complaint's personal data: one jar with two service entries would otherwise
         * take them over unasked. A host that wants discovery turns it on here; each provider found is then
         * logged at WARN with its class and the jar it came from, and a plug-in set on this builder still wins.
         *
         * @param enabled whether to discover
         * @return this builder
         */
        public Builder discoverPlugins(boolean enabled) {
            this.discover = enabled;
            return this;
        }

        /**
         * Turns ServiceLoader discovery of SPI providers off: the engine uses only what this builder is given,
         * whatever lies on the class path. This is the default; the call states it, or undoes
         * {@link #discoverPlugins(boolean) discoverPlugins(true)}.
         *
         * @return this builder
         */
        public Builder noPluginDiscovery() {
            return discoverPlugins(false);
        }

        /**
         * Sets the class loader discovery searches. Default: the thread's context class loader, else
         * the engine's own.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder discoveryClassLoader(ClassLoader loader) {
            this.discoveryLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Sets the short survey of a return visit ({@code RecordReturnVisit}): its answers must fit it, each misfit
         * refused with {@code CMP-1130}. Default: {@link ReturnVisitSurvey#none()}, return visits without answers.
         *
         * @param value the survey
         * @return this builder
         */
        public Builder returnVisitSurvey(ReturnVisitSurvey value) {
            this.survey = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the caps on emergency payments per payment, per complaint and per customer over a period, by customer
         * segment, such as {@link EmergencyPaymentCaps#seed002()}; a payment passing one is refused with
         * {@code CMP-2170} naming the cap and the amount already paid, and with caps set, a payment no cap covers is
         * refused with {@code CMP-2171}. Default: {@link EmergencyPaymentCaps#none()}, and only the authority limits
         * of the organisation directory apply, payment by payment. The per-customer count is not a lock: two
         * payments to one customer on two complaints at the same moment may both pass it (docs/organisation.md).
         *
         * @param value the caps
         * @return this builder
         */
        public Builder emergencyPaymentCaps(EmergencyPaymentCaps value) {
            this.paymentCaps = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the tier ladder of tiered handling (分级处理, seed 003), such as {@link TierLadder#cardCentre()}: every
         * complaint within the ladder's scope starts at the lowest tier and is handed up one tier at a time
         * ({@code HandUpTier}, recorded as {@code TierRaised}); a resolution proposal, an approval, a resolution at
         * first contact or an emergency payment beyond the current tier's authority is refused with
         * {@code CMP-2192} naming the tier to hand it up to, and one by staff holding no role of the tier or a tier
         * above with {@code CMP-2191}. Complaints outside the scope (for the card centre's ladder, those not handled
         * by a card-centre department) are not tiered: nothing is checked, and a hand-up is refused with
         * {@code CMP-2195}. The ladder's roles are read from the organisation directory when there is one, as every
         * actor's are. These checks come on top of the directory's authority limits, the approval matrix and the
         * emergency-payment caps. Default: none, and a hand-up is refused with {@code CMP-2193}.
         *
         * <p>{@link #build()} refuses a ladder without a scope ({@code CMP-4039}: say {@code within(...)}, or
         * {@code bankWide()} to tier every complaint), and a scope of units or department kinds without an
         * organisation directory, or naming a unit the directory does not know ({@code CMP-4038}).
         *
         * @param ladder the ladder
         * @return this builder
         */
        public Builder tierLadder(TierLadder ladder) {
            this.tierLadder = Objects.requireNonNull(ladder, "ladder");
            return this;
        }

        /**
         * Sets how many complaints one batch of a regulator's cohort pause order handles
         * ({@link CohortPauses#applyBatch(String)}): the order's progress is stored after each batch, so a smaller
         * batch redoes less after a crash and a larger one stores progress less often. Default
         * {@value CohortPauses#DEFAULT_BATCH_SIZE}.
         *
         * @param size 1 to 1,000; checked at {@link #build()} ({@code CMP-4045})
         * @return this builder
         */
        public Builder cohortBatchSize(int size) {
            this.cohortBatchSize = size;
            return this;
        }

        /**
         * Sets the roles that may issue and lift a regulator's cohort pause order
         * ({@link CohortPauses#issue}, {@link CohortPauses#lift}): pausing a whole class of complaints is a decision
         * of the complaint-management function, so an actor holding none of them is refused ({@code CMP-2225}, the
         * rule {@code issued and lifted by the complaint-management function}). With an organisation directory the
         * roles are the directory's, not the caller's claim. Default: {@link Role#COMPLAINT_MANAGER} alone.
         *
         * @param roles the roles, any one of which suffices; an empty set is refused at {@link #build()}
         *     ({@code CMP-4046})
         * @return this builder
         */
        public Builder cohortOrderRoles(Set<Role> roles) {
            Objects.requireNonNull(roles, "roles");
            roles.forEach(r -> Objects.requireNonNull(r, "role"));
            this.cohortOrderRoles = Set.copyOf(roles);
            return this;
        }

        /**
         * Sets the triggers on which the engine opens an accountability case by itself (问责, seed 002 第二篇 三.3),
         * such as {@link AccountabilityPolicy#seed002()}: an external channel, a repeat, an overdue duty clock. The
         * case is recorded as {@code AccountabilityCaseOpened} by the system actor {@code accountability-policy}, in
         * the append that shows the trigger, each trigger once per complaint; {@code DecideAccountability} decides
         * it. Default: {@link AccountabilityPolicy#none()}, no case is opened, and a decision is refused with
         * {@code CMP-2200}. The policy also names the roles that record a finding and decide a case
         * ({@link AccountabilityPolicy#recordedBy}, {@link AccountabilityPolicy#decidedBy}): an actor holding none is
         * refused ({@code CMP-2184}, {@code CMP-2185}).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder accountability(AccountabilityPolicy value) {
            this.accountability = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the observer the engine reports its measurements to: each command's type, outcome and latency, the
         * codes of refusals, clocks warned, overdue and breached, each sweep's duration and complaints leased, the
         * calendars' official horizons and, through the {@link NotificationDispatcher} of this engine, the outbox
         * and delivery latency by channel. Nothing it is given identifies a complaint or a person. An observer that
         * throws changes nothing the engine did: the engine logs the exception's class and carries on. Default:
         * {@link EngineObserver#none()}.
         *
         * @param value the observer, such as a binding to the host's metrics
         * @return this builder
         */
        public Builder observer(EngineObserver value) {
            this.observer = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Keeps every complaint registered from now on with its personal data (each
         * {@link org.complaintkit.api.complaint.Sensitive}: names, contact points, content, notes) encrypted under
         * the complaint's own key from this key store, so that {@link org.complaintkit.api.command.ErasePersonalData}
         * erases it by destroying the key while every seal still verifies. Default: none, and texts are stored
         * plain as before; complaints registered before a key store was set stay plain, and their erasure is
         * refused ({@code CMP-2281}). Keep the keys apart from the store and its backups.
         *
         * @param keys the key store, such as {@code new InMemoryPersonalDataKeys()} for tests
         * @return this builder
         */
        public Builder personalDataKeys(PersonalDataKeys keys) {
            this.personalDataKeys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws ConfigurationException if discovery finds several providers of one SPI, or the SLA setup is
         *     inconsistent (clocks without a calendar, a clock id used twice, an unregistered fixed calendar)
         */
        public ComplaintEngine build() {
            return new ComplaintEngine(EngineParts.assemble(new EngineSettings(clock, store, organisation, rules,
                    lifecycle, ids, discover, discoveryLoader, calendars, clocks, policies, historyCache, sealer,
                    namedCalendars, sla, classifierSet, repeats, escalation, access, router, urging, groups,
                    groupScheme, notifications, horizonWarningDays, caps, evidence, survey, approvalMatrix, paymentCaps,
                    tierLadder, cohortBatchSize, cohortOrderRoles, accountability, observer, personalDataKeys)));
        }
    }
}
