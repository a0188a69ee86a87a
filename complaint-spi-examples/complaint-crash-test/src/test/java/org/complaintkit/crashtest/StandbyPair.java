package org.complaintkit.crashtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary with one synchronous streaming standby, both on loopback, built from the embedded binaries
 * (initdb, pg_ctl, postgres; no pg_basebackup): the primary is initialised with wal_level=replica, a WAL sender and
 * {@code synchronous_standby_names='standby1'}, stopped cleanly and copied (a cold copy is a valid base backup); the
 * copy gets {@code standby.signal} and a {@code primary_conninfo} naming itself standby1. As root the binaries run in
 * a new user namespace ({@code unshare -U}), as the embedded server does, since PostgreSQL refuses to run as root.
 */
final class StandbyPair implements AutoCloseable {
    /** The database both hold. */
    static final String DATABASE = "postgres";

    private final Path bin;
    private final Path dir;
    private final Path primary;
    private final Path standby;
    private final int primaryPort;
    private final int standbyPort;
    private final Thread cleanup = new Thread(this::stopQuietly, "standby-pair-cleanup");

    private StandbyPair(Path bin, Path dir, int primaryPort, int standbyPort) {
        this.bin = bin;
        this.dir = dir;
        this.primary = dir.resolve("primary");
        this.standby = dir.resolve("standby");
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
    }

    /**
     * Builds and starts a primary and its synchronous standby under a directory, which is emptied first.
     *
     * @param bin the directory of initdb, pg_ctl and postgres
     * @param dir where both data directories and their logs go
     * @return the running pair, the standby streaming synchronously
     */
    static StandbyPair start(Path bin, Path dir) throws IOException, InterruptedException {
        delete(dir);
        Files.createDirectories(dir);
        StandbyPair pair = new StandbyPair(bin, dir, freePort(), freePort());
        Runtime.getRuntime().addShutdownHook(pair.cleanup);
        pair.build();
        return pair;
    }

    private void build() throws IOException, InterruptedException {
        run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", primary.toString(), "-E",
                "UTF-8"));
        append(primary.resolve("postgresql.conf"), String.join("\n",
                "listen_addresses = '127.0.0.1'",
                "port = " + primaryPort,
                "unix_socket_directories = ''",
                "max_connections = 60",
                "shared_buffers = 32MB",
                "wal_level = replica",
                "max_wal_senders = 4",
                // a commit returns only once standby1 has flushed its WAL: a failover loses no acknowledged commit
                "synchronous_standby_names = 'standby1'",
                "synchronous_commit = on",
                "hot_standby = on"));
        append(primary.resolve("pg_hba.conf"), "host replication all 127.0.0.1/32 trust");
        pgCtl(primary, "start");
        pgCtl(primary, "stop", "-m", "fast");
        copy(primary, standby);
        Files.writeString(standby.resolve("standby.signal"), "");
        append(standby.resolve("postgresql.conf"), String.join("\n",
                "port = " + standbyPort,
                "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=postgres application_name=standby1'",
                // once promoted it has no standby of its own: waiting for one would block every commit
                "synchronous_standby_names = ''"));
        pgCtl(primary, "start");
        pgCtl(standby, "start");
        awaitSynchronous();
    }

    /** The primary alone. */
    String primaryUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + DATABASE;
    }

    /** The standby alone (read-only until promoted). */
    String standbyUrl() {
        return "jdbc:postgresql://127.0.0.1:" + standbyPort + "/" + DATABASE;
    }

    /**
     * Both hosts, for a given target server type: {@code primary} for the nodes that write, {@code secondary} or
     * {@code preferSecondary} for reports. The driver re-checks a host's role after a second instead of ten.
     */
    String url(String targetServerType) {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + ",127.0.0.1:" + standbyPort + "/" + DATABASE
                + "?targetServerType=" + targetServerType + "&hostRecheckSeconds=1&connectTimeout=2&loginTimeout=5";
    }

    /** Waits until the primary reports standby1 streaming in sync. */
    void awaitSynchronous() throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try (Connection c = DriverManager.getConnection(primaryUrl(), "postgres", "");
                 PreparedStatement s = c.prepareStatement(
                         "SELECT count(*) FROM pg_stat_replication WHERE application_name = 'standby1' "
                                 + "AND sync_state = 'sync' AND state = 'streaming'");
                 ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getInt(1) == 1) {
                    return;
                }
            } catch (SQLException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the standby did not stream synchronously within a minute; see " + dir);
    }

    /** Waits until the standby has replayed everything the primary has written so far (writers quiet). */
    void awaitReplayed() throws InterruptedException, SQLException {
        String target;
        try (Connection c = DriverManager.getConnection(primaryUrl(), "postgres", "");
             ResultSet r = c.createStatement().executeQuery("SELECT pg_current_wal_lsn()::text")) {
            r.next();
            target = r.getString(1);
        }
        long until = System.currentTimeMillis() + 30_000;
        try (Connection c = DriverManager.getConnection(standbyUrl(), "postgres", "");
             PreparedStatement s = c.prepareStatement("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            s.setString(1, target);
            while (System.currentTimeMillis() < until) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the standby did not replay the primary's WAL within 30 seconds");
    }

    /**
     * Kills the primary as a machine dies: SIGKILL to the postmaster and every process under it at once, then waits
     * until they are gone.
     */
    void killPrimary() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readAllLines(primary.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0)
                .trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(
                "the primary's postmaster " + pid + " is not running"));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().join();
        }
    }

    /** Promotes the standby ({@code pg_ctl promote}, waiting until it accepts writes). */
    void promote() throws IOException, InterruptedException {
        pgCtl(standby, "promote");
    }

    /** Whether a server answers as a standby (in recovery). */
    static boolean inRecovery(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             ResultSet r = c.createStatement().executeQuery("SELECT pg_is_in_recovery()")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** Stops whatever still runs, immediately, and deletes both data directories; the servers' logs stay. */
    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        try {
            delete(primary);
            delete(standby);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the data directories under " + dir, e);
        }
    }

    private void stopQuietly() {
        for (Path data : List.of(standby, primary)) {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                try {
                    pgCtl(data, "stop", "-m", "immediate");
                } catch (IOException | IllegalStateException e) {
                    // already gone
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void pgCtl(Path data, String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                dir.resolve(data.getFileName() + ".log").toString(), "-w", "-t", "60"));
        command.addAll(List.of(action));
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        Path out = dir.resolve("commands.log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish within 90 seconds; see " + out);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " " + command.get(command.size() - 1)
                    + " failed with exit code " + process.exitValue() + "; see " + out);
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, "\n" + text + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        // PostgreSQL wants its data directory private to its owner
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
