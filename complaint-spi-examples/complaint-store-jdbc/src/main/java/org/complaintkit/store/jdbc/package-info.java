/**
 * A complaint store over plain JDBC, for PostgreSQL (production) and H2 (the embedded default), with its
 * schema migrations. Start with {@link org.complaintkit.store.jdbc.JdbcComplaintStore}.
 */
package org.complaintkit.store.jdbc;
