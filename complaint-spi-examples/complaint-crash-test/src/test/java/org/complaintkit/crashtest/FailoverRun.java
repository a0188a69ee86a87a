package org.complaintkit.crashtest;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.reporting.ReportPeriod;
import org.complaintkit.core.reporting.UnitReport;
import org.complaintkit.store.jdbc.CrashTestDatabases;
import org.complaintkit.store.jdbc.JdbcComplaintStore;

/**
 * One failover run: a primary with a synchronous standby ({@link StandbyPair}), two nodes ({@link FailoverNode})
 * writing and sweeping through the multi-host URL; halfway to the kill every node is quieted and a report read from
 * the standby is compared with the primary's; then the primary is killed with SIGKILL, the standby promoted, and the
 * nodes carry on on it; at the end they stop, one drains, and every invariant of {@link CrashChecker} is checked on
 * the promoted standby.
 */
final class FailoverRun {
    private final Path bin;
    private final Path dir;
    private final long seed;
    private final long beforeMillis;
    private final long afterMillis;

    FailoverRun(Path bin, Path dir, long seed, long beforeMillis, long afterMillis) {
        this.bin = bin;
        this.dir = dir;
        this.seed = seed;
        this.beforeMillis = beforeMillis;
        this.afterMillis = afterMillis;
    }

    /**
     * What a run did and found.
     *
     * @param acknowledged commands acknowledged
     * @param resent resends of commands whose store was away or whose outcome was unknown
     * @param resentAcknowledged commands acknowledged after at least one resend
     * @param refusals commands the engine refused
     * @param complaints complaints stored
     * @param noticesReceived distinct notices the receiver got
     * @param posts posts it got, repeats included
     * @param reportRows rows of the report compared on the standby and the primary
     * @param reportMatches whether the standby's report equals the primary's
     * @param promoteMillis kill to the standby accepting writes
     * @param recoveryMillis kill to the first command acknowledged on the promoted standby
     * @param problems each invariant's problems, the abandoned commands under "abandoned"
     * @param millis the whole run
     */
    record Figures(int acknowledged, int resent, int resentAcknowledged, int refusals, int complaints,
                   int noticesReceived, int posts, int reportRows, boolean reportMatches, long promoteMillis,
                   long recoveryMillis, Map<String, List<String>> problems, long millis) {
        int total() {
            return problems.values().stream().mapToInt(List::size).sum();
        }

        String line() {
            StringBuilder text = new StringBuilder("failover: 2 nodes, acknowledged commands " + acknowledged
                    + " (" + resentAcknowledged + " after a resend, " + resent + " resends), refusals " + refusals
                    + ", complaints " + complaints + ", notices received " + noticesReceived + " (" + posts
                    + " posts); standby report " + (reportMatches ? "equal" : "DIFFERENT") + " (" + reportRows
                    + " rows); kill to promoted " + promoteMillis + " ms, kill to first command on the new primary "
                    + recoveryMillis + " ms; " + String.format("%.1f s", millis / 1000.0) + "; problems " + total()
                    + ":");
            problems.forEach((name, found) -> text.append(' ').append(name).append('=').append(found.size()));
            return text.toString();
        }

        String examples() {
            StringBuilder text = new StringBuilder();
            problems.forEach((name, found) -> found.stream().limit(5).forEach(p -> text.append(name).append(": ")
                    .append(p).append('\n')));
            return text.toString();
        }
    }

