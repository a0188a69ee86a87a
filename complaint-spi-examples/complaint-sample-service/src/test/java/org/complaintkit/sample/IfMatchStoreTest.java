package org.complaintkit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintStore;
import org.junit.jupiter.api.Test;

/** The If-Match layer passes every store call it does not guard to the store, including the SPI's default ones. */
class IfMatchStoreTest {

    @Test
    void everyMethodOfTheStoreSpiIsPassedOnNotLeftToItsDefault() {
        List<String> missing = Arrays.stream(ComplaintStore.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !declares(m))
                .map(Method::getName)
                .toList();
        assertEquals(List.of(), missing, "a default left in place would answer for the store (reports would fold, a "
                + "purge would be refused) although the store behind it can do more");
    }

    @Test
    void aStoreThatKeepsProjectionsStillSaysSoBehindTheLayer() {
        assertTrue(new IfMatchStore(new InMemoryComplaintStore()).keepsProjections());
    }

    private static boolean declares(Method method) {
        try {
            IfMatchStore.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
