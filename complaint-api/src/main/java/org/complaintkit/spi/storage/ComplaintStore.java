package org.complaintkit.spi.storage;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * Where complaints live: each complaint's events, an index row per complaint for queries, and a
 * record of the commands applied, by idempotency key. ComplaintKit's engine is the only writer;
 * a store never interprets events, it keeps them.
 *
 * <p>The embedded default is the in-memory store in {@code complaint-core}. A host plugs in its own
 * store through {@code ComplaintEngine.builder().store(..)} or by registering a
 * {@link ComplaintStoreProvider} for {@link java.util.ServiceLoader}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Ordering.</b> {@link #load} returns a complaint's events by ascending sequence number,
 *       1, 2, 3, ... without gaps.</li>
 *   <li><b>Atomicity.</b> {@link #append} stores all of a request or none of it: events, index row
 *       and command record together.</li>
 *   <li><b>Isolation.</b> Appends to one complaint are serialised by its version: an append whose
 *       {@link AppendRequest#expectedVersion()} is not the stored version fails with a
 *       {@link org.complaintkit.api.error.StoreException} coded
 *       {@link org.complaintkit.api.error.ErrorCode#VERSION_CONFLICT} (or
 *       {@link org.complaintkit.api.error.ErrorCode#DUPLICATE_COMPLAINT} when version 0 is expected
 *       and the complaint exists) and changes nothing. A reader never sees part of an append.</li>
 *   <li><b>Idempotency.</b> An idempotency key is stored once; an append that brings a key already
 *       stored fails with {@link org.complaintkit.api.error.ErrorCode#IDEMPOTENCY_KEY_REUSED} and
 *       changes nothing.</li>
 *   <li><b>Failure.</b> Any other failure is a {@code StoreException} coded
 *       {@link org.complaintkit.api.error.ErrorCode#STORE_FAILURE}, after which nothing of the
 *       append is visible.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * ComplaintStore store = new MyJdbcComplaintStore(dataSource);
 * ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).build();
 * }</pre>
 */
public interface ComplaintStore {

    /**
     * Loads a complaint's events.
     *
     * @param id the complaint
     * @return its events by ascending sequence number; empty if the complaint is unknown
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    List<ComplaintEvent> load(ComplaintId id);

    /**
     * Appends events, the index row and the command record (if any) atomically, if the complaint is still
     * at the expected version and the idempotency key is new.
     *
     * @param request what to append
     * @throws org.complaintkit.api.error.StoreException on a version conflict, a duplicate complaint,
     *     a reused idempotency key or a store failure; nothing is stored then
     */
    void append(AppendRequest request);

    /**
     * Finds the command stored under an idempotency key.
     *
     * @param key the key
     * @return the record of the command, or empty if the key is new
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    Optional<CommandRecord> findCommand(IdempotencyKey key);

    /**
     * Finds complaints by their index rows, ordered by complaint id, one page at a time. Paging
     * is by key set: a page starts after the {@link ComplaintQuery#after()} id, so complaints
     * added while a caller pages through never shift or repeat what it sees.
     *
     * @param query the filter and page
     * @return the page
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    ComplaintPage query(ComplaintQuery query);
}
