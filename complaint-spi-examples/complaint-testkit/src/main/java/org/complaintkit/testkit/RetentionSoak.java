package org.complaintkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.retention.PurgeReport;
import org.complaintkit.core.retention.PurgeRequest;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.retention.PurgeLedger;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * A long run of simulated days with the retention purge on (issue 27 item 7): each day a steady number of
 * complaints is registered, handled to closure with some commands sent twice, their notices delivered, and the
 * purge runs once a day. After each purge the outbox, the command records and the complaints are counted. With
 * retention {@code r} days for a kind of record and the purge every day, a table holds at most what {@code r + 1}
 * days bring: what is younger than its period, and one day's worth that came due since the last purge. The run
 * checks that bound on every day, and that every complaint left verifies.
 */
public final class RetentionSoak {
    /** Notices and command records kept this many days. */
    public static final int SHORT_DAYS = 7;
    /** Closed complaints kept this many days. */
    public static final int FILE_DAYS = 30;

    /** What a run measured. */
    public record Report(String store, int days, long complaints, long commands, long replays, long notices,
                         long peakOutbox, long peakCommands, long peakComplaints, long maxDailyNotices,
                         long maxDailyCommands, long maxDailyComplaints, long purgedComplaints, long purgedNotices,
                         long purgedCommands, Duration purgeTime, List<String> problems) {
        /** The bound on the outbox's rows: {@code (7 + 1)} days of the busiest day's notices. */
        public long outboxBound() {
            return (SHORT_DAYS + 1) * maxDailyNotices;
        }

        /** The bound on the command records: {@code (7 + 1)} days of the busiest day's commands. */
        public long commandBound() {
            return (SHORT_DAYS + 1) * maxDailyCommands;
        }

        /** The bound on the complaints: {@code (30 + 1)} days of complaints, plus those still open (none at a day's end). */
        public long complaintBound() {
            return (FILE_DAYS + 1) * maxDailyComplaints;
        }

        /** One line for the build's log. */
        public String line() {
            return String.format("retention soak (%s): %d days, %d complaints, %d commands (%d resent), %d notices;"
                            + " peak rows: outbox %d (bound %d), command records %d (bound %d), complaints %d (bound"
                            + " %d); purged %d complaints, %d notices, %d command records in %d ms; %d problems",
                    store, days, complaints, commands, replays, notices, peakOutbox, outboxBound(), peakCommands,
                    commandBound(), peakComplaints, complaintBound(), purgedComplaints, purgedNotices, purgedCommands,
                    purgeTime.toMillis(), problems.size());
        }
    }

    private RetentionSoak() {
    }

    /** The soak's policy: files 30 days, notices and command records 7 days, all deleted. */
    public static RetentionPolicy policy() {
        return new RetentionPolicy("SOAK", List.of(
                RetentionRule.of(RecordKind.COMPLAINT_FILE, Period.ofDays(FILE_DAYS), Disposal.DELETE),
                RetentionRule.of(RecordKind.DELIVERED_NOTICE, Period.ofDays(SHORT_DAYS), Disposal.DELETE),
                RetentionRule.of(RecordKind.DEAD_NOTICE, Period.ofDays(SHORT_DAYS), Disposal.DELETE),
                RetentionRule.of(RecordKind.COMMAND_RECORD, Period.ofDays(SHORT_DAYS), Disposal.DELETE)));
    }

