package org.complaintkit.core.engine;

import static org.complaintkit.testkit.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RejectComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.IdempotencyKeyMisusedException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IdempotencyTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).build();

    @Test
    void repeating_a_registration_with_the_same_key_returns_the_first_complaint_and_adds_nothing() {
        var registration = registration(clock.instant());
        var first = engine.execute(registration);
        clock.advance(java.time.Duration.ofMinutes(5));
        var again = engine.execute(registration);
        assertTrue(again.replayed());
        assertFalse(first.replayed());
        assertEquals(first.complaintId(), again.complaintId());
        assertEquals(first.events(), again.events());
        assertEquals(first.state(), again.state());
        assertEquals(1, store.size());
    }

    @Test
    void repeating_a_handling_command_returns_the_first_result_even_after_later_changes() {
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        AcceptComplaint accept = new AcceptComplaint(id, HANDLER, IdempotencyKey.of("accept-1"));
        var first = engine.execute(accept);
        engine.execute(new org.complaintkit.api.command.RecordNewFacts(id, HANDLER, key(), Sensitive.of("more")));
        var again = engine.execute(accept);
        assertTrue(again.replayed());
        assertEquals(first.events(), again.events());
        assertEquals(2, again.version());
        assertEquals(3, engine.hostReads().history(id).size());
    }

    @Test
    void reusing_a_key_for_a_different_command_is_refused_and_changes_nothing() {
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        engine.execute(new AcceptComplaint(id, HANDLER, IdempotencyKey.of("same")));
        var e = assertThrows(IdempotencyKeyMisusedException.class, () -> engine.execute(
                new RejectComplaint(id, HANDLER, IdempotencyKey.of("same"), Sensitive.of("no"))));
        assertEquals(ErrorCode.IDEMPOTENCY_KEY_REUSED, e.code());
        assertEquals(2, engine.hostReads().history(id).size());
    }

    @Test
    void a_key_reused_on_another_complaint_is_refused_without_naming_that_complaint() {
        ComplaintId theirs = engine.execute(registration(clock.instant())).complaintId();
        engine.execute(new AcceptComplaint(theirs, HANDLER, IdempotencyKey.of("guessed")));
        ComplaintId mine = engine.execute(registration(clock.instant())).complaintId();
        var e = assertThrows(StoreException.class, () -> engine.execute(
                new AcceptComplaint(mine, HANDLER, IdempotencyKey.of("guessed"))));
        assertEquals(ErrorCode.IDEMPOTENCY_KEY_REUSED, e.code());
        assertFalse(e.getMessage().contains(theirs.value()), e.getMessage());
        assertFalse(e.violations().toString().contains(theirs.value()), e.violations().toString());
        assertFalse(String.valueOf(e.getCause()).contains(theirs.value()));
        assertEquals(1, engine.hostReads().history(mine).size(), "nothing stored on the caller's complaint");
    }

    @Test
    void repeating_a_command_the_complaint_would_still_allow_is_answered_from_the_record_not_applied_twice() {
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        var facts = new org.complaintkit.api.command.RecordNewFacts(id, HANDLER, IdempotencyKey.of("facts-1"),
                Sensitive.of("the receipt"));
        var first = engine.execute(facts);
        clock.advance(java.time.Duration.ofMinutes(5));
        var again = engine.execute(facts);
        assertTrue(again.replayed(), "found after the store refused the second append of the key");
        assertEquals(first.events(), again.events());
        assertEquals(2, engine.hostReads().history(id).size(), "one NewFactsRecorded, not two");
    }

    @Test
    void a_fresh_key_is_refused_as_before_when_the_lifecycle_refuses_it() {
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        var e = assertThrows(org.complaintkit.api.error.CommandRefusedException.class, () -> engine.execute(
                new org.complaintkit.api.command.StartInvestigation(id, HANDLER, IdempotencyKey.of("start-1"))));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, e.code());
        assertEquals(1, engine.hostReads().history(id).size());
    }

    @Test
    void a_different_payload_under_a_used_key_from_another_branch_or_actor_is_refused_with_its_own_code_and_nothing_is_stored() {
        var first = registration(clock.instant());
        engine.execute(first);
        var elsewhere = new org.complaintkit.api.command.RegisterComplaint(first.actor(), first.idempotencyKey(),
                first.complainant(), org.complaintkit.api.complaint.Channel.PHONE, first.receivedAt(),
                org.complaintkit.api.organisation.UnitId.of("GD-SZ-FT-002"), first.subjects(), Sensitive.of("年费"),
                Sensitive.of("退还"), null);
        var e = assertThrows(StoreException.class, () -> engine.execute(elsewhere));
        assertEquals(ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED, e.code());
        assertEquals(1, store.size());

        ComplaintId id = engine.hostReads().query(org.complaintkit.spi.storage.ComplaintQuery.all(10)).ids().get(0);
        var facts = new org.complaintkit.api.command.RecordNewFacts(id, HANDLER, IdempotencyKey.of("facts-1"),
                Sensitive.of("客户补充了流水"));
        engine.execute(facts);
        var changed = new org.complaintkit.api.command.RecordNewFacts(id, HANDLER, IdempotencyKey.of("facts-1"),
                Sensitive.of("客户补充了另一份流水"));
        assertEquals(ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED,
                assertThrows(IdempotencyKeyMisusedException.class, () -> engine.execute(changed)).code());
        var byAnother = new org.complaintkit.api.command.RecordNewFacts(id, APPROVER, IdempotencyKey.of("facts-1"),
                Sensitive.of("客户补充了流水"));
        assertEquals(ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED,
                assertThrows(StoreException.class, () -> engine.execute(byAnother)).code());
        assertEquals(2, engine.hostReads().history(id).size(), "nothing of the refused commands is stored");
        assertTrue(engine.execute(facts).replayed(), "the same payload under the key replays");
    }

    @Test
    void a_record_written_before_fingerprints_were_kept_still_replays_its_command() {
        var first = registration(clock.instant());
        var result = engine.execute(first);
        var legacy = new InMemoryComplaintStore();
        var events = engine.hostReads().history(result.complaintId());
        legacy.append(new org.complaintkit.spi.storage.AppendRequest(result.complaintId(), 0, events,
                new org.complaintkit.spi.storage.ComplaintIndex(result.state().status(), OUTLET, null,
                        first.complainant().customer(), first.receivedAt(), first.receivedAt(), null, null),
                org.complaintkit.spi.storage.CommandRecord.withoutFingerprint(first.idempotencyKey(),
                        result.complaintId(), first.type(), 1, events.size())));
        ComplaintEngine onLegacy = ComplaintEngine.builder().clock(clock).store(legacy).discoverPlugins(false).build();
        assertTrue(onLegacy.execute(first).replayed());
    }
}
