package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.core.classification.BucketDecision;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.core.escalation.UrgingPolicy;
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.core.routing.Router;
import org.complaintkit.core.routing.RoutingDecision;
import org.complaintkit.core.access.ComplaintViews;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.classification.ClassifierProvider;
import java.util.Set;
import org.complaintkit.api.error.Checks;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.ComplaintDecisions;
import org.complaintkit.core.complaint.CorruptHistoryException;
import org.complaintkit.core.internal.CommandValidator;
import org.complaintkit.core.internal.DomainInputChecks;
import org.complaintkit.core.internal.PluginDiscovery;
import org.complaintkit.core.lifecycle.GuardContext;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.StandardLifecycle;
import org.complaintkit.core.lifecycle.Transition;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.OrganisationProvider;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ComplaintStoreProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: registers complaints and moves them through their lifecycle.
 *
 * <p>Every command goes the same way. It is validated as a whole (every violation reported at once,
 * {@code CMP-1xxx}); the complaint is folded from its events (the history this engine last wrote, if it
 * still holds it, or else read from the store); the lifecycle's {@link TransitionTable} allows the command
 * or refuses it ({@code CMP-2xxx}); the resulting event, timed by the injected {@link Clock}, is appended
 * atomically at the expected version, with the idempotency key. A repeated key returns the first result:
 * the store refuses a key it holds, and the engine then answers from the stored record. Of two concurrent
 * commands on one complaint, one wins and the other fails with {@link ErrorCode#VERSION_CONFLICT}
 * ({@code CMP-3001}); retrying it re-decides against the new state. A decision made on a history the
 * store has moved past is decided again on a fresh read, never appended. A refused command stores nothing.
 *
 * <pre>{@code
 * ComplaintEngine engine = ComplaintEngine.builder()
 *         .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *         .store(myStore)                       // default: in memory
 *         .organisation(myDirectory)            // default: ids taken as given
 *         .build();
 * CommandResult registered = engine.execute(new RegisterComplaint(teller, IdempotencyKey.of("web-4711"), ...));
 * engine.execute(new AcceptComplaint(registered.complaintId(), supervisor, IdempotencyKey.of("web-4712")));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ComplaintEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintEngine.class);
    /** The actor of the changes a recalculation records. */
    private static final org.complaintkit.api.organisation.Actor RECALCULATION =
            org.complaintkit.api.organisation.Actor.system("sla-recalculation");

    private final Clock clock;
    private final ComplaintStore store;
    private final TransitionTable lifecycle;
    private final LifecycleRules rules;
    private final ComplaintIdSource ids;
    private final CommandValidator validator;
    private final DomainInputChecks inputChecks;
    private volatile ClockKeeper clocks;
    private final OrganisationDirectory directory;
    private final Classifier classifier;
    private final AccessPolicy access;
    private final Router router;
    private final OrganisationKeeper organisation;
    private final LinkDetector links;
    /** The histories this engine last wrote, or null when the cache is off. */
    private final HistoryCache cache;
    private final org.complaintkit.core.integrity.EventSealer sealer;
    /** How many complaints' histories an engine keeps by default, to decide the next command without a read. */
    public static final int DEFAULT_HISTORY_CACHE = 4_096;
    /** How long a sweep holds the complaints it leases, in seconds. */
    public static final int SWEEP_LEASE_SECONDS = 60;
    private static final java.time.Duration SWEEP_LEASE = java.time.Duration.ofSeconds(SWEEP_LEASE_SECONDS);
    private static final int SWEEP_BATCH = 200;
    private final org.complaintkit.core.notification.NoticePlanner notices;
    /** The actor of the links a group detection records on earlier members. */
    private static final org.complaintkit.api.organisation.Actor GROUP_DETECTOR =
            org.complaintkit.api.organisation.Actor.system("group-detector");

    private ComplaintEngine(Builder builder, ComplaintStore store, OrganisationDirectory directory, SlaSetup sla) {
        this.clock = builder.clock;
        this.store = store;
        this.lifecycle = builder.lifecycle;
        this.rules = builder.rules != null ? builder.rules : LifecycleRules.defaults(builder.clock.getZone());
        this.ids = builder.ids;
        this.validator = new CommandValidator();
        this.inputChecks = new DomainInputChecks(directory);
        this.directory = directory;
        this.classifier = builder.chosenClassifier;
        this.access = builder.access;
        this.router = builder.router;
        this.organisation = new OrganisationKeeper(directory, builder.escalation, builder.urging);
        this.links = new LinkDetector(store, builder.lifecycle, builder.repeats, builder.groups, builder.groupScheme);
        this.cache = builder.historyCache > 0 ? new HistoryCache(builder.historyCache) : null;
        this.sealer = builder.sealer;
        org.complaintkit.core.notification.NotificationSetup noticeSetup = builder.notifications;
        this.clocks = new ClockKeeper(sla, directory, noticeSetup == null
                ? org.complaintkit.core.sla.NoticeMilestones.NONE : noticeSetup.proofOfNotice());
        this.notices = noticeSetup == null ? null : new org.complaintkit.core.notification.NoticePlanner(noticeSetup,
                builder.access, this::actorOf, builder.clock.getZone());
    }

    /** The actor a staff id stands for, as the directory knows them; with no roles if it does not. */
    private org.complaintkit.api.organisation.Actor actorOf(org.complaintkit.api.organisation.StaffId id) {
        org.complaintkit.spi.organisation.StaffMember member = directory == null ? null : directory.staff(id).orElse(null);
        return member == null
                ? new org.complaintkit.api.organisation.Actor(id, org.complaintkit.api.organisation.Actor.SYSTEM_UNIT, Set.of())
                : new org.complaintkit.api.organisation.Actor(id, member.unit(), member.roles());
    }

    /**
     * Stores events with the index row after them and, in the same atomic append, the notices they cause and
     * any outbox updates given.
     *
     * @throws InvalidInputException coded NOTICE_INCOMPLETE if a notice lacks required content; nothing is stored
     */
    private void write(ComplaintState after, List<ComplaintEvent> history, long expectedVersion,
                       List<? extends ComplaintEvent> events, Instant nextDue,
                       CommandRecord record, List<org.complaintkit.spi.storage.OutboxEntry> updates, Instant now) {
        List<ComplaintEvent> added = List.copyOf(events);
        List<org.complaintkit.spi.storage.OutboxEntry> outbox = new ArrayList<>(updates);
        if (notices != null) {
            outbox.addAll(notices.plan(after, added, now));
        }
        List<String> seals = sealer.seal(previousSeal(after.id(), history, expectedVersion), added);
        try {
            store.append(new AppendRequest(after.id(), expectedVersion, added,
                    index(after, nextDue, links.fingerprint(history, added)), record, outbox, seals));
        } catch (RuntimeException e) {
            if (cache != null) {
                cache.forget(after.id());
            }
            throw e;
        }
        if (cache != null) {
            if (history.size() == expectedVersion) {
                cache.put(after.id(), history, added, seals.get(seals.size() - 1));
            } else {
                cache.forget(after.id());
            }
        }
    }

    /**
     * The instant to record a complaint's next event at: the clock's, or the last event's when this node's clock
     * is behind it (the clock was stepped back, or another node's runs ahead), so that the times in a history
     * never go backwards. A lag of more than a second is logged, without anything about the complaint but its id.
     */
    static Instant notBefore(Instant now, List<ComplaintEvent> history) {
        if (history.isEmpty()) {
            return now;
        }
        Instant last = history.get(history.size() - 1).occurredAt();
        if (!last.isAfter(now)) {
            return now;
        }
        if (last.isAfter(now.plusSeconds(1))) {
            LOG.warn("this node's clock is {} behind the last event of complaint {}; the event is recorded at that "
                    + "event's time", java.time.Duration.between(now, last), history.get(0).complaintId());
        }
        return last;
    }

    /**
     * The seal of the last event before an append: from the history cache when it holds this version, else as
     * the store keeps it for the history just read ({@link StoredHistory}), else computed over the history (a
     * store that keeps no seals).
     */
    private String previousSeal(ComplaintId id, List<ComplaintEvent> history, long expectedVersion) {
        if (expectedVersion == 0) {
            return org.complaintkit.core.integrity.EventSealer.GENESIS;
        }
        String cached = cache == null ? null : cache.seal(id, expectedVersion);
        if (cached != null) {
            return cached;
        }
        if (history instanceof StoredHistory read && read.size() == expectedVersion) {
            return read.lastSeal();
        }
        if (history.size() != expectedVersion) {
            throw new IllegalStateException("an append must be decided on the whole history");
        }
        return sealer.head(history);
    }

    /**
     * Returns the sealer this engine seals events with, for a {@link org.complaintkit.core.integrity.ChainVerifier}.
     *
     * @return the sealer
     */
    public org.complaintkit.core.integrity.EventSealer sealer() {
        return sealer;
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
        if (command == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, "command", "a command is required");
        }
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>(validator.violations(command));
        violations.addAll(inputChecks.violations(command, now));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ComplaintId target = command instanceof HandlingCommand handling ? handling.complaintId() : null;
        // Idempotency is checked optimistically: a key seen before cannot be appended again (the store refuses
        // it atomically with everything else), so the command record is read only when the command does not go
        // through: after a refusal or a conflict, a key that was already applied gives back its first result.
        // A new key, the common case, costs no extra read.
        try {
            return command instanceof RegisterComplaint register ? register(register, now)
                    : handle((HandlingCommand) command, now);
        } catch (CommandRefusedException | InvalidInputException | StoreException e) {
            if (e instanceof StoreException && (e.has(ErrorCode.STORE_UNAVAILABLE) || e.has(ErrorCode.STORE_FAILURE))) {
                throw e;
            }
            Optional<CommandRecord> earlier = store.findCommand(command.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), target, command);
            }
            throw e;
        }
    }

    private CommandResult register(RegisterComplaint command, Instant now) {
        ComplaintId id = ids.next(command);
        EventHeader header = new EventHeader(id, 1, now, command.actor());
        ComplaintRegistered event = ComplaintDecisions.register(command, header);
        ComplaintState state = ComplaintAggregate.apply(null, event);
        if (state.status() != lifecycle.initial()) {
            throw new IllegalStateException("registration must lead to " + lifecycle.initial());
        }
        List<ComplaintEvent> added = new ArrayList<>(List.of(event));
        if (classifier != null) {
            ClassificationResult result = classifier.classify(ClassificationInput.of(event.registration(), null, Set.of()));
            ComplaintClassified classified = new ComplaintClassified(new EventHeader(id, 2, now, command.actor()),
                    classifier.name(), result);
            added.add(classified);
            state = ComplaintAggregate.apply(state, classified);
            if (links.detectsRepeats()) {
                for (ComplaintEvent linked : links.repeatEvents(event, result, added.size(), command, now)) {
                    added.add(linked);
                    state = ComplaintAggregate.apply(state, linked);
                }
            }
            LinkDetector.GroupFinding group = links.detectsGroups() ? links.findGroup(event, result) : null;
            if (group != null) {
                ComplaintLinked linked = new ComplaintLinked(new EventHeader(id, added.size() + 1, now, command.actor()),
                        group.incident().major() ? ComplaintLinked.Kind.MAJOR_GROUP : ComplaintLinked.Kind.GROUP,
                        group.others(), group.reason());
                added.add(linked);
                state = ComplaintAggregate.apply(state, linked);
            }
            ComplaintEvent escalated = organisation.escalateAtRegistration(state, added, now);
            if (escalated != null) {
                added.add(escalated);
                state = ComplaintAggregate.apply(state, escalated);
            }
            CommandResult registeredResult = append(null, List.of(), state, added, command, now);
            if (group != null) {
                linkEarlierMembers(group, id, now);
            }
            return registeredResult;
        }
        ComplaintEvent escalated = organisation.escalateAtRegistration(state, added, now);
        if (escalated != null) {
            added.add(escalated);
            state = ComplaintAggregate.apply(state, escalated);
        }
        return append(null, List.of(), state, added, command, now);
    }

    private CommandResult handle(HandlingCommand command, Instant now) {
        List<ComplaintEvent> cached = cache == null ? null : cache.get(command.complaintId());
        if (cached != null) {
            try {
                return handle(command, now, cached, false);
            } catch (ComplaintKitException decidedOnTheCache) {
                // Stale (the append's version was not the store's) or refused on what this node last saw:
                // decide again on what the store holds.
                cache.forget(command.complaintId());
            }
        }
        List<ComplaintEvent> history = StoredHistory.read(store, command.complaintId());
        if (history.isEmpty()) {
            throw StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint " + command.complaintId());
        }
        return handle(command, now, history, true);
    }

    /**
     * Decides and appends a command on a history; {@code fresh} says it was just read from the store, and
     * only then is a denial recorded (a denial decided on the cache is decided again on a fresh read).
     */
    private CommandResult handle(HandlingCommand command, Instant clockNow, List<ComplaintEvent> history,
                                 boolean fresh) {
        Instant now = notBefore(clockNow, history);
        ComplaintState before = fold(history);
        Optional<Violation> denied = access.check(command.actor(), before, Permission.ACT);
        if (denied.isPresent()) {
            if (fresh) {
                recordDenial(before, history, command.actor(), Permission.ACT, command.type().label(), denied.get(),
                        now);
            }
            throw new CommandRefusedException(List.of(denied.get()));
        }
        Transition transition = lifecycle.decide(new GuardContext(before, command, now, rules));
        if (command instanceof org.complaintkit.api.command.AssignComplaint assign && assign.handler() != null) {
            // Naming someone handler hands them the complaint: the policy must allow them to act on it.
            org.complaintkit.api.organisation.Actor named = org.complaintkit.api.organisation.Actor.staff(
                    assign.handler(), assign.firstResponsible().unit(), org.complaintkit.api.organisation.Role.HANDLER);
            Optional<Violation> unfit = access.check(named, before, Permission.ACT);
            if (unfit.isPresent()) {
                throw CommandRefusedException.of(unfit.get().code(), "handler",
                        "the named handler may not act on this complaint: " + unfit.get().message());
            }
        }
        if (command instanceof ExtendDeadline extension) {
            clocks.checkExtension(before, history, extension, now);
        }
        if (command instanceof org.complaintkit.api.command.CompleteRemediation completion
                && !org.complaintkit.core.learning.RootCauses.isOpen(history, completion.rootCauseId(),
                        completion.actionId())) {
            throw CommandRefusedException.of(ErrorCode.REMEDIATION_NOT_OPEN, "actionId",
                    "complaint " + before.id() + " has no open action " + completion.actionId() + " under root cause "
                            + completion.rootCauseId());
        }
        EventHeader header = new EventHeader(before.id(), before.version() + 1, now, command.actor());
        organisation.checkAuthority(before, history, command, transition);
        ComplaintEvent event;
        if (command instanceof OverrideClass override) {
            event = ComplaintDecisions.overridden(override, previousClass(history, override), header);
        } else if (command instanceof org.complaintkit.api.command.ConcurResolution concur) {
            org.complaintkit.api.organisation.DepartmentId department = directory == null ? null
                    : directory.staff(command.actor().staffId()).map(org.complaintkit.spi.organisation.StaffMember::department)
                            .orElse(null);
            event = new org.complaintkit.api.event.ResolutionConcurred(header, department, concur.comment());
        } else if (command instanceof UrgeHandler urge) {
            event = organisation.urgeEvent(before, urge, command.actor(), header);
        } else if (command instanceof EscalateComplaint escalate) {
            event = organisation.escalationEvent(before, history, escalate.trigger(),
                    "requested by " + command.actor().staffId(),
                    escalate.note(), command.actor(), now, before.version() + 1);
            if (event == null) {
                throw CommandRefusedException.of(ErrorCode.ESCALATION_AT_TOP, "complaintId", directory == null
                        ? "the engine has no organisation directory to escalate through"
                        : "the complaint is at " + EscalationLadder.currentUnit(before, history) + ", which has no level above");
            }
        } else {
            event = ComplaintDecisions.decide(command, transition.to(), header);
        }
        ComplaintState after = ComplaintAggregate.apply(before, event);
        if (after.status() != transition.to()) {
            throw new IllegalStateException("the fold of " + event.getClass().getSimpleName() + " leads to "
                    + after.status() + " but the lifecycle says " + transition.to());
        }
        return append(before, history, after, List.of(event), command, now);
    }

    static java.util.Set<ComplaintStatus> openStatuses() {
        java.util.Set<ComplaintStatus> open = java.util.EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }

    /**
     * Records a denial on the complaint, best effort: a denial that loses a race to another command is
     * retried once against the new version, and the refusal is thrown whatever happens here.
     */
    private void recordDenial(ComplaintState state, List<ComplaintEvent> history, org.complaintkit.api.organisation.Actor actor,
                              Permission permission, String attempted, Violation why, Instant now) {
        ComplaintState current = state;
        List<ComplaintEvent> events = history;
        for (int attempt = 0; attempt < 2; attempt++) {
            Instant at = notBefore(now, events);
            try {
                AccessDenied denial = new AccessDenied(new EventHeader(current.id(), current.version() + 1, at, actor),
                        permission, attempted, why.code());
                ComplaintState after = ComplaintAggregate.apply(current, denial);
                List<ComplaintEvent> all = new ArrayList<>(events);
                all.add(denial);
                write(after, events, current.version(), List.of(denial), clocks.nextDue(after, all, at), null, List.of(), at);
                LOG.info("access denied: {} on complaint {} ({})", attempted, current.id(), why.code().code());
                return;
            } catch (StoreException e) {
                if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                    LOG.warn("could not record an access denial on complaint {}: {}", current.id(), e.code());
                    return;
                }
                events = StoredHistory.read(store, current.id());
                current = fold(events);
            }
        }
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
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public ComplaintView view(ComplaintId id, org.complaintkit.api.organisation.Actor actor) {
        Objects.requireNonNull(actor, "actor");
        List<ComplaintEvent> history = existing(Objects.requireNonNull(id, "id"));
        ComplaintState state = fold(history);
        Optional<Violation> denied = access.check(actor, state, Permission.VIEW);
        if (denied.isPresent()) {
            recordDenial(state, history, actor, Permission.VIEW, "view", denied.get(), clock.instant());
            throw new CommandRefusedException(List.of(denied.get()));
        }
        return ComplaintViews.of(state, access.rights(actor, state));
    }

    /**
     * Suggests where a complaint should go: the routing rules applied to its classes, with each department
     * looked for from its receiving unit up the organisation. Feed the decision to {@code AssignComplaint}.
     *
     * @param id the complaint
     * @return the decision with its explanation, or empty without a directory, a matching rule or a
     *     department of the kind anywhere up the hierarchy
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public Optional<RoutingDecision> suggestRouting(ComplaintId id) {
        List<ComplaintEvent> history = existing(Objects.requireNonNull(id, "id"));
        if (directory == null) {
            return Optional.empty();
        }
        ComplaintState state = fold(history);
        return router.route(state.registration().receivingUnit(), Classifications.classes(history), directory);
    }

    /**
     * Links the earlier members of a group to it, each in its own append by the system actor
     * {@code group-detector}; best effort: the new complaint's registration is already stored, and a
     * member that changes under the link twice in a row is left for the next member to link.
     */
    private void linkEarlierMembers(LinkDetector.GroupFinding group, ComplaintId newcomer, Instant now) {
        ComplaintLinked.Kind kind = group.incident().major() ? ComplaintLinked.Kind.MAJOR_GROUP : ComplaintLinked.Kind.GROUP;
        for (ComplaintId member : group.others()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    List<ComplaintEvent> history = StoredHistory.read(store, member);
                    boolean already = history.stream().anyMatch(e -> e instanceof ComplaintLinked l && l.kind() == kind);
                    if (already || history.isEmpty()) {
                        break;
                    }
                    ComplaintState state = fold(history);
                    Instant at = notBefore(now, history);
                    ComplaintLinked link = new ComplaintLinked(new EventHeader(member, state.version() + 1, at,
                            GROUP_DETECTOR), kind, List.of(newcomer), group.reason());
                    ComplaintState after = ComplaintAggregate.apply(state, link);
                    List<ComplaintEvent> all = new ArrayList<>(history);
                    all.add(link);
                    write(after, history, state.version(), List.of(link), clocks.nextDue(after, all, at), null, List.of(), at);
                    break;
                } catch (StoreException e) {
                    if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                        LOG.warn("could not link complaint {} to its group: {}", member, e.code());
                        break;
                    }
                }
            }
        }
    }

    /** The class an override replaces, after checking that the scheme and the new code exist. */
    private String previousClass(List<ComplaintEvent> history, OverrideClass override) {
        ClassificationResult current = Classifications.current(history).orElseThrow(() -> InvalidInputException.of(
                ErrorCode.UNKNOWN_CLASS, "scheme", "the complaint was never classified"));
        ClassAssignment assigned = current.in(override.scheme()).orElseThrow(() -> InvalidInputException.of(
                ErrorCode.UNKNOWN_CLASS, "scheme", "the complaint was not classified by scheme " + override.scheme()));
        boolean known = classifier == null || classifier.taxonomy(override.scheme())
                .map(t -> t.contains(override.code())).orElse(true);
        if (!known) {
            throw InvalidInputException.of(ErrorCode.UNKNOWN_CLASS, "code",
                    "scheme " + override.scheme() + " has no class " + override.code());
        }
        return assigned.code();
    }

    /**
     * Appends the lifecycle event and the clock changes it causes, atomically.
     */
    private CommandResult append(ComplaintState before, List<ComplaintEvent> history, ComplaintState afterLifecycle,
                                 List<ComplaintEvent> added, ComplaintCommand command, Instant now) {
        ComplaintEvent event = added.get(0);
        ClockKeeper.Effect clockEffect = clocks.effectOf(before, history, afterLifecycle, added, command.actor(), now);
        List<ComplaintEvent> events = new ArrayList<>(added);
        events.addAll(clockEffect.events());
        ComplaintState after = afterLifecycle;
        for (ComplaintEvent change : clockEffect.events()) {
            after = ComplaintAggregate.apply(after, change);
        }
        long expectedVersion = event.sequence() - 1;
        CommandRecord record = new CommandRecord(command.idempotencyKey(), after.id(), command.type(),
                event.sequence(), after.version());
        write(after, history, expectedVersion, events, clockEffect.nextDue(), record, List.of(), now);
        LOG.debug("complaint {} {} -> {} (version {})", after.id(), command.type(), after.status(), after.version());
        return new CommandResult(after.id(), events, after, false);
    }

    private CommandResult replay(CommandRecord record, ComplaintId target, ComplaintCommand command) {
        if (!record.matches(target, command.type())) {
            throw StoreException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                    "the key was used for " + record.type().label() + " on complaint " + record.complaintId());
        }
        List<ComplaintEvent> history = store.load(record.complaintId());
        if (history.size() < record.lastSequence()) {
            throw StoreException.of(ErrorCode.STORE_FAILURE, "idempotencyKey",
                    "the store holds a command record for events it does not have");
        }
        List<ComplaintEvent> upTo = history.subList(0, (int) record.lastSequence());
        ComplaintState state = fold(upTo);
        LOG.debug("complaint {} {} replayed for a repeated idempotency key", record.complaintId(), record.type());
        return new CommandResult(record.complaintId(),
                upTo.subList((int) record.firstSequence() - 1, upTo.size()), state, true);
    }

    private static ComplaintIndex index(ComplaintState state, Instant nextDue, String fingerprint) {
        return new ComplaintIndex(state.status(), state.registration().receivingUnit(),
                state.assignment() == null ? null : state.assignment().firstResponsible().unit(),
                state.registration().complainant().customer(), state.registration().receivedAt(),
                state.lastChangedAt(), nextDue, fingerprint);
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
        Instant now = clock.instant();
        int checked = 0;
        int warnings = 0;
        int overdue = 0;
        int conflicts = 0;
        if (clocks.isEmpty()) {
            return new SweepReport(now, 0, 0, 0, 0);
        }
        Instant leaseEnd = now.plus(SWEEP_LEASE);
        java.util.Set<ComplaintId> swept = new java.util.HashSet<>();
        while (true) {
            List<ComplaintId> batch = store.leaseDue(now, leaseEnd, SWEEP_BATCH);
            boolean fresh = false;
            for (ComplaintId id : batch) {
                if (!swept.add(id)) {
                    continue;
                }
                fresh = true;
                checked++;
                List<ClockChanged> fired = null;
                for (int attempt = 0; attempt < 2 && fired == null; attempt++) {
                    try {
                        fired = sweep(id, now);
                    } catch (StoreException e) {
                        if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                            throw e;
                        }
                    }
                }
                if (fired == null) {
                    conflicts++;
                    continue;
                }
                for (ClockChanged change : fired) {
                    if (change.change() == ClockChange.WARNED) {
                        warnings++;
                    } else {
                        overdue++;
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
        return new SweepReport(now, checked, warnings, overdue, conflicts);
    }

    private List<ClockChanged> sweep(ComplaintId id, Instant now) {
        List<ComplaintEvent> history = StoredHistory.read(store, id);
        if (history.isEmpty() || history.get(history.size() - 1).occurredAt().isAfter(now)) {
            // Something happened to the complaint after this sweep's instant (a long sweep, or another node whose
            // clock runs ahead): judged as of an earlier instant, a restarted clock would look like its old self and
            // fire again. Leave it to a sweep whose instant is not behind the history.
            return List.of();
        }
        ComplaintState state = fold(history);
        ClockKeeper keeper = clocks;
        List<ClockChanged> fired = keeper.dueChanges(state, history, state.version(), now);
        List<ComplaintEvent> added = new ArrayList<>(fired);
        if (added.isEmpty()) {
            return fired;
        }
        EscalationTrigger trigger = organisation.sweepTrigger(fired);
        if (trigger != null) {
            List<ComplaintEvent> sofar = new ArrayList<>(history);
            sofar.addAll(fired);
            List<String> clocksDue = fired.stream().filter(c -> c.change() == ClockChange.OVERDUE
                    || c.change() == ClockChange.WARNED).map(c -> c.clockId() + " " + c.change()).toList();
            ComplaintEscalated climbed = organisation.escalationEvent(state, sofar, trigger, "sweep: " + clocksDue, null,
                    OrganisationKeeper.ESCALATION,
                    now, state.version() + fired.size() + 1);
            if (climbed != null) {
                added.add(climbed);
            }
        }
        List<ComplaintEvent> withFired = new ArrayList<>(history);
        withFired.addAll(fired);
        HandlerUrged urged = organisation.sweepUrge(state, withFired, fired, now, state.version() + added.size() + 1);
        if (urged != null) {
            added.add(urged);
        }
        ComplaintState after = state;
        for (ComplaintEvent event : added) {
            after = ComplaintAggregate.apply(after, event);
        }
        List<ComplaintEvent> all = new ArrayList<>(history);
        all.addAll(added);
        write(after, history, state.version(), added, keeper.nextDue(after, all, now), null, List.of(), now);
        return fired;
    }

    /** A complaint's history, which must not be empty. */
    private List<ComplaintEvent> existing(ComplaintId id) {
        List<ComplaintEvent> history = store.load(id);
        if (history.isEmpty()) {
            throw StoreException.of(ErrorCode.COMPLAINT_NOT_FOUND, "complaintId", "no complaint " + id);
        }
        return history;
    }

    /** Folds a history; a history that does not fold is a store failure. */
    static ComplaintState fold(List<ComplaintEvent> history) {
        try {
            return ComplaintAggregate.replay(history);
        } catch (CorruptHistoryException e) {
            throw new StoreException(List.of(new Violation(ErrorCode.STORE_FAILURE, "", e.getMessage())), e);
        }
    }

    /**
     * Finds a complaint's current state. This is a trusted read for host code; reads on behalf of a
     * staff member go through the access policy.
     *
     * @param id the complaint
     * @return its state, or empty if unknown
     * @throws StoreException if the store fails
     */
    public Optional<ComplaintState> find(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        List<ComplaintEvent> history = store.load(id);
        return history.isEmpty() ? Optional.empty() : Optional.of(fold(history));
    }

    /**
     * Returns a complaint's events, the record a regulator may ask for.
     *
     * @param id the complaint
     * @return its events by sequence number; empty if unknown
     * @throws StoreException if the store fails
     */
    public List<ComplaintEvent> history(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        return store.load(id);
    }

    /**
     * Finds complaints by status, unit, customer and receipt time, one page at a time.
     *
     * @param query the filter and page
     * @return the page
     * @throws StoreException if the store fails
     */
    public ComplaintPage query(ComplaintQuery query) {
        return store.query(Objects.requireNonNull(query, "query"));
    }

    /**
     * Returns where each configured clock of a complaint stands now, by the engine's clock.
     *
     * @param id the complaint
     * @return one state per configured clock, in configuration order
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws org.complaintkit.api.error.CalendarException if a deadline needs a date beyond the calendar's horizon
     */
    public List<ClockState> clocks(ComplaintId id) {
        List<ComplaintEvent> history = existing(Objects.requireNonNull(id, "id"));
        return clocks.states(fold(history), history, notBefore(clock.instant(), history));
    }

    /**
     * Returns a complaint's classification now: the classifier's result at registration with every staff
     * override applied, each class with its explanation.
     *
     * @param id the complaint
     * @return the classification, or empty if the engine has no classifier or the complaint predates it
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public Optional<ClassificationResult> classification(ComplaintId id) {
        return Classifications.current(existing(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the statistical bucket a complaint is in now (seed 002 第二篇 四(二)), with the reasons:
     * <ul>
     *   <li>{@code COMPLAINT} if it came through an external body or a superior unit, bypassed a level,
     *       is a repeat, or has a duty clock overdue or breached;</li>
     *   <li>else {@code ENQUIRY} if it was handled by a unit other than the one that received it
     *       (escalated) within its time limits;</li>
     *   <li>else {@code NOT_COUNTED}: resolved by the receiving unit itself.</li>
     * </ul>
     *
     * @param id the complaint
     * @return the bucket and its reasons
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     */
    public BucketDecision statisticalBucket(ComplaintId id) {
        List<ComplaintEvent> history = existing(Objects.requireNonNull(id, "id"));
        ComplaintState state = fold(history);
        List<String> late = new ArrayList<>();
        for (ClockState clockState : clocks.states(state, history, notBefore(clock.instant(), history))) {
            boolean overdue = clockState.status() == ClockState.Status.OVERDUE
                    || clockState.status() == ClockState.Status.BREACHED;
            if (overdue && clockState.definition().purpose() == org.complaintkit.api.sla.ClockPurpose.DUTY) {
                late.add(clockState.definition().id() + " " + clockState.status());
            }
        }
        var forwarding = state.registration().forwardedFrom();
        return BucketDecision.decide(forwarding == null ? null : forwarding.source(),
                Classifications.current(history).map(ClassificationResult::flagSet).orElse(java.util.Set.of()), late,
                state.registration().receivingUnit(),
                state.assignment() == null ? null : state.assignment().firstResponsible().unit());
    }

    /**
     * Answers "why is this deadline X?" for one clock of a complaint: where the clock stands now, on which
     * calendar version, and the recorded chain of changes behind it, each with its cause.
     *
     * @param id the complaint
     * @param clockId the clock's definition id
     * @return the explanation
     * @throws StoreException coded {@link ErrorCode#COMPLAINT_NOT_FOUND} if the complaint is unknown
     * @throws InvalidInputException coded {@link ErrorCode#UNKNOWN_CLOCK} if the complaint runs no such clock
     */
    public DeadlineExplanation explain(ComplaintId id, String clockId) {
        List<ComplaintEvent> history = existing(Objects.requireNonNull(id, "id"));
        Objects.requireNonNull(clockId, "clockId");
        ComplaintState state = fold(history);
        ClockKeeper.Bound bound = clocks.clocksOf(state, history).stream().filter(b -> b.definition().id().equals(clockId))
                .findFirst().orElseThrow(() -> InvalidInputException.of(ErrorCode.UNKNOWN_CLOCK, "clockId",
                        "the complaint runs no clock " + clockId));
        List<ClockChanged> chain = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged changed && changed.clockId().equals(clockId)) {
                chain.add(changed);
            }
        }
        Instant now = notBefore(clock.instant(), history);
        return new DeadlineExplanation(id, bound.definition(), bound.evaluate(history, now),
                bound.version(), bound.calendar().latest().calendar().zone(), chain, now);
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
     * Dry run of a calendar or policy change: for every open complaint, reports each open clock whose recorded
     * deadline would move under the candidate setup, and by how much, each clock the candidate's policies
     * would add and each they would drop. Nothing is changed.
     *
     * <p>The recalculation rule: only clocks that are running or paused and not yet recorded overdue are
     * recalculated; a met clock stays met and an overdue or breached clock stays breached. Whether a
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
        ClockKeeper current = clocks;
        ClockKeeper next = clocks.on(Objects.requireNonNull(candidate, "candidate"));
        Instant now = clock.instant();
        List<DeadlineMove> moves = new ArrayList<>();
        forEachOpen(id -> {
            List<ComplaintEvent> history = store.load(id);
            if (!history.isEmpty()) {
                moves.addAll(current.moves(fold(history), history, next, now));
            }
        });
        return moves;
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
        Objects.requireNonNull(candidate, "candidate");
        Checks.text(reason, "reason");
        ClockKeeper previous = clocks;
        ClockKeeper next = previous.on(candidate);
        clocks = next;
        Instant now = clock.instant();
        List<DeadlineMove> applied = new ArrayList<>();
        int[] conflicts = {0};
        forEachOpen(id -> {
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    applied.addAll(recalculate(id, previous, next, now, reason));
                    return;
                } catch (StoreException e) {
                    if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                        throw e;
                    }
                }
            }
            conflicts[0]++;
        });
        LOG.debug("recalculation at {}: {} clocks moved, {} complaints left after conflicts", now, applied.size(),
                conflicts[0]);
        return new RecalculationReport(now, applied, conflicts[0]);
    }

    private List<DeadlineMove> recalculate(ComplaintId id, ClockKeeper previous, ClockKeeper next, Instant now,
                                           String reason) {
        List<ComplaintEvent> history = StoredHistory.read(store, id);
        if (history.isEmpty()) {
            return List.of();
        }
        ComplaintState state = fold(history);
        now = notBefore(now, history);
        List<DeadlineMove> moves = previous.moves(state, history, next, now);
        if (moves.isEmpty()) {
            return moves;
        }
        List<ClockChanged> events = next.applying(moves, state.version(), now, RECALCULATION, reason);
        ComplaintState after = state;
        for (ComplaintEvent event : events) {
            after = ComplaintAggregate.apply(after, event);
        }
        List<ComplaintEvent> all = new ArrayList<>(history);
        all.addAll(events);
        write(after, history, state.version(), events, next.nextDue(after, all, now), null, List.of(), now);
        return moves;
    }

    private void forEachOpen(java.util.function.Consumer<ComplaintId> action) {
        java.util.Set<ComplaintStatus> open = openStatuses();
        ComplaintQuery query = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT).withStatuses(open);
        while (true) {
            ComplaintPage page = store.query(query);
            page.ids().forEach(action);
            if (page.next().isEmpty()) {
                return;
            }
            query = query.after(page.next().get());
        }
    }

    /**
     * Returns the notice ledger of a complaint: each notice delivered to the complainant, with channel, send
     * time and provider reference, the proof of notice a regulator asks for. Oldest first.
     *
     * @param id the complaint
     * @return the deliveries to the complainant; empty if none or the complaint is unknown
     * @throws StoreException if the store fails
     */
    public List<org.complaintkit.api.event.NoticeDelivered> ledger(ComplaintId id) {
        List<org.complaintkit.api.event.NoticeDelivered> out = new ArrayList<>();
        for (ComplaintEvent event : history(id)) {
            if (event instanceof org.complaintkit.api.event.NoticeDelivered delivered && delivered.toCustomer()) {
                out.add(delivered);
            }
        }
        return out;
    }

    /**
     * Returns a complaint's notices in the outbox, pending, delivered and dead. A trusted read for host code:
     * notices hold personal data.
     *
     * @param id the complaint
     * @return its outbox entries, by source event then key
     * @throws StoreException if the store fails
     */
    public List<org.complaintkit.spi.storage.OutboxEntry> outbox(ComplaintId id) {
        return store.outbox(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the notification setup, if notices are on.
     *
     * @return the setup, or empty
     */
    public Optional<org.complaintkit.core.notification.NotificationSetup> notifications() {
        return Optional.ofNullable(notices).map(org.complaintkit.core.notification.NoticePlanner::setup);
    }

    /** The store, for the dispatcher. */
    ComplaintStore store() {
        return store;
    }

    /** The access policy, for the dispatcher. */
    AccessPolicy access() {
        return access;
    }

    /**
     * Appends one event the engine records on its own (a delivery outcome, a requeue) with the clock changes it
     * causes, the notices they cause and the outbox updates given, atomically at the complaint's version.
     *
     * @throws StoreException coded VERSION_CONFLICT if the complaint changed since {@code history} was read
     */
    void recordOwnEvent(List<ComplaintEvent> history, java.util.function.LongFunction<ComplaintEvent> eventAt,
                        List<org.complaintkit.spi.storage.OutboxEntry> updates, Instant now) {
        ComplaintState before = fold(history);
        ComplaintEvent event = eventAt.apply(before.version() + 1);
        ComplaintState afterEvent = ComplaintAggregate.apply(before, event);
        ClockKeeper keeper = clocks;
        ClockKeeper.Effect effect = keeper.effectOf(before, history, afterEvent, List.of(event), event.actor(), now);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(event);
        events.addAll(effect.events());
        ComplaintState after = afterEvent;
        for (ComplaintEvent change : effect.events()) {
            after = ComplaintAggregate.apply(after, change);
        }
        write(after, history, before.version(), events, effect.nextDue(), null, updates, now);
    }

    /**
     * Returns the SLA policies and calendars the clocks run on now.
     *
     * @return the setup
     */
    public SlaSetup sla() {
        return clocks.setup();
    }

    /**
     * Returns the recorded changes of one clock of a complaint, oldest first: the chain of events that
     * answers "why is this deadline X?". Each names its cause, the deadline set and the calendar version.
     *
     * @param id the complaint
     * @param clockId the clock's definition id
     * @return the clock's changes; empty if it never started
     * @throws StoreException if the store fails
     */
    public List<ClockChanged> clockHistory(ComplaintId id, String clockId) {
        Objects.requireNonNull(clockId, "clockId");
        List<ClockChanged> out = new ArrayList<>();
        for (ComplaintEvent event : history(id)) {
            if (event instanceof ClockChanged changed && changed.clockId().equals(clockId)) {
                out.add(changed);
            }
        }
        return out;
    }

    /**
     * Returns the transition table this engine enforces.
     *
     * @return the lifecycle
     */
    public TransitionTable lifecycle() {
        return lifecycle;
    }

    /**
     * Returns the lifecycle rules in force.
     *
     * @return the rules
     */
    public LifecycleRules rules() {
        return rules;
    }

    /**
     * Returns the clock the engine reads time from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Configures a {@link ComplaintEngine}. Each SPI is chosen in this order: set explicitly here, else
     * a single provider discovered with {@link java.util.ServiceLoader} (several are an error, never a
     * silent pick), else the default. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ComplaintStore store;
        private OrganisationDirectory organisation;
        private LifecycleRules rules;
        private TransitionTable lifecycle = StandardLifecycle.table();
        private ComplaintIdSource ids = ComplaintIdSource.randomUuids();
        private boolean discover = true;
        private ClassLoader discoveryLoader;
        private CalendarVersions calendars;
        private final List<ClockDefinition> clocks = new ArrayList<>();
        private final List<SlaPolicy> policies = new ArrayList<>();
        private int historyCache = DEFAULT_HISTORY_CACHE;
        private org.complaintkit.core.integrity.EventSealer sealer = org.complaintkit.core.integrity.EventSealer.sha256();
        private final java.util.Map<String, CalendarVersions> namedCalendars = new java.util.LinkedHashMap<>();
        private SlaSetup sla;
        private Classifier classifierSet;
        private RepeatPolicy repeats;
        private EscalationPolicy escalation;
        private AccessPolicy access = StandardAccessPolicy.standard();
        private Router router = Router.standard();
        private UrgingPolicy urging;
        private GroupDetector groups;
        private String groupScheme;
        private Classifier chosenClassifier;
        private org.complaintkit.core.notification.NotificationSetup notifications;

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
         * Sets the store. Default: a discovered {@link ComplaintStoreProvider}, else a new
         * {@link InMemoryComplaintStore}.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(ComplaintStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the organisation directory. Default: a discovered {@link OrganisationProvider}, else none
         * (unit and staff ids are taken as given).
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
         * {@code RuleClassifier.standard()} or a host's model chained with it. Default: a discovered
         * {@link ClassifierProvider}, else none (complaints are not classified and class-based policies never
         * apply).
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
         * @throws IllegalArgumentException if negative
         */
        public Builder historyCache(int complaints) {
            if (complaints < 0) {
                throw new IllegalArgumentException("the history cache's size must not be negative");
            }
            this.historyCache = complaints;
            return this;
        }

        /**
         * Sets how events are sealed: each stored event carries a hash chained to the one before it, which a
         * {@link org.complaintkit.core.integrity.ChainVerifier} checks. Default
         * {@link org.complaintkit.core.integrity.EventSealer#sha256()}; a bank that must show that nobody with
         * database access altered a history sets a keyed sealer,
         * {@link org.complaintkit.core.integrity.EventSealer#hmacSha256}, with the key kept out of the database.
         *
         * @param value the sealer; every engine and verifier of one store uses the same one
         * @return this builder
         */
        public Builder sealer(org.complaintkit.core.integrity.EventSealer value) {
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
            this.groupScheme = org.complaintkit.api.error.Checks.identifier(scheme, "groups.scheme");
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
        public Builder notifications(org.complaintkit.core.notification.NotificationSetup setup) {
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
         * Turns ServiceLoader discovery of SPI providers on or off. Default: on.
         *
         * @param enabled whether to discover
         * @return this builder
         */
        public Builder discoverPlugins(boolean enabled) {
            this.discover = enabled;
            return this;
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
         * Builds the engine.
         *
         * @return the engine
         * @throws ConfigurationException if discovery finds several providers of one SPI, or the SLA setup is
         *     inconsistent (clocks without a calendar, a clock id used twice, an unregistered fixed calendar)
         */
        public ComplaintEngine build() {
            SlaSetup setup = sla;
            if (setup == null) {
                List<Violation> problems = new ArrayList<>();
                java.util.Map<String, ClockDefinition> distinct = new java.util.LinkedHashMap<>();
                for (ClockDefinition definition : clocks) {
                    if (distinct.putIfAbsent(definition.id(), definition) != null) {
                        problems.add(new Violation(ErrorCode.INVALID_CONFIGURATION, "clocks",
                                "two clocks are named " + definition.id()));
                    }
                }
                SlaSetup.Builder b = SlaSetup.builder().policies(policies);
                if (!distinct.isEmpty()) {
                    b.policies(new SlaPolicy("engine", "clocks configured on the engine",
                            org.complaintkit.api.sla.PolicyCondition.always(), List.copyOf(distinct.values())));
                }
                if (calendars != null) {
                    b.defaultCalendar(calendars);
                }
                namedCalendars.forEach(b::calendar);
                try {
                    setup = b.build();
                } catch (ConfigurationException e) {
                    problems.addAll(e.violations());
                }
                if (!problems.isEmpty()) {
                    throw new ConfigurationException(problems);
                }
            }
            ClassLoader loader = discoveryLoader != null ? discoveryLoader
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : ComplaintEngine.class.getClassLoader();
            ComplaintStore chosenStore = store;
            if (chosenStore == null) {
                chosenStore = discover ? PluginDiscovery.single(ComplaintStoreProvider.class, loader,
                        ComplaintStoreProvider::name).map(ComplaintStoreProvider::create).orElse(null) : null;
            }
            if (chosenStore == null) {
                chosenStore = new InMemoryComplaintStore();
            }
            OrganisationDirectory directory = organisation;
            if (directory == null && discover) {
                directory = PluginDiscovery.single(OrganisationProvider.class, loader, OrganisationProvider::name)
                        .map(OrganisationProvider::create).orElse(null);
            }
            chosenClassifier = classifierSet;
            if (chosenClassifier == null && discover) {
                chosenClassifier = PluginDiscovery.single(ClassifierProvider.class, loader, ClassifierProvider::name)
                        .map(ClassifierProvider::create).orElse(null);
            }
            if ((repeats != null || groups != null) && chosenClassifier == null) {
                throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_CONFIGURATION, "repeats",
                        "repeat and group detection compare classes, so they need a classifier")));
            }
            return new ComplaintEngine(this, chosenStore, directory, setup);
        }
    }
}