    /**
     * Runs the soak.
     *
     * @param label the store's name, for the report
     * @param store the store, empty
     * @param days how many simulated days
     * @param perDay complaints registered each day
     * @return the report; its problems list every bound broken and every chain that does not verify
     */
    public static Report run(String label, ComplaintStore store, int days, int perDay) {
        MutableClock clock = MutableClock.at("2026-01-05T01:00:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).build();
        NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine)
                .sender(ScriptedReceiver.reliable()).build();
        PurgeRequest purge = PurgeRequest.of(policy(), null, PurgeLedger.none()).withBatchSize(100);
        List<String> problems = new ArrayList<>();
        long complaints = 0;
        long commands = 0;
        long replays = 0;
        long notices = 0;
        long peakOutbox = 0;
        long peakCommands = 0;
        long peakComplaints = 0;
        long maxNotices = 0;
        long maxCommands = 0;
        long purgedComplaints = 0;
        long purgedNotices = 0;
        long purgedCommands = 0;
        long purgeNanos = 0;
        Duration step = Duration.ofMinutes(24 * 60 / perDay);
        for (int day = 0; day < days; day++) {
            long dayCommands = 0;
            long dayNotices = 0;
            for (int i = 0; i < perDay; i++) {
                ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
                complaints++;
                dayCommands++;
                for (CommandType type : RetentionContract.PATH) {
                    if (type == CommandType.APPROVE_RESOLUTION && engine.hostReads().find(id).orElseThrow().status()
                            != ComplaintStatus.AWAITING_APPROVAL) {
                        continue;
                    }
                    Actor actor = type == CommandType.ASSIGN ? RetentionContract.MANAGER
                            : type == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER : Fixtures.HANDLER;
                    org.complaintkit.api.command.HandlingCommand command = Commands.of(type, id, actor,
                            IdempotencyKey.of("soak-" + id.value() + "-" + type), new Commands.Payload(null, null,
                                    type == CommandType.ASSIGN ? Fixtures.HANDLER_ID : null, null, "complex", null));
                    engine.execute(command);
                    dayCommands++;
                    if (type == CommandType.ACCEPT && engine.execute(command).replayed()) {
                        replays++;             // a client resending within the command records' retention
                    }
                }
                engine.execute(Commands.of(CommandType.CLOSE, id, Fixtures.HANDLER, Fixtures.key(),
                        Commands.Payload.plain()));
                dayCommands++;
                dayNotices += dispatcher.dispatchDue().delivered();
                clock.advance(step);
            }
            commands += dayCommands;
            notices += dayNotices;
            maxCommands = Math.max(maxCommands, dayCommands);
            maxNotices = Math.max(maxNotices, dayNotices);
            // the busiest moment: just before the day's purge
            peakOutbox = Math.max(peakOutbox, outboxRows(store));
            peakCommands = Math.max(peakCommands, store.countCommands(Instant.MAX));
            peakComplaints = Math.max(peakComplaints, complaintRows(store));
            long start = System.nanoTime();
            PurgeReport report = engine.purge(purge);
            purgeNanos += System.nanoTime() - start;
            purgedComplaints += report.complaintsDeleted();
            purgedNotices += report.deliveredNotices() + report.deadNotices();
            purgedCommands += report.commandRecords();
            long outbox = outboxRows(store);
            long records = store.countCommands(Instant.MAX);
            long files = complaintRows(store);
            if (outbox > (SHORT_DAYS + 1) * maxNotices) {
                problems.add("day " + day + ": " + outbox + " outbox rows, over " + (SHORT_DAYS + 1) * maxNotices);
            }
            if (records > (SHORT_DAYS + 1) * maxCommands) {
                problems.add("day " + day + ": " + records + " command records, over " + (SHORT_DAYS + 1) * maxCommands);
            }
            if (files > (FILE_DAYS + 1) * (long) perDay) {
                problems.add("day " + day + ": " + files + " complaints, over " + (FILE_DAYS + 1) * perDay);
            }
            if (store.countOutbox(OutboxStatus.DELIVERED, report.at().minus(Duration.ofDays(SHORT_DAYS))) != 0
                    || store.countCommands(report.at().minus(Duration.ofDays(SHORT_DAYS))) != 0) {
                problems.add("day " + day + ": records past their retention are left after the purge");
            }
        }
        peakOutbox = Math.max(peakOutbox, outboxRows(store));
        ComplaintQuery query = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT);
        while (true) {
            ComplaintPage page = store.query(query);
            for (ComplaintId id : page.ids()) {
                if (!engine.verify(id).intact()) {
                    problems.add("complaint " + id + " does not verify after the purges");
                }
            }
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        return new Report(label, days, complaints, commands, replays, notices, peakOutbox, peakCommands,
                peakComplaints, maxNotices, maxCommands, perDay, purgedComplaints, purgedNotices, purgedCommands,
                Duration.ofNanos(purgeNanos), problems);
    }

    private static long outboxRows(ComplaintStore store) {
        return store.countOutbox(OutboxStatus.PENDING) + store.countOutbox(OutboxStatus.DELIVERED)
                + store.countOutbox(OutboxStatus.DEAD);
    }

    private static long complaintRows(ComplaintStore store) {
        long count = 0;
        ComplaintQuery query = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT);
        while (true) {
            ComplaintPage page = store.query(query);
            count += page.ids().size();
            if (page.next().isEmpty()) {
                return count;
            }
            query = query.after(page.next().get());
        }
    }
}
