package org.complaintkit.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.store.jdbc.JdbcComplaintStore;

/**
 * The store a run uses, chosen by {@code --store}: the in-memory store, H2 on disk, or any database a JDBC
 * URL names (PostgreSQL in production). Closing it closes the pool.
 */
final class DemoStore implements AutoCloseable {
    private final ComplaintStore store;
    private final HikariDataSource pool;
    private final String description;

    private DemoStore(ComplaintStore store, HikariDataSource pool, String description) {
        this.store = store;
        this.pool = pool;
        this.description = description;
    }

    /**
     * Opens the store an option names; a database must hold no complaints yet, so that the same seed gives
     * the same run, unless the run resumes one that stopped on it.
     */
    static DemoStore open(String option, Path out) throws DemoOptions.Invalid {
        return open(option, out, false);
    }

    /**
     * Opens the store an option names. A new run needs a database that holds no complaints yet, so that the same
     * seed gives the same run; a resumed run carries on what the database holds (the default H2 file is kept).
     */
    static DemoStore open(String option, Path out, boolean resume) throws DemoOptions.Invalid {
        if (option.equals("memory")) {
            return new DemoStore(new InMemoryComplaintStore(), null, "in memory");
        }
        String url;
        String shown;
        if (option.equals("h2") || option.startsWith("h2:")) {
            Path file = option.equals("h2") ? out.resolve("complaintkit-demo") : Path.of(option.substring(3));
            if (option.equals("h2") && !resume) {
                try {
                    Files.createDirectories(out);
                    Files.deleteIfExists(out.resolve("complaintkit-demo.mv.db"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            url = "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
            shown = "H2 at " + file.toAbsolutePath() + ".mv.db";
        } else {
            url = option;
            shown = "the database at " + option.replaceAll("(?i)(password=)[^&;]*", "$1***");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setPoolName("complaintkit-demo");
        if (url.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("logServerErrorDetail", "false"); // keep statement values out of logs
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DemoOptions.Invalid("cannot open --store " + shown + ": " + e.getMessage());
        }
        JdbcComplaintStore.migrate(pool);
        JdbcComplaintStore store = JdbcComplaintStore.of(pool);
        if (!resume && !store.query(ComplaintQuery.all(1)).ids().isEmpty()) {
            pool.close();
            throw new DemoOptions.Invalid("--store " + shown + " already holds complaints; give the demo an empty one,"
                    + " or --resume to carry on a run that stopped on it");
        }
        return new DemoStore(store, pool, shown);
    }

    ComplaintStore store() {
        return store;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
