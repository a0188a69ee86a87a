package org.complaintkit.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.PauseClocksByOrder;
import org.complaintkit.api.command.ResumeClocksByOrder;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.SubjectKind;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.CohortPauseOrder;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regulators' cohort pause orders (DISP App 5): issuing an order, applying it in bounded batches, lifting it.
 * Obtain it from {@code ComplaintEngine.cohortPauses()}.
 *
 * <p>An order is kept in the store ({@link ComplaintStore#saveCohortOrder}) with its phase, a cursor and counts;
 * {@link #applyBatch(String)} pauses (or, once lifted, resumes) the clocks of the next {@link #batchSize()}
 * complaints the order selects, by ascending complaint id, each with a {@code PauseClocksByOrder} (or
 * {@code ResumeClocksByOrder}) command run by the system actor {@code system:cohort-order} under an idempotency key
 * derived from the order's reference and the complaint's id, then stores the order's next revision. An engine that
 * dies mid-batch leaves the cursor at the last finished batch: the next engine does that batch again, and the key
 * replays each complaint already done, so every complaint is paused once and none is skipped. A complaint registered
 * while an order stands and selected by it records the pause in its registration's append.
 *
 * <p>Limit: a complaint registered while an order is being issued (its registration read the standing orders just
 * before the order was stored) and whose id sorts before the batches' cursor is not paused; issue an order before
 * the complaints it covers arrive, or issue a second order for the stragglers. Likewise a complaint registered as an
 * order is lifted may record its pause after the resuming batches passed it; resume it with
 * {@code ResumeClocksByOrder}. Each complaint's pause counts from the time it is recorded.
 *
 * <p>Thread-safe; one order is applied by one caller at a time (two callers conflict on the order's revision,
 * {@code CMP-5021}, and the loser's batch is harmless: its complaints replay).
 */
public final class CohortPauses {
    /** The batch size of an engine that sets none. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** The actor of the pauses and resumptions an order records on each complaint. */
    public static final Actor ORDER_ACTOR = Actor.system("cohort-order");
    /** The roles that issue and lift orders in an engine that sets none: the complaint-management function's. */
    public static final Set<Role> DEFAULT_ROLES = Set.of(Role.COMPLAINT_MANAGER);
    private static final Logger LOG = LoggerFactory.getLogger(CohortPauses.class);
    private static final int MAX_REFERENCE = 64;
    private static final int MAX_REASON = 500;
    private static final int MAX_CLOCKS = 32;

    private final Clock clock;
    private final ComplaintStore store;
    private final CommandBus commands;
    private final ActorIdentities identities;
    private final Supplier<SlaSetup> sla;
    private final int batchSize;
    private final Set<Role> roles;

    CohortPauses(Clock clock, ComplaintStore store, CommandBus commands, ActorIdentities identities,
                 Supplier<SlaSetup> sla, int batchSize, Set<Role> roles) {
        this.clock = clock;
        this.store = store;
        this.commands = commands;
        this.identities = identities;
        this.sla = sla;
        this.batchSize = batchSize;
        this.roles = Set.copyOf(roles);
    }

    /**
     * Returns the roles that issue and lift orders: an actor holding none of them is refused
     * ({@code CMP-2225}).
     *
     * @return the roles, any one of which suffices
     */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * Returns how many complaints one batch handles at most.
     *
     * @return the batch size
     */
    public int batchSize() {
        return batchSize;
    }

    /**
     * Issues an order: stores it, pausing, with no batch done. Complaints registered from now on that it selects
     * start paused; apply it with {@link #applyAll(String)} or batch by batch with {@link #applyBatch(String)}.
     *
     * @param order the order
     * @param issuer who issues it, resolved like any command's actor; holds one of {@link #roles()}
     * @return the stored record
     * @throws InvalidInputException coded {@code CMP-1190} or {@code CMP-1191} listing every fault of the order
     * @throws CommandRefusedException if the issuer's identity is refused, coded {@code CMP-2225} if the issuer
     *     (as resolved, with a directory the directory's roles) holds none of {@link #roles()}, coded
     *     {@code CMP-2223} if an order with its reference exists
     * @throws StoreException coded {@code CMP-5020} if the store keeps no orders
     */
    public CohortOrderRecord issue(CohortPauseOrder order, Actor issuer) {
        List<Violation> violations = new ArrayList<>();
        if (order == null) {
            violations.add(new Violation(ErrorCode.REQUIRED, "order", "an order is required"));
        } else {
            violations.addAll(check(order));
        }
        if (issuer == null) {
            violations.add(new Violation(ErrorCode.REQUIRED, "issuer", "the issuer is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor resolved = identities.resolve(issuer);
        CohortOrderRule.ISSUED_BY_COMPLAINT_MANAGEMENT.check(resolved, roles, "issue");
        if (store.cohortOrder(order.reference()).isPresent()) {
            throw CommandRefusedException.of(ErrorCode.COHORT_ORDER_EXISTS, "order.reference",
                    "an order with reference " + order.reference() + " exists already; give each order its own");
        }
        CohortOrderRecord record = CohortOrderRecord.issued(order, clock.instant(), resolved.staffId());
        store.saveCohortOrder(record);
        LOG.info("cohort order {} issued: clocks {} paused", order.reference(), order.clockIds());
        return record;
    }

    /**
     * Lifts an order: from now on complaints registered are not paused, and its batches resume the clocks it
     * paused. Lifting an order still pausing stops its pausing; the complaints it did not reach are left alone.
     *
     * @param reference the order's reference
     * @param by who lifts it, resolved like any command's actor; holds one of {@link #roles()}
     * @return the stored record, resuming, no batch done
     * @throws CommandRefusedException if the actor's identity is refused, coded {@code CMP-2225} if the actor (as
     *     resolved) holds none of {@link #roles()}, {@code CMP-2222} for an unknown order, {@code CMP-2224} if it was
     *     lifted already
     */
    public CohortOrderRecord lift(String reference, Actor by) {
        if (by == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, "by", "who lifts the order is required");
        }
        CohortOrderRule.ISSUED_BY_COMPLAINT_MANAGEMENT.check(identities.resolve(by), roles, "lift");
        CohortOrderRecord record = known(reference);
        if (!record.phase().stands()) {
            throw CommandRefusedException.of(ErrorCode.COHORT_ORDER_LIFTED, "reference",
                    "order " + reference + " was lifted already");
        }
        CohortOrderRecord lifted = record.lifted();
        store.saveCohortOrder(lifted);
        LOG.info("cohort order {} lifted", reference);
        return lifted;
    }

    /**
     * Applies every remaining batch of the order's current phase (pausing, or resuming once lifted).
     *
     * @param reference the order's reference
     * @return the record after the last batch
     * @throws CommandRefusedException coded {@code CMP-2222} for an unknown order
     * @throws StoreException if the store fails; the batches finished before are kept, and applying again goes on
     *     from there
     */
    public CohortOrderRecord applyAll(String reference) {
        CohortOrderRecord record = known(reference);
        while (record.phase().applying()) {
            record = applyBatch(record);
        }
        return record;
    }

    /**
     * Applies the next batch of the order's current phase: at most {@link #batchSize()} complaints, after the
     * stored cursor. An order with no batch left is returned as stored.
     *
     * @param reference the order's reference
     * @return the record after the batch
     * @throws CommandRefusedException coded {@code CMP-2222} for an unknown order
     * @throws StoreException if the store fails; nothing of the order's record changes then, and the complaints
     *     the batch reached replay when it is applied again
     */
    public CohortOrderRecord applyBatch(String reference) {
        CohortOrderRecord record = known(reference);
        return record.phase().applying() ? applyBatch(record) : record;
    }

    /**
     * Finds an order.
     *
     * @param reference the order's reference
     * @return its record, or empty
     */
    public Optional<CohortOrderRecord> order(String reference) {
        return store.cohortOrder(Objects.requireNonNull(reference, "reference"));
    }

    /**
     * Returns the orders that stand: complaints registered now that they select start paused.
     *
     * @return the standing orders, by reference
     */
    public List<CohortOrderRecord> standing() {
        return store.standingCohortOrders();
    }

    private CohortOrderRecord known(String reference) {
        if (reference == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, "reference", "the order's reference is required");
        }
        return store.cohortOrder(reference).orElseThrow(() -> CommandRefusedException.of(
                ErrorCode.COHORT_ORDER_UNKNOWN, "reference", "no cohort order has reference " + reference));
    }

    private CohortOrderRecord applyBatch(CohortOrderRecord record) {
        CohortPauseOrder order = record.order();
        boolean pausing = record.phase() == CohortOrderRecord.Phase.PAUSING;
        ComplaintPage page = store.query(query(order, pausing, record.cursor()));
        long applied = 0;
        long already = 0;
        long skipped = 0;
        for (ComplaintId id : page.ids()) {
            if (!order.products().isEmpty() && !selectsProducts(order, id)) {
                continue;
            }
            HandlingCommand command = pausing
                    ? PauseClocksByOrder.of(id, ORDER_ACTOR, key("cp", order.reference(), id), order.reference(),
                    order.clockIds(), order.reason())
                    : ResumeClocksByOrder.of(id, ORDER_ACTOR, key("cr", order.reference(), id), order.reference());
            switch (run(command)) {
                case APPLIED -> applied++;
                case ALREADY -> already++;
                default -> skipped++;
            }
        }
        ComplaintId reached = page.ids().isEmpty() ? null : page.ids().get(page.ids().size() - 1);
        CohortOrderRecord next = page.next().isPresent()
                ? record.afterBatch(reached, applied, already, skipped)
                : record.afterLastBatch(reached, applied, already, skipped);
        store.saveCohortOrder(next);
        LOG.debug("cohort order {}: batch of {} ({} {}, {} already, {} skipped), phase {}", order.reference(),
                page.ids().size(), applied, pausing ? "paused" : "resumed", already, skipped, next.phase());
        return next;
    }

    private enum Outcome { APPLIED, ALREADY, SKIPPED }

    private Outcome run(HandlingCommand command) {
        for (int attempt = 0; ; attempt++) {
            try {
                CommandResult result = commands.executeOwn(command);
                return result.replayed() ? Outcome.ALREADY : Outcome.APPLIED;
            } catch (CommandRefusedException | InvalidInputException refused) {
                if (refused.has(ErrorCode.ORDER_ALREADY_PAUSES)) {
                    return Outcome.ALREADY;
                }
                LOG.info("cohort order left complaint {} unchanged: {}", command.complaintId(),
                        refused.violations().stream().map(v -> v.code().code()).distinct().toList());
                return Outcome.SKIPPED;
            } catch (StoreException e) {
                if (e.has(ErrorCode.VERSION_CONFLICT) && attempt < 3) {
                    continue;
                }
                if (e.has(ErrorCode.COMPLAINT_NOT_FOUND)) {
                    return Outcome.SKIPPED;
                }
                throw e;
            }
        }
    }

    private boolean selectsProducts(CohortPauseOrder order, ComplaintId id) {
        List<ComplaintEvent> history = store.load(id);
        return !history.isEmpty() && order.selectsProducts(productsOf(History.fold(history).registration()));
    }

    /** The statuses an order's batches visit: the open ones to pause; after closure too to resume. */
    private ComplaintQuery query(CohortPauseOrder order, boolean pausing, ComplaintId cursor) {
        Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            if (status.isOpen() || (!pausing && status == ComplaintStatus.CLOSED)) {
                statuses.add(status);
            }
        }
        ComplaintQuery.Builder b = ComplaintQuery.builder(batchSize).statuses(statuses).unit(order.unit())
                .receivedBetween(order.receivedFrom(), order.receivedBefore()).after(cursor);
        if (order.classCode() != null) {
            int colon = order.classCode().indexOf(':');
            b.classCode(order.classCode().substring(0, colon), order.classCode().substring(colon + 1));
        }
        return b.build();
    }

    /** The key of one complaint's pause ({@code cp}) or resumption ({@code cr}) under an order. */
    static IdempotencyKey key(String kind, String reference, ComplaintId id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((reference + "\n" + id.value())
                    .getBytes(StandardCharsets.UTF_8));
            return IdempotencyKey.of("cohort-" + kind + ":" + HexFormat.of().formatHex(digest, 0, 24));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The product codes a registration is about. */
    static Set<String> productsOf(Registration registration) {
        return registration.subjects().stream().filter(s -> s.kind() == SubjectKind.PRODUCT)
                .map(ComplaintSubject::reference).collect(Collectors.toSet());
    }

    /**
     * The pauses a complaint being registered starts with: one for each standing order that selects it, in the
     * registration's append, by {@link #ORDER_ACTOR}.
     *
     * @param store where the standing orders are kept
     * @param state the complaint as registered so far
     * @param added its events so far
     * @return the pauses, each one sequence after the one before, following {@code added}
     */
    static List<ClocksPausedByOrder> atRegistration(ComplaintStore store, ComplaintState state,
                                                    List<ComplaintEvent> added) {
        List<CohortOrderRecord> orders = store.standingCohortOrders();
        if (orders.isEmpty()) {
            return List.of();
        }
        ComplaintIndex row = Recorder.index(state, added, null, null);
        Set<UnitId> units = new HashSet<>();
        units.add(row.receivingUnit());
        if (row.handlingUnit() != null) {
            units.add(row.handlingUnit());
        }
        Set<String> products = productsOf(state.registration());
        List<ClocksPausedByOrder> out = new ArrayList<>();
        for (CohortOrderRecord record : orders) {
            CohortPauseOrder order = record.order();
            if (order.selects(row.status(), row.receivedAt(), units, row.queue().classes())
                    && order.selectsProducts(products)) {
                long sequence = added.size() + out.size() + 1L;
                out.add(new ClocksPausedByOrder(new EventHeader(state.id(), sequence,
                        added.get(added.size() - 1).occurredAt(), ORDER_ACTOR), order.reference(), order.clockIds(),
                        order.reason()));
            }
        }
        return out;
    }

    private List<Violation> check(CohortPauseOrder order) {
        List<Violation> out = new ArrayList<>();
        if (!text(order.reference(), MAX_REFERENCE)) {
            out.add(new Violation(ErrorCode.COHORT_ORDER_INVALID, "order.reference",
                    "the reference is 1 to " + MAX_REFERENCE + " characters, not blank, without control characters"));
        }
        if (!text(order.reason(), MAX_REASON)) {
            out.add(new Violation(ErrorCode.COHORT_ORDER_INVALID, "order.reason",
                    "the reason is 1 to " + MAX_REASON + " characters, not blank, without control characters"));
        }
        if (order.clockIds().isEmpty() || order.clockIds().size() > MAX_CLOCKS
                || order.clockIds().size() != Set.copyOf(order.clockIds()).size()) {
            out.add(new Violation(ErrorCode.COHORT_ORDER_INVALID, "order.clockIds",
                    "an order pauses 1 to " + MAX_CLOCKS + " distinct clocks"));
        }
        SlaSetup setup = sla.get();
        for (String clockId : order.clockIds()) {
            if (clockId == null || setup.policyOf(clockId).isEmpty()) {
                out.add(new Violation(ErrorCode.COHORT_ORDER_UNKNOWN_CLOCK, "order.clockIds",
                        "the engine defines no clock " + clockId));
            }
        }
        if (order.classCode() != null && (order.classCode().indexOf(':') < 1
                || order.classCode().endsWith(":"))) {
            out.add(new Violation(ErrorCode.COHORT_ORDER_INVALID, "order.classCode",
                    "a class is selected as scheme:code"));
        }
        if (order.receivedFrom() != null && order.receivedBefore() != null
                && !order.receivedFrom().isBefore(order.receivedBefore())) {
            out.add(new Violation(ErrorCode.COHORT_ORDER_INVALID, "order.receivedBefore",
                    "the receipt window ends after it begins"));
        }
        if (order.products().stream().anyMatch(p -> !text(p, MAX_REFERENCE))) {
            out.add(new Violation(ErrorCode.COHORT_ORDER_INVALID, "order.products",
                    "a product code is 1 to " + MAX_REFERENCE + " characters, not blank, without control characters"));
        }
        return out;
    }

    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max
                && value.chars().noneMatch(Character::isISOControl);
    }
}
