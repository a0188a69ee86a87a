package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A command stored before a component was added to its record keeps its fingerprint, so that its retry across the
 * upgrade is recognised as a retry rather than refused as another command under the same key ({@code CMP-3005}).
 */
class CommandFingerprintUpgradeTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-01T02:00:00Z");

    /** Computed by the release before {@code RegisterComplaint} gained {@code firstContactOwner}. */
    private static final String BEFORE_THE_OWNER_COULD_BE_NAMED =
            "632490343554c69808e139d81c4750dc905e8c6043b7c8a547d0edf518b8d633";

    @Test
    void aRegistrationWithoutANamedOwnerHasTheFingerprintItHadBeforeTheOwnerCouldBeNamed() {
        assertEquals(BEFORE_THE_OWNER_COULD_BE_NAMED, CommandFingerprint.of(Fixtures.registration(RECEIVED)));
    }

    @Test
    void namingAnOwnerMakesItAnotherCommand() {
        RegisterComplaint plain = Fixtures.registration(RECEIVED);
        RegisterComplaint named = new RegisterComplaint(plain.actor(), plain.idempotencyKey(), plain.complainant(),
                plain.channel(), plain.receivedAt(), plain.receivingUnit(), plain.subjects(), plain.content(),
                plain.request(), plain.forwardedFrom(), plain.jurisdiction(), plain.confidential(),
                Fixtures.APPROVER_ID);
        assertNotEquals(CommandFingerprint.of(plain), CommandFingerprint.of(named));
    }
}
