package org.complaintkit.spi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ForwardingComplaintStore} passes every method of the store SPI to its delegate, the default ones too, with the
 * caller's arguments, and hands back the delegate's answer: a method added to {@link ComplaintStore} and not forwarded
 * fails here, rather than leaving every decorator to answer with the SPI's default.
 */
class ForwardingComplaintStoreTest {

    /** One call the delegate received. */
    private record Call(Method method, List<Object> arguments) { }

    @Test
    void everyMethodOfTheStoreSpiReachesTheDelegateWithItsArgumentsAndReturnsItsAnswer() throws Exception {
        List<String> notForwarded = new ArrayList<>();
        for (Method method : ComplaintStore.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            List<Call> calls = new ArrayList<>();
            Object answer = answerOf(method.getReturnType());
            ComplaintStore delegate = (ComplaintStore) Proxy.newProxyInstance(ComplaintStore.class.getClassLoader(),
                    new Class<?>[] {ComplaintStore.class}, (proxy, called, args) -> {
                        calls.add(new Call(called, args == null ? List.of() : Arrays.asList(args)));
                        return called.equals(method) ? answer : answerOf(called.getReturnType());
                    });
            Object[] arguments = argumentsFor(method);
            Object returned = invoke(method, new ForwardingComplaintStore(delegate) { }, arguments);
            if (!calls.equals(List.of(new Call(method, Arrays.asList(arguments))))
                    || method.getReturnType() != void.class && !sameAnswer(answer, returned)) {
                notForwarded.add(method.getName() + Arrays.toString(method.getParameterTypes()));
            }
        }
        assertEquals(List.of(), notForwarded, "each method is passed on once, as called, and answers as the delegate");
    }

    @Test
    void aForwardingStoreNeedsAStoreToForwardTo() {
        assertThrows(NullPointerException.class, () -> new ForwardingComplaintStore(null) { });
    }

    @Test
    void theDelegateIsTheStoreItWasGiven() {
        ComplaintStore delegate = (ComplaintStore) Proxy.newProxyInstance(ComplaintStore.class.getClassLoader(),
                new Class<?>[] {ComplaintStore.class}, (proxy, called, args) -> null);
        assertSame(delegate, new ForwardingComplaintStore(delegate) { }.delegate());
    }

    private static Object invoke(Method method, ComplaintStore store, Object[] arguments) throws Exception {
        try {
            return method.invoke(store, arguments);
        } catch (InvocationTargetException e) {
            // A default left in place may refuse (PROJECTIONS_UNSUPPORTED, PURGE_UNSUPPORTED): not forwarded.
            return e.getCause();
        }
    }

    private static boolean sameAnswer(Object expected, Object returned) {
        return expected instanceof Boolean || expected instanceof Number ? expected.equals(returned)
                : expected == returned;
    }

    /**
     * An answer the delegate gives that no default could make up: a fresh object, or a value no default returns; null
     * for the other types (a page), which no default returns either.
     */
    private static Object answerOf(Class<?> type) {
        if (type == boolean.class) {
            return true;
        } else if (type == int.class) {
            return 41;
        } else if (type == long.class) {
            return 43L;
        } else if (type == List.class) {
            return new ArrayList<>(List.of(new Object()));
        } else if (type == Optional.class) {
            return Optional.of(new Object());
        }
        return null;
    }

    /** Arguments told apart from each other, so that a forward that swaps two of a type is caught. */
    private static Object[] argumentsFor(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == int.class) {
                arguments[i] = 7 + i;
            } else if (type == long.class) {
                arguments[i] = 11L + i;
            } else if (type == Instant.class) {
                arguments[i] = Instant.ofEpochSecond(1_000 + i);
            } else if (type == String.class) {
                arguments[i] = "argument-" + i;
            } else if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                arguments[i] = constants[i % constants.length];
            } else {
                arguments[i] = null;
            }
        }
        return arguments;
    }
}
