package org.complaintkit.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * Well-formed events, index rows, outbox entries and appends for store tests, with the text of each
 * complaint chosen by the caller so that unusual content can be stored and read back.
 */
public final class StoreSamples {
    /** The fingerprint the sample registrations' command records carry, which a store gives back as written. */
    public static final String FINGERPRINT = "0123456789abcdef".repeat(4);

    /** The actor of sample events. */
    public static final Actor CLERK = Actor.staff(StaffId.of("S-1001"), UnitId.of("GD-SZ-FT-001"), Role.RECEIVER);
    /** The instant sample complaints are received at unless told otherwise. */
    public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private StoreSamples() {
    }

    /**
     * A registration event.
     *
     * @param id the complaint
     * @param unit the receiving unit
     * @param customer the complainant's customer reference
     * @param receivedAt when it was received
     * @param content the complaint's text
     * @return the event, sequence 1
     */
    public static ComplaintRegistered registered(ComplaintId id, UnitId unit, CustomerRef customer, Instant receivedAt,
                                                 String content) {
        Complainant complainant = new Complainant(customer, Sensitive.of("张小明 O'Brien"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.EMAIL, "xiaoming@example.cn"));
        Registration registration = new Registration(complainant, Channel.EMAIL, receivedAt, unit,
                List.of(ComplaintSubject.product("DEBIT-CARD")), Sensitive.of(content), Sensitive.of("退款"), null,
                CLERK.staffId(), "CN", false);
        return new ComplaintRegistered(new EventHeader(id, 1, receivedAt, CLERK), registration);
    }

    /**
     * Further events after the registration.
     *
     * @param id the complaint
     * @param fromSequence the first sequence number
     * @param count how many
     * @param at their time
     * @return the events
     */
    public static List<ComplaintEvent> facts(ComplaintId id, long fromSequence, int count, Instant at) {
        List<ComplaintEvent> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new NewFactsRecorded(new EventHeader(id, fromSequence + i, at, CLERK), Sensitive.of("补充材料 " + i)));
        }
        return out;
    }

    /**
     * An index row.
     *
     * @param status the status
     * @param unit the receiving unit
     * @param customer the customer
     * @param receivedAt when received
     * @param nextDue the next due instant, or null
     * @return the row
     */
    public static ComplaintIndex index(ComplaintStatus status, UnitId unit, CustomerRef customer, Instant receivedAt,
                                       Instant nextDue) {
        return new ComplaintIndex(status, unit, null, customer, receivedAt, receivedAt, nextDue);
    }

    /**
     * The append that stores a new complaint, with a command record under a key.
     *
     * @param id the complaint
     * @param content its text
     * @param key the idempotency key
     * @return the append
     */
    public static AppendRequest newComplaint(ComplaintId id, String content, String key) {
        ComplaintRegistered event = registered(id, UnitId.of("GD-SZ-FT-001"), CustomerRef.of("CIF-1"), T0, content);
        return new AppendRequest(id, 0, List.of(event), index(ComplaintStatus.REGISTERED, UnitId.of("GD-SZ-FT-001"),
                CustomerRef.of("CIF-1"), T0, null), new CommandRecord(IdempotencyKey.of(key), id, CommandType.REGISTER, 1, 1,
                FINGERPRINT));
    }

    /**
     * A pending outbox entry for a staff member.
     *
     * @param id the complaint
     * @param sequence the causing event's sequence
     * @param staff the recipient's staff id
     * @param now when derived
     * @return the entry
     */
    public static OutboxEntry notice(ComplaintId id, long sequence, String staff, Instant now) {
        String key = id.value() + "/" + sequence + "/assignment/staff:" + staff;
        Notification n = new Notification(id, "assignment", List.of(Recipient.staff(StaffId.of(staff))), "assignment",
                Map.of("complaint", id.value()), Locale.forLanguageTag("zh-CN"), key, "投诉分派", "投诉 " + id.value() + " 已分派");
        return OutboxEntry.pending(sequence, n, now);
    }
}
