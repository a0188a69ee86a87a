package org.complaintkit.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.NoticeRequeued;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.integrity.BreakKind;
import org.complaintkit.core.integrity.ChainBreak;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.integrity.Mismatch;
import org.complaintkit.core.integrity.MismatchKind;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.access.AccessPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ConfigurationException;
import java.util.Locale;

/**
 * Delivers the notices in the outbox, at least once, and records every outcome on its complaint.
 *
 * <p>Each {@link #dispatchDue()} leases the due notices from the store (so that dispatchers on several
 * nodes never take the same notice while a lease lasts), hands each to the sender for its recipient with
 * a timeout, and records the outcome in one atomic append: {@link NoticeDelivered} (the ledger entry: channel,
 * send time, provider reference) or {@link NoticeFailed} with the next attempt's time from the
 * {@link RetryPolicy}, or dead-lettered after the last attempt. A dead letter stays visible
 * ({@link #deadLetters}) until a staff member puts it back ({@link #retry}). A sender that throws, hangs
 * past the timeout or is missing counts as a failed attempt; the complaint's transitions never depend on
 * delivery. A dispatcher that dies mid-run loses nothing: its leases run out and the next run takes the
 * notices again. The dedupe key is the same on every attempt, so receivers can drop duplicates.
 *
 * <p>The outbox is not sealed, so before sending a notice the dispatcher checks it against the complaint's
 * sealed history: a notice addressed to another recipient or contact point than the history implies
 * ({@link ErrorCode#NOTICE_RECIPIENT_DISAGREES}, {@code CMP-3110}), one no event of the history causes
 * ({@link ErrorCode#NOTICE_UNFOUNDED}, {@code CMP-3111}), or one of a complaint whose history does not verify
 * against its seals ({@link ErrorCode#HISTORY_NOT_INTACT}, {@code CMP-3112}) is not sent but dead-lettered at
 * once, with a {@link NoticeFailed} whose reason carries the code. Run the dispatcher with the engines' sealer.
 * A notice derived before the complaint's personal data was erased, or one whose text or contact point reads erased,
 * is never sent ({@link ErrorCode#NOTICE_CANCELLED_BY_ERASURE}, {@code CMP-2284}): the erasure ended it already.
 *
 * <pre>{@code
 * try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine)
 *         .staffSender(bankMessageBus)
 *         .customerSender(ContactMethod.SMS, smsGateway)
 *         .customerSender(ContactMethod.EMAIL, mail)
 *         .build()) {
 *     scheduler.scheduleAtFixedRate(dispatcher::dispatchDue, 0, 10, TimeUnit.SECONDS);
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class NotificationDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
    /** The actor of delivery outcomes. */
    public static final Actor DISPATCHER = Actor.system("notification-dispatcher");
    private static final String NONE = "none";

    private final ComplaintStore store;
    private final EventSealer sealer;
    private final Reconciliation reconciliation;
    private final AccessPolicy access;
    private final Recorder recorder;
    private final Clock clock;
    private final NotificationSender staffSender;
    private final Map<ContactMethod, NotificationSender> customerSenders;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final Duration lease;
    private final int batch;
    private final ExecutorService sending;
    private final EngineObserver observer;

    private NotificationDispatcher(Builder b) {
        this.store = b.engine.parts().store();
        this.sealer = b.engine.parts().sealer();
        this.reconciliation = b.engine.parts().reconciliation();
        this.clock = b.engine.parts().clock();
        this.access = b.engine.parts().access();
        this.recorder = b.engine.parts().recorder();
        this.staffSender = b.staffSender;
        this.customerSenders = Map.copyOf(b.customerSenders);
        this.retry = b.retry;
        this.timeout = b.timeout;
        this.lease = b.lease;
        this.batch = b.batch;
        this.observer = b.engine.parts().observer();
        this.sending = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "complaintkit-notice-sender");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts configuring a dispatcher for an engine's outbox.
     *
     * @param engine the engine, built with notifications
     * @return a builder
     */
    public static Builder builder(ComplaintEngine engine) {
        return new Builder(engine);
    }

    /**
     * Delivers every notice due now, by the engine's clock, up to the batch size.
     *
     * @return what it did
     * @throws StoreException if the store fails
     */
    public DispatchReport dispatchDue() {
        Instant start = clock.instant();
        List<OutboxEntry> leased = store.leaseOutbox(start, start.plus(lease), batch);
        int delivered = 0;
        int failed = 0;
        int dead = 0;
        int done = 0;
        int unrecorded = 0;
        for (OutboxEntry entry : leased) {
            Recipient recipient = entry.notification().recipients().get(0);
            NotificationSender sender = senderFor(recipient);
            String refusal = refusal(entry);
            String channel = sender == null || refusal != null ? NONE : sender.channel();
            SendOutcome outcome = refusal != null ? SendOutcome.failed(refusal)
                    : sender == null ? SendOutcome.failed("no sender for " + describe(recipient))
                    : attempt(sender, entry.notification());
            Instant at = clock.instant();
            Recorded recorded;
            try {
                recorded = record(entry.complaintId(), entry.dedupeKey(), outcome, channel, at, refusal != null);
            } catch (StoreException e) {
                if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                    throw e;
                }
                // the complaint kept changing: leave the notice leased; it is sent and recorded again after the lease
                unrecorded++;
                continue;
            }
            switch (recorded) {
                case DELIVERED -> {
                    delivered++;
                    observer.noticeDelivered(channel,
                            Math.max(0, Duration.between(entry.createdAt(), at).toNanos()));
                }
                case RETRY -> failed++;
                case DEAD -> dead++;
                case ALREADY_DONE -> done++;
            }
        }
        if (!leased.isEmpty()) {
            LOG.debug("dispatch at {}: {} leased, {} delivered, {} to retry, {} dead, {} done elsewhere", start,
                    leased.size(), delivered, failed, dead, done);
        }
        if (unrecorded > 0) {
            LOG.info("dispatch at {}: {} notices sent but not recorded under contention; they go again after the lease",
                    start, unrecorded);
        }
        if (observer != EngineObserver.none()) {
            // two counts a run, only for an engine that observes
            observer.outboxState(store.countOutbox(OutboxStatus.PENDING), store.countOutbox(OutboxStatus.DEAD));
        }
        return new DispatchReport(start, leased.size(), delivered, failed, dead, done, unrecorded);
    }

    /**
     * Returns dead-lettered notices, by dedupe key, one page at a time. Notices hold personal data: show them
     * to staff through the complaint's access policy.
     *
     * @param afterKey the last key of the previous page, or null
     * @param limit the largest page, 1 to 1,000
     * @return the page
     * @throws StoreException if the store fails
     */
    public List<OutboxEntry> deadLetters(String afterKey, int limit) {
        return store.outboxByStatus(OutboxStatus.DEAD, afterKey, limit);
    }

    /**
     * Puts a dead-lettered notice back for delivery, recording who did it and why as {@link NoticeRequeued}
     * on the complaint. Its attempts count afresh; it is due at once.
     *
     * @param dedupeKey the notice's key
     * @param actor who puts it back; must be allowed to act on the complaint
     * @param reason why, for the record (for example "mail relay repaired")
     * @throws InvalidInputException coded {@link ErrorCode#UNKNOWN_NOTICE} if no notice has the key, or if the
     *     reason is missing
     * @throws CommandRefusedException coded {@link ErrorCode#NOTICE_NOT_DEAD} if the notice is not dead-lettered,
     *     coded {@link ErrorCode#ERASED_NOTICE_NOT_RETRIED} if its text and contact point were erased,
     *     or by the access policy
     * @throws StoreException if the store fails
     */
    public void retry(String dedupeKey, Actor actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        Checks.text(reason, "reason");
        if (dedupeKey == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, "dedupeKey", ErrorCode.REQUIRED.meaning());
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            OutboxEntry first = store.outboxEntry(dedupeKey).orElseThrow(() -> InvalidInputException.of(
                    ErrorCode.UNKNOWN_NOTICE, "dedupeKey", "no notice has this key"));
            // history first, then the entry, so the entry is no older than the history the append is checked against
            History history = History.read(store, first.complaintId());
            OutboxEntry entry = store.outboxEntry(dedupeKey).orElse(first);
            if (entry.status() != OutboxStatus.DEAD) {
                throw CommandRefusedException.of(ErrorCode.NOTICE_NOT_DEAD, "dedupeKey",
                        "the notice is " + entry.status().name().toLowerCase(Locale.ROOT));
            }
            if (ErasedNotices.isErased(entry.notification())) {
                throw CommandRefusedException.of(ErrorCode.ERASED_NOTICE_NOT_RETRIED, "dedupeKey",
                        "the notice's text and contact point were erased with the complaint's personal data");
            }
            ComplaintState state = history.fold();
            Optional<Violation> denied = access.check(actor, state, Permission.ACT);
            if (denied.isPresent()) {
                throw new CommandRefusedException(List.of(denied.get()));
            }
            Instant now = clock.instant();
            try {
                recorder.ownEvent(history, sequence -> new NoticeRequeued(
                        new EventHeader(entry.complaintId(), sequence, now, actor), dedupeKey, reason),
                        List.of(entry.requeued(now)), now);
                return;
            } catch (StoreException e) {
                if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                    throw e;
                }
            }
        }
        throw StoreException.of(ErrorCode.VERSION_CONFLICT, "dedupeKey",
                "the complaint kept changing while the notice was put back; try again");
    }

    private enum Recorded { DELIVERED, RETRY, DEAD, ALREADY_DONE }

    /**
     * Why a leased notice must not be sent, as a coded reason, or null if it may be: the complaint's history
     * must verify against its seals (a history whose events carry no seals at all, written before seals or by
     * a store that keeps none, cannot be checked and is taken as read), and the notice must be the one its
     * source event causes in that history, addressed to the recipient and contact point the history implies.
     * A notice that differs only in its parameters or text is sent; {@code ComplaintEngine.verifyAll} reports
     * it. The reason names no contact point.
     */
    private String refusal(OutboxEntry entry) {
        ComplaintId id = entry.complaintId();
        List<SealedEvent> rows = store.loadSealed(id);
        ChainBreak broken = new ChainVerifier(store, sealer).judge(id, rows).firstBreak();
        if (broken != null && broken.kind() != BreakKind.UNSEALED
                || rows.stream().anyMatch(row -> row.event() == null)) {
            return ErrorCode.HISTORY_NOT_INTACT.code() + ": " + (broken == null ? "an event does not read as one"
                    : broken.reason()) + "; not sent";
        }
        List<ComplaintEvent> events = rows.stream().map(SealedEvent::event).toList();
        long erasure = ErasedNotices.erasureAt(events);
        if (erasure > 0 && entry.sourceSequence() <= erasure || ErasedNotices.isErased(entry.notification())
                || ErasedNotices.toErasedContact(entry.notification())) {
            // derived before the erasure (a copy leased before it committed), or its personal data is erased
            return ErasedNotices.CANCELLED;
        }
        Mismatch mismatch = reconciliation.notice(id, events, entry).orElse(null);
        if (mismatch == null || mismatch.kind() == MismatchKind.NOTICE) {
            return null;
        }
        ErrorCode code = mismatch.kind() == MismatchKind.RECIPIENT ? ErrorCode.NOTICE_RECIPIENT_DISAGREES
                : ErrorCode.NOTICE_UNFOUNDED;
        return code.code() + ": " + mismatch.reason() + "; not sent";
    }

    private Recorded record(ComplaintId complaint, String key, SendOutcome outcome,
                            String channel, Instant at, boolean refused) {
        for (int attempt = 0; ; attempt++) {
            // The entry is read after the history: both are written by one append, so an entry still pending
            // here was pending at the history's version, and the append below at that version fails if anyone
            // recorded an outcome since. Read the other way round, two dispatchers could both record one notice.
            History history = History.read(store, complaint);
            OutboxEntry current = store.outboxEntry(key).orElse(null);
            if (current == null || current.status() != OutboxStatus.PENDING) {
                return Recorded.ALREADY_DONE;
            }
            int number = current.attempts() + 1;
            Notification notice = current.notification();
            Recipient recipient = notice.recipients().get(0);
            Instant retryAt = outcome.delivered() || refused ? null : retry.retryAt(number, at);
            OutboxEntry updated = outcome.delivered() ? current.delivered() : current.failed(outcome.failureReason(), retryAt);
            Instant recordedAt = history.notBefore(at);
            try {
                recorder.ownEvent(history, sequence -> {
                    EventHeader header = new EventHeader(current.complaintId(), sequence, recordedAt, DISPATCHER);
                    return outcome.delivered()
                            ? new NoticeDelivered(header, key, notice.type(), current.sourceSequence(), recipient, channel, at,
                                    outcome.providerReference(), number, digest(notice))
                            : new NoticeFailed(header, key, notice.type(), recipient, channel, number,
                                    outcome.failureReason(), retryAt);
                }, List.of(updated), recordedAt);
            } catch (StoreException e) {
                if (e.has(ErrorCode.VERSION_CONFLICT) && attempt < 5) {
                    continue;
                }
                throw e;
            }
            if (refused) {
                LOG.warn("notice {} not sent and dead-lettered: {}", key, outcome.failureReason());
            } else if (!outcome.delivered()) {
                LOG.info("notice {} attempt {} failed on {}: {}{}", key, number, channel, outcome.failureReason(),
                        retryAt == null ? " (dead-lettered)" : "");
            }
            return outcome.delivered() ? Recorded.DELIVERED : retryAt == null ? Recorded.DEAD : Recorded.RETRY;
        }
    }

    private SendOutcome attempt(NotificationSender sender, Notification notice) {
        Future<SendOutcome> future = sending.submit(() -> sender.send(notice));
        try {
            SendOutcome outcome = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return outcome != null ? outcome : SendOutcome.failed("the sender returned no outcome");
        } catch (TimeoutException e) {
            future.cancel(true);
            return SendOutcome.failed("no answer within " + timeout);
        } catch (ExecutionException e) {
            return SendOutcome.failed("the sender threw " + e.getCause().getClass().getName());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return SendOutcome.failed("interrupted");
        }
    }

    /**
     * The sender of a notice: the channel's sender for a recipient reached at a contact point (the complainant, or
     * the body that forwarded the complaint), the staff sender for everyone else.
     */
    private NotificationSender senderFor(Recipient recipient) {
        if (recipient.contact() != null) {
            return customerSenders.get(recipient.contact().method());
        }
        return staffSender;
    }

    private static String describe(Recipient recipient) {
        return recipient.kind() == Recipient.Kind.CUSTOMER ? "customer notices by " + recipient.contact().method()
                : recipient.kind() == Recipient.Kind.FORWARDING_BODY ? "replies to forwarding bodies by "
                + recipient.contact().method() : "staff notices";
    }

    /** The SHA-256 of the subject, a line feed and the body, in hex. */
    static String digest(Notification notice) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((notice.subject() + "\n" + notice.body()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Stops the sender threads; a send in flight is interrupted. */
    @Override
    public void close() {
        sending.shutdownNow();
    }

    /**
     * Configures a {@link NotificationDispatcher}. Not thread-safe; the dispatcher it builds is.
     */
    public static final class Builder {
        private final ComplaintEngine engine;
        private NotificationSender staffSender;
        private final Map<ContactMethod, NotificationSender> customerSenders = new EnumMap<>(ContactMethod.class);
        private RetryPolicy retry = RetryPolicy.standard();
        private Duration timeout = Duration.ofSeconds(10);
        private Duration lease = Duration.ofMinutes(5);
        private int batch = 100;

        private Builder(ComplaintEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /**
         * Sends every notice, to staff and to customers on every contact method, through one sender.
         *
         * @param sender the sender
         * @return this builder
         */
        public Builder sender(NotificationSender sender) {
            staffSender(sender);
            for (ContactMethod method : ContactMethod.values()) {
                customerSenders.put(method, sender);
            }
            return this;
        }

        /**
         * Sends notices to staff, roles and units through a sender.
         *
         * @param sender the sender
         * @return this builder
         */
        public Builder staffSender(NotificationSender sender) {
            this.staffSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /**
         * Sends notices to complainants whose notice goes by a contact method through a sender. A notice by a
         * method without a sender fails and is retried, then dead-lettered: never dropped.
         *
         * @param method the contact method
         * @param sender the sender
         * @return this builder
         */
        public Builder customerSender(ContactMethod method, NotificationSender sender) {
            customerSenders.put(Objects.requireNonNull(method, "method"), Objects.requireNonNull(sender, "sender"));
            return this;
        }

        /**
         * Sets the retry policy. Default: {@link RetryPolicy#standard()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder retry(RetryPolicy policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how long one attempt may take before it counts as failed. Default: 10 seconds.
         *
         * @param limit the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration limit) {
            this.timeout = positive(limit, "timeout");
            return this;
        }

        /**
         * Sets how long a run holds the notices it leased. It must be longer than a run takes. Default: 5 minutes.
         *
         * @param hold the lease, positive
         * @return this builder
         */
        public Builder lease(Duration hold) {
            this.lease = positive(hold, "lease");
            return this;
        }

        /**
         * Sets the most notices one run takes. Default: 100.
         *
         * @param size 1 to 1,000
         * @return this builder
         */
        public Builder batch(int size) {
            if (size < 1 || size > 1_000) {
                throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, "batch", "must be between 1 and 1000");
            }
            this.batch = size;
            return this;
        }

        private static Duration positive(Duration value, String path) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw InvalidInputException.of(ErrorCode.OUT_OF_RANGE, path, "must be a positive duration");
            }
            return value;
        }

        /**
         * Builds the dispatcher.
         *
         * @return the dispatcher; close it to stop its sender threads
         * @throws org.complaintkit.api.error.ConfigurationException if the engine has no notifications
         */
        public NotificationDispatcher build() {
            if (engine.notifications().isEmpty()) {
                throw new ConfigurationException(List.of(new Violation(
                        ErrorCode.INVALID_CONFIGURATION, "engine", "the engine was built without notifications")));
            }
            return new NotificationDispatcher(this);
        }
    }
}
