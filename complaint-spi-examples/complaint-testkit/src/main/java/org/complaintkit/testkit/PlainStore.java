package org.complaintkit.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * A store as plain as the SPI allows: it implements only the abstract methods of {@link ComplaintStore}, by passing
 * them to another store, and leaves every default method to the SPI. It keeps no seals and no index rows to read back,
 * no projections and no cohort orders, and cannot purge, whatever the store behind it can do: the store a host wrote
 * against the first SPI, for tests of what the engine does on such a store.
 */
public final class PlainStore {

    private PlainStore() {
    }

    /**
     * Hides all but the SPI's abstract methods of a store.
     *
     * @param store the store whose abstract methods answer
     * @return a store that answers its default methods by the SPI's defaults
     */
    public static ComplaintStore over(ComplaintStore store) {
        InvocationHandler plain = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (ComplaintStore) Proxy.newProxyInstance(ComplaintStore.class.getClassLoader(),
                new Class<?>[] {ComplaintStore.class}, plain);
    }
}
