package org.complaintkit.core.integrity;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintkit.spi.integrity.SealKey;
import org.complaintkit.spi.integrity.SealKeys;

/** A host's key ring that rotates while the engine runs: the ring in force, replaced whole by a rotation. */
final class SwitchableKeys implements SealKeys {
    private final AtomicReference<SealKeyRing> ring;

    SwitchableKeys(SealKeyRing first) {
        this.ring = new AtomicReference<>(first);
    }

    void use(SealKeyRing next) {
        ring.set(next);
    }

    SealKeyRing ring() {
        return ring.get();
    }

    @Override
    public SealKey current() {
        return ring.get().current();
    }

    @Override
    public Optional<SealKey> byVersion(int version) {
        return ring.get().byVersion(version);
    }
}
