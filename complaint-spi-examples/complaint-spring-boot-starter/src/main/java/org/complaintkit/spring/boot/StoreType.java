package org.complaintkit.spring.boot;

/** The complaint store the starter builds, as {@code complaintkit.store.type} names it. */
public enum StoreType {
    /** The JDBC store over the application's DataSource (PostgreSQL or H2). */
    JDBC,
    /** The in-memory store: for trials and tests only, nothing survives a restart. */
    IN_MEMORY
}
