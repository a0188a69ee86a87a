package org.complaintkit.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.StaffMember;

/** A small bank and a few people for tests. Personal data here is made up and easy to spot in output. */
public final class Fixtures {
    public static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    public static final UnitId BRANCH = UnitId.of("GD-SZ");
    public static final StaffId TELLER_ID = StaffId.of("S-1001");
    public static final StaffId HANDLER_ID = StaffId.of("S-2001");
    public static final StaffId APPROVER_ID = StaffId.of("S-3001");
    public static final StaffId ACCUSED_ID = StaffId.of("S-4001");
    public static final Actor TELLER = Actor.staff(TELLER_ID, OUTLET, Role.RECEIVER);
    public static final Actor HANDLER = Actor.staff(HANDLER_ID, BRANCH, Role.HANDLER);
    public static final Actor APPROVER = Actor.staff(APPROVER_ID, BRANCH, Role.APPROVER);
    public static final Actor ACCUSED = Actor.staff(ACCUSED_ID, OUTLET, Role.HANDLER, Role.APPROVER);

    /** The complainant's name, phone and customer number: none may ever appear in a message or log. */
    public static final String NAME = "张小明";
    public static final String PHONE = "13812345678";
    public static final String CUSTOMER_NUMBER = "CIF88776655";
    public static final String CONTENT = "柜员态度恶劣，排队号过期后拒绝办理大额取现。";

    private static final AtomicLong KEYS = new AtomicLong();

    /** The people above as an organisation directory knows them: active, in their unit, with their roles. */
    public static final List<StaffMember> STAFF = List.of(member(TELLER), member(HANDLER), member(APPROVER),
            member(ACCUSED));

    private static StaffMember member(Actor actor) {
        return StaffMember.active(actor.staffId(), actor.unitId(), actor.roles());
    }

    /**
     * One of the people above as a directory knows them, for test directories: an engine with a directory
     * refuses actors it does not know.
     */
    public static Optional<StaffMember> member(StaffId id) {
        return STAFF.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private Fixtures() {
    }

    public static IdempotencyKey key() {
        return IdempotencyKey.of("k-" + KEYS.incrementAndGet());
    }

    public static Complainant complainant() {
        return new Complainant(CustomerRef.of(CUSTOMER_NUMBER), Sensitive.of(NAME), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, PHONE));
    }

    public static RegisterComplaint registration(Instant receivedAt) {
        return registration(receivedAt, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")));
    }

    public static RegisterComplaint registrationAbout(Instant receivedAt, StaffId accused) {
        return registration(receivedAt, List.of(ComplaintSubject.unit(OUTLET), ComplaintSubject.staff(accused)));
    }

    public static RegisterComplaint registration(Instant receivedAt, List<ComplaintSubject> subjects) {
        return new RegisterComplaint(TELLER, key(), complainant(), Channel.COUNTER, receivedAt, OUTLET, subjects,
                Sensitive.of(CONTENT), Sensitive.of("要求道歉并办理取现"), null);
    }
}
