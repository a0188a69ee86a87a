package org.complaintkit.spi.storage;

/**
 * Makes a {@link ComplaintStore} discoverable with {@link java.util.ServiceLoader}: list the
 * implementing class in {@code META-INF/services/org.complaintkit.spi.storage.ComplaintStoreProvider}
 * (or {@code provides} it in {@code module-info.java}). The engine builder uses a discovered
 * provider only when no store is set explicitly, and refuses to guess between several.
 *
 * <pre>{@code
 * public final class MyStoreProvider implements ComplaintStoreProvider {
 *     public String name() { return "my-bank-db"; }
 *     public ComplaintStore create() { return new MyJdbcComplaintStore(MyDataSources.complaints()); }
 * }
 * }</pre>
 */
public interface ComplaintStoreProvider {

    /**
     * Returns a short name for messages, such as {@code jdbc}.
     *
     * @return the name
     */
    String name();

    /**
     * Creates the store.
     *
     * @return a ready store
     */
    ComplaintStore create();
}
