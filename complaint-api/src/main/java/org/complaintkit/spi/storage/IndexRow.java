package org.complaintkit.spi.storage;

/**
 * A complaint's index row as a store holds it, with the version kept beside it, read back for a verifier that
 * compares what the store keeps beside a complaint's history with what the history implies
 * ({@link ComplaintStore#indexRow}). Sweeps and queries trust these columns, and no seal covers them.
 *
 * <p>A store returns what it holds, not what it should hold: a row whose columns no longer read as an index row
 * has a null {@code index}. Immutable and thread-safe.
 *
 * @param version the complaint's version as stored: the number of its events after the last append
 * @param index the row as stored, or null if it does not read as an index row
 */
public record IndexRow(long version, ComplaintIndex index) {
}
