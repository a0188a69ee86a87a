package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.ForwardingStore;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The engine builder keeps the unkeyed default sealer but names its risk, once at build, for a store that outlives
 * the JVM; the host's explicit choice of either sealer, or the in-memory store, needs no word. The log line itself
 * is checked where a logger is bound, in complaint-store-jdbc ({@code UnkeyedSealerWarningTest}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnkeyedSealerTest {
    private static final EventSealer KEYED = EventSealer.hmacSha256("the bank's 32-byte seal key.....".getBytes(
            StandardCharsets.US_ASCII));

    @Test
    void the_unkeyed_default_over_any_store_but_the_in_memory_one_is_warned_about_with_the_risk_and_the_remedy() {
        ForwardingStore database = new ForwardingStore(new InMemoryComplaintStore());
        String warning = EngineParts.sealerWarning(null, database).orElseThrow();
        assertTrue(warning.startsWith("the complaint store " + database.getClass().getName() + " is sealed with the "
                + "default unkeyed SHA-256"), warning);
        assertTrue(warning.contains("recompute its seals") && warning.contains("EventSealer.hmacSha256(key)"), warning);
    }

    @Test
    void a_chosen_sealer_or_the_in_memory_store_needs_no_warning_and_the_default_still_seals_with_sha256() {
        ForwardingStore database = new ForwardingStore(new InMemoryComplaintStore());
        assertEquals(Optional.empty(), EngineParts.sealerWarning(KEYED, database));
        assertEquals(Optional.empty(), EngineParts.sealerWarning(EventSealer.sha256(), database));
        assertEquals(Optional.empty(), EngineParts.sealerWarning(null, new InMemoryComplaintStore()));
        assertEquals("SHA-256", ComplaintEngine.builder().store(database).discoverPlugins(false).build().sealer()
                .algorithm(), "a warning, not a refusal: the default is kept");
    }
}
