package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RaiseWithHead;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.TransferOwnership;
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.OwnershipTransferred;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.complaint.Ownership;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第二篇 三.1: "对没有及时处理的，应提示承办人或向承办部门负责人汇报" - the first-contact owner hears of
 * warnings and breaches, urges the handler or raises the complaint with the handling unit's head; the owner can be
 * named at registration and handed on, and whoever owns the complaint now is the one the rules treat as owner.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FirstContactOwnerTest {
    final FirstContactBank bank = new FirstContactBank(b -> b.policies(SlaPolicy.of("reply", "4-hour reply",
            BankProcedures.reply())));

    @Test
    void the_owner_is_told_of_a_warning_and_of_a_breach_as_the_handler_is() {
        ComplaintId id = assigned();

        bank.clock.advance(Duration.ofHours(2));
        bank.engine.tick();
        List<String> warned = bank.notices(id);
        assertTrue(warned.contains("warning->staff:" + Fixtures.TELLER_ID.value()), warned::toString);
        assertTrue(warned.contains("warning->staff:" + Fixtures.HANDLER_ID.value()), warned::toString);

        bank.clock.advance(Duration.ofHours(3));
        bank.engine.tick();
        assertTrue(bank.notices(id).contains("breach->staff:" + Fixtures.TELLER_ID.value()), bank.notices(id)::toString);
    }

    @Test
    void the_owner_raises_a_late_complaint_with_the_handling_units_head_who_is_notified() {
        ComplaintId id = assigned();

        var raised = bank.run(RaiseWithHead.of(id, Fixtures.TELLER, Fixtures.key(), Sensitive.of("客户已第三次来电催问。")));

        RaisedWithHead event = assertInstanceOf(RaisedWithHead.class, raised.events().get(0));
        assertEquals(Fixtures.BRANCH, event.unit());
        assertEquals(Fixtures.APPROVER_ID, event.head(), "the branch's approver heads it");
        assertTrue(bank.notices(id).contains("raised-with-head->staff:" + Fixtures.APPROVER_ID.value()),
                bank.notices(id)::toString);
    }

    @Test
    void only_the_owner_raises_it_and_a_refusal_stores_nothing() {
        ComplaintId id = assigned();
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);

        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> bank.run(
                RaiseWithHead.of(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("汇报"))));
        assertEquals(ErrorCode.NOT_FIRST_CONTACT_OWNER, refused.code());
        assertEquals(before, bank.engine.hostReads().history(id));
    }

    @Test
    void the_host_names_the_outlet_head_as_owner_at_registration() {
        var registered = bank.run(registration(FirstContactBank.OUTLET_HEAD.staffId(), List.of(
                ComplaintSubject.product("CASH-WITHDRAWAL"))));

        assertEquals(FirstContactBank.OUTLET_HEAD.staffId(), registered.state().registration().firstContactOwner());
        assertEquals(Fixtures.TELLER, registered.events().get(0).actor(), "the teller registered it");
    }

    @Test
    void a_named_owner_the_directory_does_not_know_or_whom_the_complaint_is_about_is_refused_with_every_reason() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> bank.run(registration(
                StaffId.of("S-0000"), List.of(ComplaintSubject.product("CASH-WITHDRAWAL")))));
        assertEquals(List.of(ErrorCode.UNKNOWN_STAFF), unknown.violations().stream().map(Violation::code).toList());

        InvalidInputException accused = assertThrows(InvalidInputException.class, () -> bank.run(registration(
                Fixtures.ACCUSED_ID, List.of(ComplaintSubject.staff(Fixtures.ACCUSED_ID)))));
        assertEquals(List.of("firstContactOwner"), accused.violations().stream().map(Violation::path).toList());
        assertEquals(ErrorCode.RECUSAL, accused.code());
    }

    @Test
    void after_a_transfer_the_new_owner_is_the_owner_for_access_urging_raising_and_notices() {
        ComplaintId id = assigned();

        var transferred = bank.run(TransferOwnership.of(id, Fixtures.TELLER, Fixtures.key(),
                FirstContactBank.OUTLET_HEAD.staffId(), Sensitive.of("柜员调岗")));

        OwnershipTransferred event = assertInstanceOf(OwnershipTransferred.class, transferred.events().get(0));
        assertEquals(Fixtures.TELLER_ID, event.from());
        assertEquals(FirstContactBank.OUTLET_HEAD.staffId(), event.to());
        List<ComplaintEvent> history = bank.engine.hostReads().history(id);
        assertEquals(FirstContactBank.OUTLET_HEAD.staffId(), Ownership.currentOwner(history));
        assertEquals(Fixtures.TELLER_ID, Ownership.currentOwner(history.subList(0, 1)), "the registration keeps the first");

        assertTrue(fullView(id, FirstContactBank.OUTLET_HEAD), "the new owner reads the complaint in full");
        assertFalse(fullView(id, Fixtures.TELLER), "the former owner reads it masked");
        assertEquals(ErrorCode.URGE_NOT_ALLOWED, assertThrows(CommandRefusedException.class, () -> bank.run(
                UrgeHandler.of(id, Fixtures.TELLER, Fixtures.key()))).code());
        assertEquals(ErrorCode.NOT_FIRST_CONTACT_OWNER, assertThrows(CommandRefusedException.class, () -> bank.run(
                RaiseWithHead.of(id, Fixtures.TELLER, Fixtures.key(), Sensitive.of("汇报")))).code());
        bank.run(UrgeHandler.of(id, FirstContactBank.OUTLET_HEAD, Fixtures.key()));

        bank.clock.advance(Duration.ofHours(2));
        bank.engine.tick();
        List<String> warned = bank.notices(id);
        assertTrue(warned.contains("warning->staff:" + FirstContactBank.OUTLET_HEAD.staffId().value()), warned::toString);
        assertFalse(warned.contains("warning->staff:" + Fixtures.TELLER_ID.value()), warned::toString);
    }

    @Test
    void a_transfer_by_another_to_the_owner_or_to_a_person_complained_about_is_refused() {
        ComplaintId id = bank.run(Fixtures.registrationAbout(bank.clock.instant(), Fixtures.ACCUSED_ID)).complaintId();

        assertEquals(ErrorCode.NOT_FIRST_CONTACT_OWNER, transferRefused(id, Fixtures.HANDLER, Fixtures.APPROVER_ID));
        assertEquals(ErrorCode.OWNER_UNCHANGED, transferRefused(id, Fixtures.TELLER, Fixtures.TELLER_ID));
        assertEquals(ErrorCode.RECUSAL, transferRefused(id, Fixtures.TELLER, Fixtures.ACCUSED_ID));
        assertEquals(ErrorCode.UNKNOWN_STAFF, assertThrows(InvalidInputException.class, () -> bank.run(
                TransferOwnership.of(id, Fixtures.TELLER, Fixtures.key(), StaffId.of("S-0000"), Sensitive.of("调岗"))))
                .code());
        assertEquals(Fixtures.TELLER_ID, bank.engine.hostReads().find(id).orElseThrow().registration().firstContactOwner());
        // The complaint-management unit may hand the ownership on.
        bank.run(TransferOwnership.of(id, FirstContactBank.MANAGER, Fixtures.key(), Fixtures.APPROVER_ID,
                Sensitive.of("网点撤并")));
        assertEquals(Fixtures.APPROVER_ID, bank.engine.hostReads().find(id).orElseThrow().registration()
                .firstContactOwner());
    }

    private ErrorCode transferRefused(ComplaintId id, Actor by, StaffId to) {
        return assertThrows(CommandRefusedException.class, () -> bank.run(TransferOwnership.of(id, by, Fixtures.key(),
                to, Sensitive.of("调岗")))).code();
    }

    private boolean fullView(ComplaintId id, Actor reader) {
        return bank.engine.view(id, reader).complainantName().equals(Fixtures.NAME);
    }

    private ComplaintId assigned() {
        ComplaintId id = bank.lodge();
        bank.run(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        bank.assign(id);
        return id;
    }

    private RegisterComplaint registration(StaffId owner, List<ComplaintSubject> subjects) {
        return RegisterComplaint.builder(Fixtures.TELLER, Fixtures.key()).complainant(Fixtures.complainant())
                .channel(Channel.COUNTER).receivedAt(bank.clock.instant()).receivingUnit(Fixtures.OUTLET)
                .subjects(subjects).content(Fixtures.CONTENT).request("要求道歉").firstContactOwner(owner).build();
    }
}
