package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.internal.PluginDiscovery;
import org.complaintkit.core.logging.RecordedLog;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ComplaintStoreProvider;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Plug-in discovery is the host's choice: off unless the builder is told {@code discoverPlugins(true)}, and then
 * loud, each provider found logged at WARN with its class and where it was loaded from.
 */
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

    private static String location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }

    private static List<String> discoveryWarnings() {
        return RecordedLog.warnings().stream()
                .filter(l -> l.level() == Level.WARN && l.logger().equals(PluginDiscovery.class.getName()))
                .map(RecordedLog.Line::message).toList();
    }

    @Test
    void by_default_the_engine_discovers_nothing_even_with_two_stores_on_the_class_path() {
        CREATED.set(0);
        RecordedLog.clear();
        int before = DISCOVERED.size();
        ComplaintEngine engine = ComplaintEngine.builder().discoveryClassLoader(loaderWith("two")).build();
        engine.execute(Fixtures.registration(engine.clock().instant()));
        assertEquals(0, CREATED.get(), "no provider was even created");
        assertEquals(before, DISCOVERED.size(), "the engine keeps its own in-memory store");
        assertEquals(List.of(), discoveryWarnings());
    }

    @Test
    void with_discovery_turned_on_a_single_discovered_store_is_used_and_logged_at_warn_with_its_class_and_jar() {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        RecordedLog.clear();
        int before = DISCOVERED.size();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(true)
                .discoveryClassLoader(loaderWith("one")).build();
        engine.execute(Fixtures.registration(clock.instant()));
        assertEquals(before + 1, DISCOVERED.size());
        List<String> warnings = discoveryWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(RecordingStoreProvider.class.getName()), warnings.get(0));
        assertTrue(warnings.get(0).contains(location(RecordingStoreProvider.class)), warnings.get(0));
        assertTrue(warnings.get(0).contains("ComplaintStoreProvider"), warnings.get(0));
    }

    @Test
    void an_explicit_store_wins_over_a_discovered_one() {
        CREATED.set(0);
        InMemoryComplaintStore explicit = new InMemoryComplaintStore();
        ComplaintEngine.builder().store(explicit).discoverPlugins(true).discoveryClassLoader(loaderWith("one")).build();
        assertEquals(0, CREATED.get());
    }

    @Test
    void without_plugin_discovery_even_two_stores_on_the_class_path_are_ignored() {
        CREATED.set(0);
        ComplaintEngine engine = ComplaintEngine.builder().discoverPlugins(true).noPluginDiscovery()
                .discoveryClassLoader(loaderWith("two")).build();
        assertEquals(0, CREATED.get());
        int before = DISCOVERED.size();
        engine.execute(Fixtures.registration(engine.clock().instant()));
        assertEquals(before, DISCOVERED.size(), "the engine keeps its own in-memory store");
    }

    @Test
    void two_discovered_stores_without_an_explicit_choice_are_a_configuration_error_and_both_are_logged() {
        RecordedLog.clear();
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ComplaintEngine.builder().discoverPlugins(true).discoveryClassLoader(loaderWith("two")).build());
        assertEquals(ErrorCode.AMBIGUOUS_PLUGINS, e.code());
        assertTrue(e.getMessage().contains("other, recording"), e.getMessage());
        List<String> warnings = discoveryWarnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains(RecordingStoreProvider.class.getName())
                && w.contains(location(RecordingStoreProvider.class))), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains(OtherStoreProvider.class.getName())
                && w.contains(location(OtherStoreProvider.class))), warnings.toString());
    }
}
