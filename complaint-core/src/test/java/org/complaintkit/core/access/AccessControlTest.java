package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessControlTest {
    static final String NAME = "张小明";
    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "110101199003071234";
    static final String ACCOUNT = "6222021234567890123";
    static final String ADDRESS = "深圳市福田区深南大道1001号";
    static final String CONTENT = "我的身份证" + ID_NUMBER + "，卡号" + ACCOUNT + "，住" + ADDRESS + "，电话" + PHONE
            + "。柜员态度恶劣。";
    static final List<String> SECRETS = List.of(NAME, PHONE, ID_NUMBER, ACCOUNT, ADDRESS, Fixtures.CUSTOMER_NUMBER);
    static final Actor BYSTANDER = Actor.staff(StaffId.of("S-9001"), Fixtures.BRANCH, Role.HANDLER);
    static final Actor MANAGER = Actor.staff(StaffId.of("S-9002"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);

    final MutableClock clock = MutableClock.at("2025-03-03T02:00:00Z");
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();

    ComplaintId register(boolean confidential) {
        Complainant who = new Complainant(CustomerRef.of(Fixtures.CUSTOMER_NUMBER), Sensitive.of(NAME),
                CustomerSegment.ORDINARY, Set.of(), ContactPoint.of(ContactMethod.PHONE, PHONE));
        RegisterComplaint b = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(Fixtures.TELLER, Fixtures.key(), who, b.channel(), clock.instant(),
                Fixtures.OUTLET, List.of(ComplaintSubject.unit(Fixtures.OUTLET), ComplaintSubject.staff(Fixtures.ACCUSED_ID)),
                Sensitive.of(CONTENT), Sensitive.of("要求道歉"), null, null, confidential)).complaintId();
    }

    static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), () -> "'" + secret + "' leaked into: " + text);
        }
    }

    @Test
    void the_staff_member_complained_about_is_refused_every_command_and_the_view_and_each_attempt_is_recorded() {
        ComplaintId id = register(false);
        int attempts = 0;
        for (CommandType type : CommandType.values()) {
            if (type == CommandType.REGISTER) {
                continue;
            }
            ComplaintKitException e = assertThrows(CommandRefusedException.class,
                    () -> engine.execute(Commands.of(type, id, Fixtures.ACCUSED)), type.label());
            assertEquals(ErrorCode.RECUSAL, e.code(), type.label());
            assertNoSecret(e.getMessage());
            attempts++;
        }
        CommandRefusedException view = assertThrows(CommandRefusedException.class, () -> engine.view(id, Fixtures.ACCUSED));
        assertNoSecret(view.getMessage());
        List<ComplaintEvent> history = engine.hostReads().history(id);
        List<AccessDenied> denials = history.stream().filter(e -> e instanceof AccessDenied).map(e -> (AccessDenied) e)
                .toList();
        assertEquals(attempts + 1, denials.size());
        assertTrue(denials.stream().allMatch(d -> d.actor().equals(Fixtures.ACCUSED)));
        assertEquals("view", denials.get(denials.size() - 1).attempted());
    }

    @Test
    void a_bystander_sees_personal_data_masked_in_the_view_its_json_and_its_string() {
        ComplaintView view = engine.view(register(false), BYSTANDER);
        assertNoSecret(view.toJson());
        assertNoSecret(view.toString());
        assertTrue(view.toJson().contains("138****5678"), view.toJson());
        assertTrue(view.toJson().contains("****0123"), "the last four digits of the account stay");
        assertTrue(view.toJson().contains("张**"));
        assertTrue(view.content().contains("柜员态度恶劣"), "the rest of the text stays readable");
        assertFalse(view.rights().personalData());
    }

    @Test
    void confidential_content_is_withheld_from_a_bystander_and_shown_to_the_complaint_manager_and_the_owner() {
        ComplaintId id = register(true);
        assertEquals(ComplaintView.WITHHELD, engine.view(id, BYSTANDER).content());
        assertEquals(CONTENT, engine.view(id, MANAGER).content());
        assertEquals(CONTENT, engine.view(id, Fixtures.TELLER).content(), "the first-contact owner took it down");
        assertFalse(engine.view(id, MANAGER).toString().contains(NAME), "toString never shows personal data");
    }

    @Test
    void a_staff_member_the_host_marks_as_interested_is_recused_too() {
        ComplaintEngine marked = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .access(StandardAccessPolicy.standard().withInterested((staff, c) -> staff.equals(BYSTANDER.staffId())))
                .build();
        ComplaintId id = marked.execute(Fixtures.registration(clock.instant())).complaintId();
        assertEquals(ErrorCode.RECUSAL, assertThrows(CommandRefusedException.class,
                () -> marked.execute(Commands.of(CommandType.ACCEPT, id, BYSTANDER))).code());
        assertEquals(ErrorCode.RECUSAL, assertThrows(CommandRefusedException.class,
                () -> marked.view(id, BYSTANDER)).code());
        marked.view(id, MANAGER);
    }
}
