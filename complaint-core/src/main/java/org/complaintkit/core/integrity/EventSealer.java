package org.complaintkit.core.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.integrity.SealKey;
import org.complaintkit.spi.integrity.SealKeys;
import org.complaintkit.spi.storage.codec.EventCodec;

/**
 * Seals events: the seal of an event is a hash of the seal before it and the event's canonical text
 * ({@link EventCodec#encode}), so changing, dropping or moving any event changes every seal after it.
 *
 * <p>Precisely: {@code seal(n) = H(ascii(seal(n-1)) || utf8(encode(event n)))}, where {@code seal(0)} is
 * {@link #GENESIS}, sixty-four zeros, and {@code H} is SHA-256 ({@link #sha256()}) or HMAC-SHA-256 under a
 * key the host holds ({@link #hmacSha256}); seals are written as 64 lower-case hexadecimal digits. The
 * canonical text includes the complaint id and the sequence number, so an event moved to another complaint
 * or another place fails too. A store that keeps events as text stores exactly that text, so a verifier
 * hashes the text as stored ({@link #sealStored}), byte for byte, rather than the event decoded and encoded
 * again: anything added to the text breaks the seal even where decoding would pass over it.
 *
 * <p>An unkeyed chain shows accidental damage and naive edits, but anyone who can write the database can
 * recompute it. A keyed chain cannot be recomputed without the key; keep the key out of the database
 * (a key store, an HSM), and give every engine and every verifier of one store the same key.
 *
 * <p>A sealer of one key records {@link SealKey#LEGACY} (0) as the key version of its seals. A rotating sealer
 * ({@link #rotating}) seals with the current version of a host's {@link SealKeys} and verifies each stored seal
 * under the version recorded beside it ({@link #forVersion}); see {@link SealKeyRing}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EventSealer sealer = EventSealer.hmacSha256(keyBytes);      // 32 bytes from the bank's key store
 * ComplaintEngine engine = ComplaintEngine.builder().store(store).sealer(sealer).build();
 * ChainVerdict verdict = new ChainVerifier(store, sealer).verify(complaintId);
 * }</pre>
 */
public final class EventSealer {

    /** The seal before the first event of every complaint: sixty-four zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private final String name;
    private final ThreadLocal<Hash> hashes;
    /** The key version this sealer's seals record; for a rotating sealer, unused. */
    private final int keyVersion;
    /** The keys of a rotating sealer, or null for a sealer of one key. */
    private final Rotation rotation;

    private interface Hash {
        byte[] hash(byte[] previous, byte[] text);
    }

    private EventSealer(String name, ThreadLocal<Hash> hashes) {
        this(name, hashes, SealKey.LEGACY, null);
    }

    private EventSealer(String name, ThreadLocal<Hash> hashes, int keyVersion, Rotation rotation) {
        this.name = name;
        this.hashes = hashes;
        this.keyVersion = keyVersion;
        this.rotation = rotation;
    }

    /**
     * A sealer hashing with SHA-256 and no key: the default, which shows damage and naive edits.
     *
     * @return the sealer
     */
    public static EventSealer sha256() {
        return new EventSealer("SHA-256", ThreadLocal.withInitial(() -> {
            MessageDigest digest = digest();
            return (previous, text) -> {
                digest.reset();
                digest.update(previous);
                return digest.digest(text);
            };
        }));
    }

