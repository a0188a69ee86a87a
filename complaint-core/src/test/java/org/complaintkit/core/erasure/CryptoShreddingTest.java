package org.complaintkit.core.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.PlaceLegalHold;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.reporting.FactsSource;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Erasure without breaking the seal (issue 27 item 5): personal data kept encrypted under each complaint's own key,
 * so destroying the key erases it while every stored row, and every seal over it, stays as it was.
 */
class CryptoShreddingTest {
    static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    static final byte[] SEAL_KEY = "a seal key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);

    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
    final EventSealer sealer = EventSealer.hmacSha256(SEAL_KEY);
    final ComplaintEngine engine = engineWith(keys);

    ComplaintEngine engineWith(InMemoryPersonalDataKeys keyStore) {
        ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).store(store).sealer(sealer)
                .discoverPlugins(false);
        return keyStore == null ? builder.build() : builder.personalDataKeys(keyStore).build();
    }

    ComplaintId registered(ComplaintEngine on) {
        return on.execute(Fixtures.registration(clock.instant())).complaintId();
    }

    static Registration registration(List<ComplaintEvent> history) {
        return ((ComplaintRegistered) history.get(0)).registration();
    }

    /** Every stored row's text, as the store holds it: what an erasure must not change. */
    List<String> storedTexts(ComplaintId id) {
        List<String> texts = new ArrayList<>();
        for (SealedEvent row : store.loadSealed(id)) {
            texts.add((row.text() != null ? row.text() : EventCodec.encode(row.event())) + " " + row.seal());
        }
        return texts;
    }

    CommandResult erase(ComplaintId id) {
        return engine.execute(ErasePersonalData.of(id, MANAGER, Fixtures.key(), "PIPL-47",
                "the customer asked for erasure"));
    }

    @Test
    void personalDataIsStoredAsCiphertextAndReadsBackThroughTheEngine() {
        ComplaintId id = registered(engine);
        String stored = EventCodec.encode(store.load(id).get(0));
        assertFalse(stored.contains(Fixtures.NAME), "the name is not stored in clear");
        assertFalse(stored.contains(Fixtures.PHONE), "the phone number is not stored in clear");
        assertFalse(stored.contains(Fixtures.CONTENT), "the content is not stored in clear");
        assertTrue(stored.contains("{\"enc\":\""), stored);
        Registration read = registration(engine.hostReads().history(id));
        assertEquals(Fixtures.NAME, read.complainant().name().reveal());
        assertEquals(Fixtures.PHONE, read.complainant().contact().address().reveal());
        assertEquals(Fixtures.CONTENT, read.content().reveal());
        assertTrue(read.complainant().name().isEncrypted());
    }

    @Test
    void anEngineWithoutAKeyStoreStoresPlainTextAsBefore() {
        ComplaintEngine plain = engineWith(null);
        ComplaintId id = registered(plain);
        String stored = EventCodec.encode(store.load(id).get(0));
        assertTrue(stored.contains("{\"value\":\"" + Fixtures.NAME + "\"}"), "today's plain form, unchanged");
        assertFalse(stored.contains("\"enc\""));
    }

    @Test
    void erasingRecordsWhoErasedAndWhyThenEveryTextReadsTheErasedMarker() {
        ComplaintId id = registered(engine);
        clock.advance(Duration.ofHours(3));
        CommandResult erased = erase(id);
        PersonalDataErased event = (PersonalDataErased) erased.events().get(0);
        assertEquals(MANAGER.staffId(), event.header().actor().staffId());
        assertEquals(clock.instant(), event.header().occurredAt());
        assertEquals("PIPL-47", event.legalBasis());
        assertEquals("the customer asked for erasure", event.reason());
        assertEquals(KeyState.DESTROYED, keys.find(id.value()).state());

        Registration read = registration(engine.hostReads().history(id));
        for (Sensitive text : List.of(read.complainant().name(), read.complainant().contact().address(),
                read.content(), read.request())) {
            assertTrue(text.isErased());
            assertEquals(Sensitive.ERASED_MARKER, text.reveal());
            assertEquals("[redacted]", text.toString());
        }
        assertEquals(Sensitive.ERASED_MARKER, engine.hostReads().find(id).orElseThrow().registration().complainant()
                .name().reveal(), "the folded state reads erased too");
    }

    @Test
    void aReaderWithoutPersonalDataRightsSeesTheErasedMarkerUnmasked() {
        ComplaintId id = registered(engine);
        erase(id);
        Actor bystander = Actor.staff(StaffId.of("S-9001"), Fixtures.BRANCH, Role.HANDLER);
        ComplaintView view = engine.view(id, bystander);
        assertFalse(view.rights().personalData(), "the reader is one the mask applies to");
        assertEquals(Sensitive.ERASED_MARKER, view.complainantName());
        assertEquals(Sensitive.ERASED_MARKER, view.contact());
        assertEquals(Sensitive.ERASED_MARKER, view.content());
        assertEquals(Sensitive.ERASED_MARKER, view.request());
        String caseFile = engine.caseFile(id, bystander).text();
        assertTrue(caseFile.contains(Sensitive.ERASED_MARKER), caseFile);
        assertFalse(caseFile.contains("[**"), caseFile);
        assertFalse(caseFile.contains("[phone]") || caseFile.contains("[e-mail]"), caseFile);
    }

    @Test
    void erasureEditsNoStoredRowAndEveryChainStillVerifies() {
        ComplaintId erasedOne = registered(engine);
        ComplaintId other = registered(engine);
        engine.execute(new AddCaseNote(erasedOne, Fixtures.TELLER, Fixtures.key(), NoteKind.INTERVIEW,
                Sensitive.of("客户补充说明：张小明 13812345678")));
        List<String> before = storedTexts(erasedOne);
        List<String> otherBefore = storedTexts(other);

        erase(erasedOne);

        List<String> after = storedTexts(erasedOne);
        assertEquals(before, after.subList(0, before.size()), "every row stored before the erasure is unchanged");
        assertEquals(before.size() + 1, after.size(), "the erasure adds its own event, nothing else");
        assertEquals(otherBefore, storedTexts(other));
        ChainVerifier verifier = new ChainVerifier(store, sealer);
        assertTrue(verifier.verify(erasedOne).intact(), () -> verifier.verify(erasedOne).toString());
        assertTrue(verifier.verify(other).intact());
        IntegrityReport all = engine.verifyAll(ComplaintQuery.all(100));
        assertTrue(all.broken().isEmpty(), all::toString);
        assertTrue(engine.verify(erasedOne).intact(), "the engine's own verifier, reconciliation included");
    }

    @Test
    void aTamperedCiphertextAfterErasureIsStillFound() {
        ComplaintId id = registered(engine);
        erase(id);
        ForwardingStore tampered = new ForwardingStore(store) {
            @Override
            public List<SealedEvent> loadSealed(ComplaintId complaint) {
                List<SealedEvent> rows = new ArrayList<>(super.loadSealed(complaint));
                SealedEvent first = rows.get(0);
                String text = EventCodec.encode(first.event());
                int at = text.indexOf("{\"enc\":\"") + 8;
                char c = text.charAt(at);
                String edited = text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1);
                rows.set(0, new SealedEvent(first.sequence(), EventCodec.decode(edited), first.seal(),
                        first.keyVersion()));
                return rows;
            }
        };
        ChainVerdict verdict = new ChainVerifier(tampered, sealer).verify(id);
        assertFalse(verdict.intact(), "an edit of an erased value's ciphertext breaks the chain");
    }

    @Test
    void factsForReportsAreTheSameBeforeAndAfterErasure() {
        ComplaintId id = registered(engine);
        registered(engine);
        List<ComplaintFacts> before = new ArrayList<>();
        FactsSource.scan(store, ComplaintQuery.all(100), before::add);
        erase(id);
        List<ComplaintFacts> after = new ArrayList<>();
        FactsSource.scan(store, ComplaintQuery.all(100), after::add);
        assertEquals(before, after, "reports and statistics read facts that hold no personal data");
        assertEquals(ComplaintFacts.of(engine.hostReads().find(id).orElseThrow(), engine.hostReads().history(id)),
                before.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void erasingAComplaintRegisteredWithoutKeysIsRefusedRatherThanPretended() {
        ComplaintId plainEra = registered(engineWith(null));
        ComplaintId encrypted = registered(engine);
        assertEquals(Fixtures.NAME, registration(engine.hostReads().history(plainEra)).complainant().name().reveal(),
                "a mixed store reads its plain complaints");
        assertEquals(Fixtures.NAME, registration(engine.hostReads().history(encrypted)).complainant().name()
                .reveal());
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> erase(plainEra));
        assertEquals(ErrorCode.PERSONAL_DATA_NOT_ENCRYPTED, refused.code());
        assertEquals("CMP-2281", refused.code().code());
        engine.execute(new AddCaseNote(plainEra, Fixtures.TELLER, Fixtures.key(), NoteKind.INTERVIEW,
                Sensitive.of("later note")));
        assertFalse(EventCodec.encode(store.load(plainEra).get(store.load(plainEra).size() - 1)).contains("\"enc\""),
                "a plain complaint stays plain, never half encrypted");
    }

    @Test
    void aSecondErasureIsRefusedByName() {
        ComplaintId id = registered(engine);
        erase(id);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> erase(id));
        assertEquals(ErrorCode.PERSONAL_DATA_ERASED, refused.code());
        assertEquals("CMP-2282", refused.code().code());
    }

    @Test
    void aHandlerMayNotEraseAndTheKeyStays() {
        ComplaintId id = registered(engine);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                ErasePersonalData.of(id, Fixtures.HANDLER, Fixtures.key(), "PIPL-47", "asked")));
        assertEquals(ErrorCode.ERASURE_NOT_PERMITTED, refused.code());
        assertEquals("CMP-2280", refused.code().code());
        assertEquals(KeyState.PRESENT, keys.find(id.value()).state());
    }

    @Test
    void anErasureUnderALegalHoldIsRefusedWithItsOwnCodeNamingTheHoldAndTheKeyStays() {
        ComplaintId id = registered(engine);
        engine.execute(PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-1", "court order"));
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> erase(id));
        assertEquals(ErrorCode.ERASURE_UNDER_LEGAL_HOLD, refused.code());
        assertEquals("CMP-2287", refused.code().code());
        assertTrue(refused.getMessage().contains("a legal hold stands (LH-1"), refused.getMessage());
        assertEquals(KeyState.PRESENT, keys.find(id.value()).state());
    }

    @Test
    void newPersonalDataOnAnErasedComplaintIsRefused() {
        ComplaintId id = registered(engine);
        erase(id);
        int size = store.load(id).size();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                new AddCaseNote(id, Fixtures.TELLER, Fixtures.key(), NoteKind.INTERVIEW, Sensitive.of("new"))));
        assertEquals(ErrorCode.ERASED_COMPLAINT_TAKES_NO_PERSONAL_DATA, refused.code());
        assertEquals(size, store.load(id).size(), "nothing stored");
    }

    @Test
    void aCiphertextUnderAKeyTheStoreNeverHadIsAStoreErrorNotAnErasure() {
        ComplaintId id = registered(engine);
        ComplaintEngine stranger = engineWith(new InMemoryPersonalDataKeys());
        StoreException failed = assertThrows(StoreException.class, () -> stranger.hostReads().history(id));
        assertEquals(ErrorCode.PERSONAL_DATA_KEY_INVALID, failed.code());
        assertNotEquals(Sensitive.ERASED_MARKER, failed.getMessage());
    }
}
