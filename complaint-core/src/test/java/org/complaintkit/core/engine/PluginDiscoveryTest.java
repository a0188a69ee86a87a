package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ComplaintStoreProvider;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PluginDiscoveryTest {
    static final AtomicInteger CREATED = new AtomicInteger();
    static final InMemoryComplaintStore DISCOVERED = new InMemoryComplaintStore();

    public static final class RecordingStoreProvider implements ComplaintStoreProvider {
        @Override
        public String name() {
            return "recording";
        }

        @Override
        public ComplaintStore create() {
            CREATED.incrementAndGet();
            return DISCOVERED;
        }
    }

    public static final class OtherStoreProvider implements ComplaintStoreProvider {
        @Override
        public String name() {
            return "other";
        }

        @Override
        public ComplaintStore create() {
            return new InMemoryComplaintStore();
        }
    }

    private static ClassLoader loaderWith(String folder) {
        URL url = PluginDiscoveryTest.class.getResource("/plugins/" + folder + "/");
        return new URLClassLoader(new URL[] {url}, PluginDiscoveryTest.class.getClassLoader());
    }

    @Test
    void a_single_discovered_store_is_used_when_none_is_set() {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        int before = DISCOVERED.size();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoveryClassLoader(loaderWith("one")).build();
        engine.execute(Fixtures.registration(clock.instant()));
        assertEquals(before + 1, DISCOVERED.size());
    }

    @Test
    void an_explicit_store_wins_over_a_discovered_one() {
        CREATED.set(0);
        InMemoryComplaintStore explicit = new InMemoryComplaintStore();
        ComplaintEngine.builder().store(explicit).discoveryClassLoader(loaderWith("one")).build();
        assertEquals(0, CREATED.get());
    }

    @Test
    void without_plugin_discovery_even_two_stores_on_the_class_path_are_ignored() {
        CREATED.set(0);
        ComplaintEngine engine = ComplaintEngine.builder().noPluginDiscovery().discoveryClassLoader(loaderWith("two"))
                .build();
        assertEquals(0, CREATED.get());
        int before = DISCOVERED.size();
        engine.execute(Fixtures.registration(engine.clock().instant()));
        assertEquals(before, DISCOVERED.size(), "the engine keeps its own in-memory store");
    }

    @Test
    void two_discovered_stores_without_an_explicit_choice_are_a_configuration_error() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ComplaintEngine.builder().discoveryClassLoader(loaderWith("two")).build());
        assertEquals(ErrorCode.AMBIGUOUS_PLUGINS, e.code());
        assertTrue(e.getMessage().contains("other, recording"), e.getMessage());
    }
}