    Figures run() throws IOException, InterruptedException, SQLException {
        long started = System.currentTimeMillis();
        CrashSetup setup = new CrashSetup();
        CrashClock clock = new CrashClock(CrashSetup.START, started, CrashSetup.ZONE);
        FailoverNode.Shared shared = new FailoverNode.Shared();
        ReadWriteLock quiet = new ReentrantReadWriteLock();
        ReportPeriod period = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), CrashSetup.ZONE);
        try (StandbyPair pair = StandbyPair.start(bin, dir); NoticeReceiver receiver = new NoticeReceiver()) {
            try (HikariDataSource migrating = CrashTestDatabases.pool(pair.url("primary"), 2)) {
                JdbcComplaintStore.migrate(migrating);
            }
            try (FailoverNode a = new FailoverNode("node-a", pair.url("primary"), setup, clock, receiver.address(),
                    seed, shared, quiet);
                 FailoverNode b = new FailoverNode("node-b", pair.url("primary"), setup, clock, receiver.address(),
                         seed, shared, quiet);
                 HikariDataSource reports = CrashTestDatabases.pool(pair.url("secondary") + "&readOnly=true", 2)) {
                a.start(0, 1);
                b.start(2, 3);
                Thread.sleep(beforeMillis / 2);
                // a report read from the standby, with every node quiet and the standby caught up, is the primary's
                List<UnitReport.Row> onPrimary;
                List<UnitReport.Row> onStandby;
                quiet.writeLock().lock();
                try {
                    pair.awaitReplayed();
                    if (StandbyPair.inRecovery(pair.url("secondary")) == StandbyPair.inRecovery(pair.url("primary"))) {
                        throw new IllegalStateException("the report URL does not reach the standby");
                    }
                    onPrimary = UnitReport.compute(a.store(), setup.bank, setup.sla, period, Map.of()).rows();
                    onStandby = UnitReport.compute(JdbcComplaintStore.of(reports), setup.bank, setup.sla, period,
                            Map.of()).rows();
                } finally {
                    quiet.writeLock().unlock();
                }
                Thread.sleep(beforeMillis / 2);
                long kill = System.nanoTime();
                pair.killPrimary();
                shared.killedAt.set(kill);
                pair.promote();
                long promoted = System.nanoTime();
                Thread.sleep(afterMillis);
                a.stop();
                b.stop();
                Instant swept = a.drain();
                Map<String, List<String>> problems = check(a, setup, clock, shared, receiver, swept);
                long first = shared.firstAfterKill.get();
                CrashChecker counter = new CrashChecker(a.store(), a.engine(), a.pool());
                return new Figures(shared.acks.size(), shared.resent.get(), shared.resentAcknowledged.get(),
                        shared.refusals.get(), counter.complaints(), receiver.received().size(), receiver.posts(),
                        onPrimary.size(), onPrimary.equals(onStandby), (promoted - kill) / 1_000_000,
                        first == 0 ? -1 : (first - kill) / 1_000_000, problems,
                        System.currentTimeMillis() - started);
            }
        }
    }

    private static Map<String, List<String>> check(FailoverNode node, CrashSetup setup, CrashClock clock,
                                                   FailoverNode.Shared shared, NoticeReceiver receiver,
                                                   Instant swept) {
        ComplaintEngine reader = setup.builder(node.store(), clock).historyCache(0).build();
        CrashChecker checker = new CrashChecker(node.store(), reader, node.pool());
        Instant now = clock.instant();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        add(problems, "acknowledged", () -> checker.acknowledgedCommandsStoredOnce(shared.acks));
        add(problems, "links", () -> checker.linksOnEveryMember(true));
        add(problems, "clock-records", () -> checker.clockRecordsOnce(now, swept));
        add(problems, "half-written", checker::noHalfWrittenCommand);
        add(problems, "chains", checker::chainsVerify);
        add(problems, "clock-replay", checker::clocksMatchReplay);
        add(problems, "notices", () -> checker.noticesDeliveredOnce(receiver.received(), true));
        add(problems, "leases", () -> checker.noLeaseStuck(now, swept));
        add(problems, "abandoned", () -> shared.abandoned.stream().map(k -> "command " + k
                + " was still not acknowledged after " + FailoverNode.GIVE_UP.toSeconds() + " s of resends").toList());
        return problems;
    }

    private static void add(Map<String, List<String>> problems, String name, Supplier<List<String>> check) {
        problems.put(name, new ArrayList<>(check.get()));
    }
}
