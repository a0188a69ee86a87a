package org.complaintkit.spring.boot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.spi.observation.CommandOutcome;
import org.complaintkit.spi.observation.EngineObserver;

/**
 * Binds the engine's reports to Micrometer meters. The tags carry only what the observer is given: command types,
 * outcomes, error codes, and the ids of clocks, sending channels and calendars; never personal data.
 *
 * <ul>
 *   <li>{@value #COMMANDS} (timer; tags {@code type}, {@code outcome}): every command and its latency;</li>
 *   <li>{@value #REFUSALS} (counter; tags {@code type}, {@code code}): refusals and failures by error code;</li>
 *   <li>{@value #CLOCKS} (counter; tags {@code clock}, {@code change} = warned, overdue, breached);</li>
 *   <li>{@value #SWEEPS} (timer) and {@value #SWEEP_COMPLAINTS} (summary): each sweep and the complaints it leased;</li>
 *   <li>{@value #OUTBOX_PENDING} and {@value #OUTBOX_DEAD} (gauges): the outbox after the last dispatch run;</li>
 *   <li>{@value #DELIVERY} (timer; tag {@code channel}): from a notice's derivation to its delivery;</li>
 *   <li>{@value #CALENDAR_DAYS} (gauge; tag {@code calendar}): days of official calendar data left.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class MicrometerEngineObserver implements EngineObserver {
    /** The timer of commands. */
    public static final String COMMANDS = "complaintkit.commands";
    /** The counter of refusals by code. */
    public static final String REFUSALS = "complaintkit.refusals";
    /** The counter of clocks warned, overdue and breached. */
    public static final String CLOCKS = "complaintkit.clocks";
    /** The timer of sweeps. */
    public static final String SWEEPS = "complaintkit.sweeps";
    /** The summary of complaints leased per sweep. */
    public static final String SWEEP_COMPLAINTS = "complaintkit.sweep.complaints";
    /** The gauge of pending notices. */
    public static final String OUTBOX_PENDING = "complaintkit.outbox.pending";
    /** The gauge of dead-lettered notices. */
    public static final String OUTBOX_DEAD = "complaintkit.outbox.dead";
    /** The timer of deliveries by channel. */
    public static final String DELIVERY = "complaintkit.notices.delivery";
    /** The gauge of days of official calendar data left, by calendar. */
    public static final String CALENDAR_DAYS = "complaintkit.calendar.days.left";

    private final MeterRegistry registry;
    private final Timer sweeps;
    private final DistributionSummary sweepComplaints;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final Map<String, AtomicLong> calendars = new ConcurrentHashMap<>();

    /**
     * Creates the binding and registers the meters that have no tags.
     *
     * @param registry the registry
     */
    public MicrometerEngineObserver(MeterRegistry registry) {
        this.registry = registry;
        this.sweeps = Timer.builder(SWEEPS).description("sweeps of the clocks due").register(registry);
        this.sweepComplaints = DistributionSummary.builder(SWEEP_COMPLAINTS)
                .description("complaints a sweep leased and checked").baseUnit("complaints").register(registry);
        Gauge.builder(OUTBOX_PENDING, pending, AtomicLong::get)
                .description("notices waiting to be delivered, after the last dispatch run").register(registry);
        Gauge.builder(OUTBOX_DEAD, dead, AtomicLong::get)
                .description("notices dead-lettered, after the last dispatch run").register(registry);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void commandHandled(CommandType type, CommandOutcome outcome, long latencyNanos) {
        Timer.builder(COMMANDS).description("commands executed, by type and outcome")
                .tag("type", tag(type)).tag("outcome", tag(outcome)).register(registry)
                .record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void commandRefused(CommandType type, ErrorCode code) {
        Counter.builder(REFUSALS).description("commands refused or failed, by error code")
                .tag("type", tag(type)).tag("code", code.code()).register(registry).increment();
    }

    @Override
    public void clockSignalled(String clockId, ClockChange change) {
        Counter.builder(CLOCKS).description("clocks warned, overdue or breached, by clock")
                .tag("clock", clockId).tag("change", tag(change)).register(registry).increment();
    }

    @Override
    public void sweepRan(long durationNanos, int complaintsLeased) {
        sweeps.record(durationNanos, TimeUnit.NANOSECONDS);
        sweepComplaints.record(complaintsLeased);
    }

    @Override
    public void outboxState(long pendingNow, long deadNow) {
        pending.set(pendingNow);
        dead.set(deadNow);
    }

    @Override
    public void noticeDelivered(String channel, long latencyNanos) {
        Timer.builder(DELIVERY).description("from a notice's derivation to its delivery, by channel")
                .tag("channel", channel).register(registry).record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void calendarHorizon(String calendar, long daysLeft) {
        calendars.computeIfAbsent(calendar, id -> {
            AtomicLong days = new AtomicLong(daysLeft);
            Gauge.builder(CALENDAR_DAYS, days, AtomicLong::get)
                    .description("days of official calendar data left, by calendar").baseUnit("days")
                    .tag("calendar", id).register(registry);
            return days;
        }).set(daysLeft);
    }
}
