package org.complaintkit.core.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.CaseNoteAdded;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * For random complaints (random names, contacts, contents and notes): every text stored encrypted decodes and
 * decrypts back to what was given, and once the key is destroyed every text reads erased while every stored row
 * encodes to the text its seal covers and the chain verifies; and after an erasure no stored form (history, outbox,
 * projection) holds any of the complaint's clear texts, whatever notices were queued, delivered or derived later.
 */
class CryptoShreddingProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u9fa5').withChars('\n', '\t', '"', '\\')
                .ofMinLength(1).ofMaxLength(90).filter(s -> !s.isBlank());
    }

    @Property(tries = 60)
    void encryptedTextsRoundTripAndAfterTheKeyIsDestroyedEveryTextReadsErasedAndTheChainVerifies(
            @ForAll("texts") String name, @ForAll("texts") String address, @ForAll("texts") String content,
            @ForAll("texts") String note) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        EventSealer sealer = EventSealer.hmacSha256("property seal key of 32 bytes!!".getBytes(StandardCharsets.UTF_8));
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).sealer(sealer)
                .personalDataKeys(new InMemoryPersonalDataKeys()).discoverPlugins(false).build();
        ComplaintId id = engine.execute(new RegisterComplaint(Fixtures.TELLER, Fixtures.key(),
                new Complainant(CustomerRef.of("CIF1"), Sensitive.of(name), Fixtures.complainant().segment(),
                        Set.of(), ContactPoint.of(ContactMethod.EMAIL, address)),
                Channel.COUNTER, clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.product("CARD")),
                Sensitive.of(content), Sensitive.of("request"), null)).complaintId();
        engine.execute(new AddCaseNote(id, Fixtures.TELLER, Fixtures.key(), NoteKind.INTERVIEW, Sensitive.of(note)));

        List<String> given = List.of(name, address, content, "request", note);
        assertEquals(given, texts(engine.hostReads().history(id)), "decrypted back as given");
        List<String> stored = new ArrayList<>();
        for (ComplaintEvent event : store.load(id)) {
            String text = EventCodec.encode(event);
            assertEquals(text, EventCodec.encode(EventCodec.decode(text)), "the stored form round-trips");
            if (event instanceof ComplaintRegistered || event instanceof CaseNoteAdded) {
                assertTrue(text.contains("{\"enc\":\""), "its texts are stored as ciphertext");
            }
            stored.add(text);
        }

        engine.execute(ErasePersonalData.of(id, CryptoShreddingTest.MANAGER, IdempotencyKey.random(), "PIPL-47",
                "asked"));
        List<ComplaintEvent> after = engine.hostReads().history(id);
        for (String text : texts(after)) {
            assertEquals(Sensitive.ERASED_MARKER, text);
        }
        for (int i = 0; i < stored.size(); i++) {
            assertEquals(stored.get(i), EventCodec.encode(after.get(i)), "an erased text writes its stored form");
        }
        assertTrue(new ChainVerifier(store, sealer).verify(id).intact());
        assertTrue(engine.verify(id).intact());
    }

    @Provide
    Arbitrary<String> personal() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(4).ofMaxLength(40);
    }

    @Property(tries = 40)
    void afterAnErasureNoStoredFormHistoryOutboxOrProjectionHoldsAnyOfTheComplaintsClearTexts(
            @ForAll("personal") String name, @ForAll("personal") String address, @ForAll("personal") String content,
            @ForAll boolean acceptedBefore, @ForAll boolean dispatchedBefore, @ForAll boolean acceptedAfter) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .sealer(EventSealer.hmacSha256("property seal key of 32 bytes!!".getBytes(StandardCharsets.UTF_8)))
                .notifications(NotificationSetup.standard()).personalDataKeys(new InMemoryPersonalDataKeys()).build();
        ComplaintId id = engine.execute(new RegisterComplaint(Fixtures.TELLER, Fixtures.key(),
                new Complainant(CustomerRef.of("CIF1"), Sensitive.of(name), Fixtures.complainant().segment(),
                        Set.of(), ContactPoint.of(ContactMethod.EMAIL, address)),
                Channel.COUNTER, clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.product("CARD")),
                Sensitive.of(content), Sensitive.of("request"), null)).complaintId();
        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        if (acceptedBefore) {
            clock.advance(Duration.ofMinutes(5));
            engine.execute(AcceptComplaint.of(id, Fixtures.TELLER, Fixtures.key()));
        }
        if (dispatchedBefore) {
            dispatch(engine, receiver);
        }
        clock.advance(Duration.ofMinutes(5));
        engine.execute(ErasePersonalData.of(id, CryptoShreddingTest.MANAGER, IdempotencyKey.random(), "PIPL-47",
                "asked"));
        int sentAtErasure = receiver.accepted().size();
        if (acceptedAfter && !acceptedBefore) {
            clock.advance(Duration.ofMinutes(5));
            engine.execute(AcceptComplaint.of(id, Fixtures.TELLER, Fixtures.key()));
        }
        dispatch(engine, receiver);

        for (String form : storedForms(store, id)) {
            for (String clear : List.of(name, address, content)) {
                assertFalse(form.contains(clear), "a stored form holds a clear personal text");
            }
        }
        for (var sent : receiver.arrivals().subList(sentAtErasure, receiver.arrivals().size())) {
            assertFalse(sent.toCustomer(), "nothing goes to the erased contact point");
        }
        assertTrue(engine.verify(id).intact());
        assertEquals(List.of(), engine.verify(id).mismatches());
    }

    private static void dispatch(ComplaintEngine engine, ScriptedReceiver receiver) {
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine).sender(receiver).build()) {
            dispatcher.dispatchDue();
        }
    }

    /** Every form the store keeps: events and notices encoded, each notice's texts and contact as held, the projection. */
    private static List<String> storedForms(InMemoryComplaintStore store, ComplaintId id) {
        List<String> forms = new ArrayList<>();
        for (ComplaintEvent event : store.load(id)) {
            forms.add(EventCodec.encode(event));
        }
        for (OutboxEntry entry : store.outbox(id)) {
            Notification notice = entry.notification();
            forms.add(EventCodec.encodeNotification(notice));
            forms.add(notice.subject() + notice.body() + notice.parameters().values());
            notice.recipients().stream().filter(r -> r.contact() != null && r.contact().address() != null)
                    .forEach(r -> forms.add(r.contact().address().reveal()));
        }
        store.projection(id).ifPresent(p -> forms.add(p.projection().facts()));
        return forms;
    }

    /** The revealed texts of the registration and of each case note, in order. */
    private static List<String> texts(List<ComplaintEvent> history) {
        List<String> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ComplaintRegistered r) {
                out.add(r.registration().complainant().name().reveal());
                out.add(r.registration().complainant().contact().address().reveal());
                out.add(r.registration().content().reveal());
                out.add(r.registration().request().reveal());
            } else if (event instanceof CaseNoteAdded n) {
                out.add(n.text().reveal());
            }
        }
        return out;
    }
}
