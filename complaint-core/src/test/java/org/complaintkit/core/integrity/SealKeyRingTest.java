package org.complaintkit.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.spi.integrity.SealKey;
import org.junit.jupiter.api.Test;

/** A key ring refuses contradictory input, all of it at once, and never shows a key. */
class SealKeyRingTest {
    private static final byte[] KEY = "a 32-byte seal key from the HSM.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHORT = "fifteen bytes!!".getBytes(StandardCharsets.US_ASCII);

    private static List<ErrorCode> codes(ConfigurationException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    @Test
    void a_ring_with_duplicate_versions_no_current_key_and_a_short_key_is_refused_listing_every_violation() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> SealKeyRing.builder()
                .key(1, KEY).key(1, KEY).key(2, SHORT).key(-3, KEY).build());
        assertEquals(List.of(ErrorCode.SEAL_KEY_TOO_SHORT, ErrorCode.SEAL_KEY_VERSION_INVALID,
                ErrorCode.SEAL_KEY_VERSION_DUPLICATE, ErrorCode.SEAL_KEY_NO_CURRENT), codes(refused));
        assertEquals(List.of("sealKeys[2]", "sealKeys[-3]", "sealKeys[1]", "sealKeys.current"),
                refused.violations().stream().map(Violation::path).toList());
        assertEquals(List.of("CMP-5083", "CMP-5084", "CMP-5080", "CMP-5081"),
                codes(refused).stream().map(ErrorCode::code).toList());
    }

    @Test
    void a_short_key_counts_for_duplicates_and_for_the_current_version() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> SealKeyRing.builder()
                .key(1, KEY).key(1, SHORT).current(1).build());
        assertEquals(List.of(ErrorCode.SEAL_KEY_TOO_SHORT, ErrorCode.SEAL_KEY_VERSION_DUPLICATE), codes(refused));
    }

    @Test
    void the_current_version_must_be_a_keyed_version_the_ring_holds() {
        ConfigurationException notHeld = assertThrows(ConfigurationException.class, () -> SealKeyRing.builder()
                .key(1, KEY).current(2).build());
        assertEquals(List.of(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN), codes(notHeld));
        ConfigurationException unkeyed = assertThrows(ConfigurationException.class, () -> SealKeyRing.builder()
                .legacyUnkeyed().key(1, KEY).current(0).build());
        assertEquals(List.of(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN), codes(unkeyed));
    }

    @Test
    void an_empty_ring_is_refused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> SealKeyRing.builder().build());
        assertEquals(List.of(ErrorCode.SEAL_KEY_RING_EMPTY, ErrorCode.SEAL_KEY_NO_CURRENT), codes(refused));
    }

    @Test
    void a_missing_key_is_refused_like_a_short_one() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> SealKeyRing.builder()
                .key(1, (byte[]) null).key((SealKey) null).key(2, KEY).current(2).build());
        assertEquals(List.of(ErrorCode.SEAL_KEY_TOO_SHORT, ErrorCode.SEAL_KEY_TOO_SHORT), codes(refused));
    }

    @Test
    void a_rotation_must_move_to_a_new_higher_version_with_a_long_enough_key() {
        SealKeyRing ring = SealKeyRing.builder().key(1, KEY).key(3, KEY).current(3).build();
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> ring.rotateTo(1, SHORT));
        assertEquals(List.of(ErrorCode.SEAL_KEY_VERSION_INVALID, ErrorCode.SEAL_KEY_TOO_SHORT,
                ErrorCode.SEAL_KEY_VERSION_DUPLICATE), codes(refused));
        SealKeyRing rotated = ring.rotateTo(4, KEY);
        assertEquals(4, rotated.current().version());
        assertEquals(List.of(1, 3, 4), List.copyOf(rotated.versions()));
        assertEquals(3, ring.current().version(), "the ring rotated from is unchanged");
    }

    @Test
    void the_current_version_cannot_be_dropped() {
        SealKeyRing ring = SealKeyRing.builder().key(1, KEY).key(2, KEY).current(2).build();
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> ring.without(2));
        assertEquals(List.of(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN), codes(refused));
        assertEquals(Optional.empty(), ring.without(1).byVersion(1));
    }

    @Test
    void a_key_a_mac_cannot_use_is_refused_with_a_code_when_its_sealer_is_made() {
        SecretKey opaque = new SecretKey() {
            @Override
            public String getAlgorithm() {
                return "HmacSHA256";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> EventSealer.forKey(SealKey.of(1, opaque)));
        assertEquals(List.of(ErrorCode.SEAL_KEY_UNUSABLE), codes(refused));
    }

    @Test
    void no_refusal_shows_key_material() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> SealKeyRing.builder()
                .key(1, SHORT).key(1, KEY).current(5).build());
        String everything = refused.getMessage() + refused.violations();
        for (byte[] key : List.of(KEY, SHORT)) {
            assertFalse(everything.contains(new String(key, StandardCharsets.US_ASCII)), everything);
            assertFalse(everything.contains(HexFormat.of().formatHex(key)), everything);
        }
        assertTrue(everything.contains("version 1"), everything);
    }
}