    /**
     * A sealer hashing with HMAC-SHA-256 under a key, which someone without the key cannot forge.
     *
     * @param key the key, at least 16 bytes (32 recommended); copied
     * @return the sealer
     * @throws ConfigurationException coded INVALID_CONFIGURATION (CMP-4003) if the key is missing or shorter
     *     than 16 bytes; the message never shows the key
     */
    public static EventSealer hmacSha256(byte[] key) {
        if (key == null || key.length < 16) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_CONFIGURATION, "sealKey",
                    "a seal key must have at least 16 bytes")));
        }
        SecretKeySpec spec = new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256");
        return new EventSealer("HMAC-SHA-256", ThreadLocal.withInitial(() -> {
            Mac mac = mac(spec);
            return (previous, text) -> {
                mac.update(previous);
                return mac.doFinal(text);
            };
        }));
    }

    /**
     * A sealer of one version of a key: HMAC-SHA-256 under its secret, or SHA-256 for the unkeyed legacy
     * version; its seals record the key's version. The secret's length is not checked here (an HSM's key need
     * not show it); {@link SealKeyRing} checks keys given as bytes.
     *
     * @param key the key version
     * @return the sealer
     * @throws ConfigurationException coded SEAL_KEY_UNUSABLE (CMP-5086) if the secret cannot compute HmacSHA256
     */
    public static EventSealer forKey(SealKey key) {
        Objects.requireNonNull(key, "key");
        Optional<SecretKey> secret = key.secret();
        if (secret.isEmpty()) {
            return new EventSealer("SHA-256", sha256().hashes, key.version(), null);
        }
        SecretKey spec = secret.get();
        mac(spec);
        return new EventSealer("HMAC-SHA-256", ThreadLocal.withInitial(() -> {
            Mac mac = mac(spec);
            return (previous, text) -> {
                mac.update(previous);
                return mac.doFinal(text);
            };
        }), key.version(), null);
    }

    /**
     * A sealer whose key can rotate: it seals with the version {@link SealKeys#current()} names when it
     * seals, and a verifier given it checks each stored seal under the version recorded beside it. Rotating
     * the key is making another version current in the host's key ring; histories sealed before keep
     * verifying as long as the ring still holds their versions.
     *
     * @param keys the host's versions of the key; {@link SealKeyRing} holds them in memory
     * @return the sealer
     */
    public static EventSealer rotating(SealKeys keys) {
        Rotation rotation = new Rotation(Objects.requireNonNull(keys, "keys"));
        return new EventSealer("HMAC-SHA-256", ThreadLocal.withInitial(
                () -> (previous, text) -> rotation.current().hashes.get().hash(previous, text)),
                SealKey.LEGACY, rotation);
    }

    /**
     * Returns the sealer of one key version that seals now: this sealer itself for a sealer of one key, the
     * ring's current version for a rotating one. Seal an append with what this returns and record its
     * {@link #keyVersion()}, so that a rotation in between cannot mix them.
     *
     * @return a sealer of one key version
     * @throws ConfigurationException coded SEAL_KEY_CURRENT_UNKNOWN (CMP-5082) if the host's ring names no
     *     keyed current version
     */
    public EventSealer current() {
        return rotation == null ? this : rotation.current();
    }

    /**
     * Returns the sealer of the key version a stored seal names, to verify it.
     *
     * @param version the key version recorded beside the seal
     * @return for a sealer of one key, itself if the version is its own; for a rotating sealer, the version's
     *     sealer if the ring holds it; else empty
     */
    public Optional<EventSealer> forVersion(int version) {
        if (rotation == null) {
            return version == keyVersion ? Optional.of(this) : Optional.empty();
        }
        return rotation.byVersion(version);
    }

    /**
     * Returns the key version the seals this sealer makes record.
     *
     * @return the version; for a rotating sealer, the current one's
     */
    public int keyVersion() {
        return rotation == null ? keyVersion : rotation.current().keyVersion;
    }

    /**
     * Tells whether this sealer's key rotates: whether it seals and verifies by the versions of a key ring.
     *
     * @return true for a sealer made by {@link #rotating}
     */
    public boolean rotates() {
        return rotation != null;
    }

    /**
     * Seals one event.
     *
     * @param previous the seal of the event before it, or {@link #GENESIS} for a complaint's first event
     * @param event the event
     * @return its seal
     */
    public String seal(String previous, ComplaintEvent event) {
        Objects.requireNonNull(event, "event");
        return sealStored(previous, EventCodec.encode(event));
    }

    /**
     * Seals an event by its text as a store holds it, without decoding it: for a verifier, which must hash
     * what is stored, not the event encoded again. For text the codec wrote, this is
     * {@link #seal(String, ComplaintEvent)} of the event it holds.
     *
     * @param previous the seal of the event before it, or {@link #GENESIS} for a complaint's first event
     * @param storedText the event's text, exactly as stored
     * @return the seal that text has
     */
    public String sealStored(String previous, String storedText) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(storedText, "storedText");
        byte[] text = storedText.getBytes(StandardCharsets.UTF_8);
        return HEX.formatHex(hashes.get().hash(previous.getBytes(StandardCharsets.US_ASCII), text));
    }

    /**
     * Seals events that follow one another.
     *
     * @param previous the seal of the event before the first, or {@link #GENESIS}
     * @param events the events, in sequence order
     * @return their seals, in the same order
     */
    public List<String> seal(String previous, List<? extends ComplaintEvent> events) {
        List<String> seals = new ArrayList<>(events.size());
        String last = previous;
        for (ComplaintEvent event : events) {
            last = seal(last, event);
            seals.add(last);
        }
        return seals;
    }

    /**
     * Returns the seal of the last event of a history, as its events, read back from a store, give it.
     *
     * @param history a complaint's events from the first, in sequence order
     * @return the last event's seal, or {@link #GENESIS} for an empty history
     */
    public String head(List<? extends ComplaintEvent> history) {
        String last = GENESIS;
        for (ComplaintEvent event : history) {
            last = seal(last, event);
        }
        return last;
    }

    /**
     * Names the hash, never the key.
     *
     * @return "SHA-256" or "HMAC-SHA-256"
     */
    public String algorithm() {
        return name;
    }

    @Override
    public String toString() {
        return "EventSealer[" + name + (rotation != null ? ", rotating" : keyVersion != SealKey.LEGACY
                ? ", key version " + keyVersion : "") + "]";
    }

    /** The keys of a rotating sealer, each version's sealer made once and kept while the ring returns its key. */
    private static final class Rotation {
        private final SealKeys keys;
        private final ConcurrentMap<Integer, Made> made = new ConcurrentHashMap<>();

        private record Made(SealKey key, EventSealer sealer) {
        }

        Rotation(SealKeys keys) {
            this.keys = keys;
        }

        EventSealer current() {
            SealKey key = keys.current();
            if (key == null || key.secret().isEmpty()) {
                throw new ConfigurationException(List.of(new Violation(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN,
                        "sealKeys.current", "the seal key ring names no keyed current version")));
            }
            return sealerOf(key);
        }

        Optional<EventSealer> byVersion(int version) {
            return keys.byVersion(version).filter(key -> key.version() == version).map(this::sealerOf);
        }

        private EventSealer sealerOf(SealKey key) {
            Made known = made.get(key.version());
            if (known != null && known.key() == key) {
                return known.sealer();
            }
            EventSealer sealer = forKey(key);
            made.put(key.version(), new Made(key, sealer));
            return sealer;
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Mac mac(SecretKey key) {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
        try {
            mac.init(key);
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.SEAL_KEY_UNUSABLE, "sealKey",
                    ErrorCode.SEAL_KEY_UNUSABLE.meaning())));
        }
        return mac;
    }
}
