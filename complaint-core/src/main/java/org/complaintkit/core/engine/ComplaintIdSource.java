package org.complaintkit.core.engine;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * Numbers new complaints. A host whose register has its own numbering (登记编号) supplies it here.
 *
 * <p>Implementations are thread-safe and never return an id twice.
 */
@FunctionalInterface
public interface ComplaintIdSource {

    /**
     * Returns the id for a complaint about to be registered.
     *
     * @param registration the registration being executed
     * @return a new id
     */
    ComplaintId next(RegisterComplaint registration);

    /**
     * Random ids, {@code C-} followed by a random UUID: the default.
     *
     * @return the source
     */
    static ComplaintIdSource randomUuids() {
        return registration -> new ComplaintId("C-" + UUID.randomUUID());
    }

    /**
     * Sequential ids {@code prefix000001}, {@code prefix000002}, ... for tests and demos that must
     * repeat exactly. Each call returns an independent counter.
     *
     * @param prefix the prefix, such as {@code CMP-2026-}
     * @return the source
     */
    static ComplaintIdSource sequential(String prefix) {
        AtomicLong counter = new AtomicLong();
        return registration -> new ComplaintId(prefix + String.format("%06d", counter.incrementAndGet()));
    }
}
