package org.complaintkit.spi.storage.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The stored names and revisions: one entry for every type the codec writes at top level, names that do not
 * follow Java renames, revisions that are read through their upcasters. The stored bytes themselves are held
 * by the golden file test in complaint-core.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredTypeTest {
    /** Every name a row was ever stored under; each must go on naming a type, whatever the classes are called. */
    private static final List<String> EVER_STORED = List.of("ComplaintRegistered", "ClockChanged",
            "ComplaintAccepted", "ComplaintNotAccepted", "ComplaintAssigned", "InvestigationStarted", "HandlingPaused",
            "HandlingResumed", "ResolutionProposed", "ResolutionApproved", "ResolutionSentBack", "CustomerResponded",
            "SatisfactionRecorded", "ReinvestigationStarted", "ComplaintClosed", "ComplaintWithdrawn",
            "ReviewRequested", "ReviewConcluded", "ReferredExternally", "ExternalOutcomeRecorded", "ComplaintMerged",
            "NewFactsRecorded", "DeadlineExtended", "ComplaintClassified", "ClassOverridden", "ComplaintLinked",
            "ComplaintEscalated", "AccessDenied", "HandlerUrged", "EmergencyPaymentMade", "ResolutionConcurred",
            "NoticeDelivered", "NoticeFailed", "NoticeRequeued", "RootCauseLinked", "RemediationCompleted",
            "TypicalCaseMarked", "Notification", "CaseNoteAdded", "EvidenceAttached", "CustomerContacted",
            "InterimReplySent", "InternalReportMade");

    private static final Actor HANDLER = Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.HANDLER);
    private static final NewFactsRecorded FACTS = new NewFactsRecorded(new EventHeader(ComplaintId.of("C-1"), 2,
            Instant.parse("2026-03-02T01:30:00Z"), HANDLER), Sensitive.of("新的事实"));

    /** The codec's table with one entry replaced. */
    private static List<StoredType> with(StoredType replacement) {
        List<StoredType> types = new ArrayList<>(StoredType.all());
        types.replaceAll(t -> t.javaType() == replacement.javaType() ? replacement : t);
        return types;
    }

    @Test
    void every_permitted_event_type_and_the_notification_have_exactly_one_entry() {
        Set<Class<?>> expected = new HashSet<>(Arrays.asList(ComplaintEvent.class.getPermittedSubclasses()));
        expected.add(Notification.class);
        List<Class<?>> listed = StoredType.all().stream().<Class<?>>map(StoredType::javaType).toList();
        assertEquals(listed.size(), new HashSet<>(listed).size(), "a type listed twice: " + listed);
        Set<Class<?>> missing = new HashSet<>(expected);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), () -> "these types have no stored name; give each an entry in StoredType: "
                + missing.stream().map(Class::getSimpleName).sorted().toList());
        assertEquals(expected, new HashSet<>(listed));
        for (Class<?> type : expected) {
            assertEquals(type, StoredType.of(type).javaType());
        }
    }

    @Test
    void no_two_types_share_a_stored_name_and_every_name_ever_stored_still_names_a_type() {
        Set<String> names = StoredType.all().stream().map(StoredType::name).collect(Collectors.toSet());
        assertEquals(StoredType.all().size(), names.size());
        for (String name : EVER_STORED) {
            assertTrue(StoredType.named(name).isPresent(), name + " was stored and must stay readable");
        }
        assertTrue(StoredType.named("NoSuchEvent").isEmpty());
    }

    @Test
    void an_event_is_stored_under_its_entry_name_and_revision_one_writes_no_revision() {
        String json = EventCodec.encode(FACTS);
        assertTrue(json.startsWith("{\"@type\":\"NewFactsRecorded\",\"header\":{"), json);
        assertFalse(json.contains("@rev"), json);
        assertEquals("NewFactsRecorded", EventCodec.typeOf(FACTS));
    }

    @Test
    void the_table_of_stored_field_names_names_real_components_and_no_stored_name_twice() {
        for (Map.Entry<Class<?>, Map<String, String>> entry : StoredType.FIELD_NAMES.entrySet()) {
            Class<?> type = entry.getKey();
            assertTrue(type.isRecord(), type.getName());
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toSet());
            assertTrue(components.containsAll(entry.getValue().keySet()), type.getName() + " " + entry.getValue());
            Set<String> stored = new HashSet<>();
            for (String component : components) {
                String name = entry.getValue().getOrDefault(component, component);
                assertFalse(name.startsWith("@"), name);
                assertTrue(stored.add(name), type.getName() + " stores two components as " + name);
            }
        }
    }

    @Test
    void a_renamed_component_keeps_the_stored_name_the_table_gives_it() {
        EventCodec.Form form = new EventCodec.Form(StoredType.all(), Map.of(NewFactsRecorded.class,
                Map.of("facts", "details")));
        String json = form.encode(FACTS);
        assertTrue(json.contains("\"details\":{\"value\":\"新的事实\"}") && !json.contains("\"facts\""), json);
        assertEquals(FACTS, form.decode(json));
        assertEquals(EventCodec.encode(FACTS).replace("\"facts\"", "\"details\""), json, "nothing else changes");
    }

    @Test
    void a_type_at_revision_two_writes_its_revision_and_reads_revision_one_through_its_upcaster() {
        String revisionOne = EventCodec.encode(FACTS).replace("\"facts\"", "\"fax\"");
        EventCodec.Form form = new EventCodec.Form(with(StoredType.event(NewFactsRecorded.class, "NewFactsRecorded", 2,
                members -> {
                    members.put("facts", members.remove("fax"));
                    return members;
                })), Map.of());
        assertEquals(FACTS, form.decode(revisionOne));
        String revisionTwo = form.encode(FACTS);
        assertTrue(revisionTwo.startsWith("{\"@type\":\"NewFactsRecorded\",\"@rev\":2,\"header\":{"), revisionTwo);
        assertEquals(FACTS, form.decode(revisionTwo));
        assertEquals(revisionTwo, form.encode(form.decode(revisionTwo)), "canonical");
    }

    @Test
    void only_the_text_the_codec_writes_is_canonical_though_more_text_decodes() {
        String json = EventCodec.encode(FACTS);
        assertTrue(EventCodec.isCanonical(json));
        List<String> decodable = List.of(
                json.replace("\"header\":", "\"approvedBy\":\"S-9999\",\"header\":"),
                json.replace("\"facts\":", "\"facts\": "),
                json + "\n",
                json.substring(0, json.length() - 1) + ",\"facts\":{\"value\":\"新的事实\"}}",
                json.replace("\"@type\":\"NewFactsRecorded\",", "\"@type\":\"NewFactsRecorded\",\"@type\":"
                        + "\"NewFactsRecorded\","));
        for (String text : decodable) {
            assertEquals(FACTS, EventCodec.decode(text), text);
            assertFalse(EventCodec.isCanonical(text), text);
        }
        assertFalse(EventCodec.isCanonical("{\"@type\":\"Nothing\"}"));
        assertFalse(EventCodec.isCanonical("not json"));
    }

    @Test
    void text_of_an_older_revision_is_canonical_if_it_reads_since_its_seal_covers_it_as_stored() {
        String revisionOne = EventCodec.encode(FACTS).replace("\"facts\"", "\"fax\"");
        EventCodec.Form form = new EventCodec.Form(with(StoredType.event(NewFactsRecorded.class, "NewFactsRecorded", 2,
                members -> {
                    members.put("facts", members.remove("fax"));
                    return members;
                })), Map.of());
        assertTrue(form.isCanonical(revisionOne), "this version no longer writes it, but it wrote it");
        assertTrue(form.isCanonical(form.encode(FACTS)));
        assertFalse(form.isCanonical(form.encode(FACTS).replace("\"header\":", "\"x\":1,\"header\":")));
    }

    @Test
    void text_of_a_revision_this_version_does_not_know_is_a_store_failure() {
        String json = EventCodec.encode(FACTS);
        for (String rev : List.of("2", "1", "0", "\"2\"", "null")) {
            String text = json.replace("\"NewFactsRecorded\",", "\"NewFactsRecorded\",\"@rev\":" + rev + ",");
            StoreException e = assertThrows(StoreException.class, () -> EventCodec.decode(text), text);
            assertEquals(ErrorCode.STORE_FAILURE, e.code());
        }
        StoreException newer = assertThrows(StoreException.class, () -> EventCodec.decode(
                json.replace("\"NewFactsRecorded\",", "\"NewFactsRecorded\",\"@rev\":2,")));
        assertTrue(newer.getMessage().contains("newer than this version reads"), newer.getMessage());
    }

    @Test
    void a_notification_carries_no_type_and_writes_its_revision_first_once_it_has_one() {
        Notification notice = new Notification(ComplaintId.of("C-1"), "ACKNOWLEDGEMENT",
                List.of(Recipient.staff(StaffId.of("S-2001"))), "ack", Map.of("b", "2", "a", "1"),
                Locale.forLanguageTag("zh-CN"), "C-1/ack", "subject", "body");
        String today = EventCodec.encodeNotification(notice);
        assertTrue(today.startsWith("{\"complaintId\":{\"value\":\"C-1\"},\"type\":"), today);
        EventCodec.Form form = new EventCodec.Form(with(new StoredType(Notification.class, "Notification", 2,
                List.of(members -> members))), Map.of());
        String revisionTwo = form.encodeNotification(notice);
        assertEquals("{\"@rev\":2," + today.substring(1), revisionTwo);
        assertEquals(notice, form.decodeNotification(revisionTwo));
        assertEquals(notice, form.decodeNotification(today), "revision one, upcast");
        assertThrows(StoreException.class, () -> EventCodec.decodeNotification(revisionTwo));
    }

    @Test
    void a_type_without_an_entry_cannot_be_stored_and_its_name_cannot_be_read() {
        List<StoredType> without = new ArrayList<>(StoredType.all());
        without.removeIf(t -> t.javaType() == ComplaintAccepted.class);
        EventCodec.Form form = new EventCodec.Form(without, Map.of());
        ComplaintAccepted accepted = new ComplaintAccepted(FACTS.header());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> form.encode(accepted));
        assertTrue(e.getMessage().contains("StoredType"), e.getMessage());
        assertThrows(StoreException.class, () -> form.decode(EventCodec.encode(accepted)));
        assertThrows(StoreException.class, () -> EventCodec.decode(EventCodec.encode(FACTS)
                .replace("\"NewFactsRecorded\"", "\"Notification\"")), "a notification is not an event");
    }
}
