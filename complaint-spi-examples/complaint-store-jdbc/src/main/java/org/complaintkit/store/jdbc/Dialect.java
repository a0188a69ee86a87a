package org.complaintkit.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;

/**
 * The databases the JDBC store supports, and what differs between them: the migration scripts, how
 * a lease skips rows another transaction holds, and whether a sweep lease is one statement.
 */
public enum Dialect {
    /**
     * PostgreSQL 13 or later: the production target. A lease locks the rows it chooses and skips rows that
     * others hold ({@code FOR UPDATE SKIP LOCKED}), so concurrent leases choose disjoint rows. A sweep lease
     * is one statement: a common table expression chooses and locks the batch, and an update in the same
     * statement sets the lease and returns the ids. An append is four round trips, as its rows written by hand
     * would be: the index row's versioned update with the clearing of its queue rows in one statement (a data-modifying
     * common table expression), the command record, the events with the queue rows in one statement, and the commit.
     */
    POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED", 1, true, true),
    /**
     * H2 2.x: the embedded default for demos and single-node use. H2 applies a row limit before it skips
     * locked rows, so a lease there chooses four times as many candidates as it needs, without locking, and
     * keeps the first that its re-checking update wins: one select, then one update a candidate.
     */
    H2("h2", "", 4, false, false);

    private final String folder;
    private final String lockClause;
    private final int candidatesPerLease;
    private final boolean sweepLeaseInOneStatement;
    private final boolean appendRowsInCombinedStatements;

    Dialect(String folder, String lockClause, int candidatesPerLease, boolean sweepLeaseInOneStatement,
            boolean appendRowsInCombinedStatements) {
        this.folder = folder;
        this.lockClause = lockClause;
        this.candidatesPerLease = candidatesPerLease;
        this.sweepLeaseInOneStatement = sweepLeaseInOneStatement;
        this.appendRowsInCombinedStatements = appendRowsInCombinedStatements;
    }

    /**
     * Tells whether an append writes its rows in combined statements ({@link CombinedAppend}): the index row's
     * versioned update removes the queue rows the append does not keep in the same statement, and the events and
     * the clocks and tags not yet stored are one statement of several multi-row inserts, so an append costs the
     * round trips its rows written by hand would.
     *
     * @return true on PostgreSQL, whose data-modifying common table expressions make it one statement each
     */
    boolean appendRowsInCombinedStatements() {
        return appendRowsInCombinedStatements;
    }

    /**
     * Tells whether a sweep lease chooses, locks and leases its whole batch in one statement
     * ({@code FOR UPDATE SKIP LOCKED} in a common table expression, then {@code UPDATE ... RETURNING}), rather
     * than choosing candidates and taking each with its own update.
     *
     * @return true on PostgreSQL
     */
    boolean sweepLeaseInOneStatement() {
        return sweepLeaseInOneStatement;
    }

    /**
     * Returns how many rows a lease of {@code limit} rows chooses as candidates.
     *
     * @param limit the most rows the lease hands out
     * @return the number of candidates to read
     */
    int candidates(int limit) {
        return Math.min(limit * candidatesPerLease, 1_000);
    }

    /**
     * Returns where this dialect's Flyway migrations live on the class path.
     *
     * @return a Flyway location
     */
    public String migrationLocation() {
        return "classpath:org/complaintkit/store/jdbc/migration/" + folder;
    }

    /**
     * Returns the clause that locks the rows a lease chooses and skips rows locked by others.
     *
     * @return the clause, with a leading space
     */
    String lockClause() {
        return lockClause;
    }

    /**
     * Tells which dialect a connection speaks, from its database product name.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws SQLException if the metadata cannot be read
     * @throws ConfigurationException coded INVALID_CONFIGURATION for a database the store does not support
     */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw ConfigurationException.of(ErrorCode.INVALID_CONFIGURATION, "dataSource",
                "the JDBC store supports PostgreSQL and H2, not " + product);
    }
}
