package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.notification.Audience;
import org.complaintkit.core.notification.NoticeTemplate;
import org.complaintkit.core.notification.NoticeTemplates;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.core.notification.NotificationRule;
import org.complaintkit.core.notification.NotificationRules;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationOutboxTest {
    final NoticeBank bank = new NoticeBank();

    @Test
    void accepting_a_complaint_puts_the_acknowledgement_in_the_outbox_in_the_same_append() {
        ComplaintId id = bank.lodge();
        assertEquals(List.of(), bank.engine.hostReads().outbox(id), "registration notifies no one by the standard rules");
        bank.move(id, CommandType.ACCEPT);
        List<OutboxEntry> outbox = bank.engine.hostReads().outbox(id);
        assertEquals(1, outbox.size());
        OutboxEntry ack = outbox.get(0);
        assertEquals(NoticeTypes.ACKNOWLEDGEMENT, ack.notification().type());
        assertEquals(OutboxStatus.PENDING, ack.status());
        long acceptedAt = bank.engine.hostReads().history(id).stream()
                .filter(e -> e instanceof org.complaintkit.api.event.ComplaintAccepted).findFirst().orElseThrow().sequence();
        assertEquals(acceptedAt, ack.sourceSequence());
        assertEquals(id.value() + "/" + acceptedAt + "/acknowledgement/customer", ack.dedupeKey());
        assertEquals(Locale.forLanguageTag("zh-CN"), ack.notification().locale());
        assertTrue(ack.notification().body().contains(Fixtures.NAME), "the customer's own notice names them");
        assertTrue(ack.notification().subject().contains(id.value()));
    }

    @Test
    void a_written_decision_notifies_the_customer_and_tells_the_first_contact_owner_the_result() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.SMS));
        Notification decision = find(id, NoticeTypes.DECISION, "customer");
        assertTrue(decision.body().contains("经核实，柜员未按规定办理"), "facts");
        assertTrue(decision.body().contains("《商业银行法》第二十九条"), "basis");
        assertTrue(decision.body().contains("申请核查"), "remedies from the template's standard wording");
        assertEquals(ContactMethod.SMS, decision.recipients().get(0).contact().method());
        assertEquals(Fixtures.PHONE, decision.recipients().get(0).contact().address().reveal(),
                "an SMS goes to the phone number on record");
        Notification result = find(id, NoticeTypes.RESULT, "staff:" + Fixtures.TELLER_ID.value());
        assertTrue(result.body().contains("sms"));
    }

    @Test
    void a_decision_given_by_phone_is_itself_the_notice_and_sends_no_letter() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.PHONE));
        assertTrue(bank.types(id).stream().noneMatch(t -> t.startsWith("decision")), bank.types(id).toString());
        assertTrue(bank.types(id).contains("result->staff:" + Fixtures.TELLER_ID.value()));
    }

    @Test
    void the_first_contact_owner_is_told_of_every_handover_and_of_the_result() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id, () -> {
            bank.clock.advance(Duration.ofHours(1));
            bank.engine.execute(new org.complaintkit.api.command.AssignComplaint(id, NoticeBank.MANAGER, Fixtures.key(),
                    org.complaintkit.api.complaint.HandlingUnit.of(org.complaintkit.api.organisation.UnitId.of("GD")),
                    List.of(), Fixtures.HANDLER_ID));
        });
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.EMAIL));
        String owner = "staff:" + Fixtures.TELLER_ID.value();
        long handovers = bank.types(id).stream().filter(t -> t.equals("handover->" + owner)).count();
        assertEquals(2, handovers, "two assignments, two handover notices: " + bank.types(id));
        assertTrue(bank.types(id).contains("result->" + owner));
        Notification second = bank.engine.hostReads().outbox(id).stream().map(OutboxEntry::notification)
                .filter(n -> n.type().equals(NoticeTypes.HANDOVER)).reduce((a, b) -> b).orElseThrow();
        assertTrue(second.body().contains("GD"), second.body());
    }

    @Test
    void an_escalation_tells_the_unit_above_and_the_first_contact_owner() {
        org.complaintkit.spi.organisation.OrganisationDirectory directory = new org.complaintkit.spi.organisation.OrganisationDirectory() {
            @Override
            public Optional<org.complaintkit.spi.organisation.OrgUnit> unit(org.complaintkit.api.organisation.UnitId unit) {
                return Optional.of(unit.equals(Fixtures.OUTLET)
                        ? new org.complaintkit.spi.organisation.OrgUnit(unit, "outlet",
                                org.complaintkit.spi.organisation.UnitLevel.OUTLET, Fixtures.BRANCH)
                        : new org.complaintkit.spi.organisation.OrgUnit(unit, "branch",
                                org.complaintkit.spi.organisation.UnitLevel.HEAD_OFFICE, null));
            }

            @Override
            public Optional<org.complaintkit.spi.organisation.StaffMember> staff(org.complaintkit.api.organisation.StaffId staff) {
                return Fixtures.member(staff);
            }
        };
        NoticeBank withTree = new NoticeBank(NotificationSetup.standard(), b -> b.organisation(directory));
        ComplaintId id = withTree.lodge();
        withTree.move(id, CommandType.ACCEPT);
        withTree.engine.execute(new EscalateComplaint(id, Fixtures.HANDLER, Fixtures.key(),
                EscalationTrigger.HANDLER_REQUEST, Sensitive.of("客户情绪激动")));
        assertTrue(withTree.types(id).contains("escalation->unit:" + Fixtures.BRANCH.value()), withTree.types(id).toString());
        assertTrue(withTree.types(id).contains("handover->staff:" + Fixtures.TELLER_ID.value()));
    }

    @Test
    void the_person_complained_about_is_never_notified_even_as_first_contact_owner() {
        RegisterComplaint aboutTheTeller = new RegisterComplaint(Fixtures.ACCUSED, Fixtures.key(), Fixtures.complainant(),
                Channel.COUNTER, bank.clock.instant(), Fixtures.OUTLET,
                List.of(ComplaintSubject.unit(Fixtures.OUTLET), ComplaintSubject.staff(Fixtures.ACCUSED_ID)),
                Sensitive.of(Fixtures.CONTENT), Sensitive.of("要求道歉"), null);
        ComplaintId id = bank.lodge(aboutTheTeller);
        bank.readyToRespond(id);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.SMS));
        assertTrue(bank.types(id).stream().noneMatch(t -> t.endsWith(Fixtures.ACCUSED_ID.value())), bank.types(id).toString());
        assertTrue(bank.types(id).contains("decision->customer"));
    }

    @Test
    void the_desk_of_a_unit_the_complaint_is_about_is_not_told_of_it() {
        RegisterComplaint aboutTheBranch = new RegisterComplaint(Fixtures.TELLER, Fixtures.key(), Fixtures.complainant(),
                Channel.COUNTER, bank.clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.unit(Fixtures.BRANCH)),
                Sensitive.of(Fixtures.CONTENT), Sensitive.of("要求道歉"), null);
        ComplaintId id = bank.lodge(aboutTheBranch);
        bank.readyToRespond(id);
        assertTrue(bank.types(id).stream().noneMatch(t -> t.endsWith("unit:" + Fixtures.BRANCH.value())),
                bank.types(id).toString());
        assertTrue(bank.types(id).contains(NoticeTypes.ASSIGNMENT + "->staff:" + Fixtures.HANDLER_ID.value()),
                "the handler is still told: " + bank.types(id));
    }

    @Test
    void a_unit_desk_gets_the_notice_with_the_customer_masked_and_the_content_withheld() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id);
        Notification desk = find(id, NoticeTypes.ASSIGNMENT, "unit:" + Fixtures.BRANCH.value());
        assertFalse(desk.body().contains(Fixtures.NAME), desk.body());
        assertFalse(desk.body().contains("柜员态度恶劣"));
        assertTrue(desk.body().contains("[withheld]"));
        Notification handler = find(id, NoticeTypes.ASSIGNMENT, "staff:" + Fixtures.HANDLER_ID.value());
        assertTrue(handler.body().contains(Fixtures.NAME), "the handler has the right to see the customer");
    }

    @Test
    void staff_notices_mask_personal_data_by_the_access_policys_rules() {
        AccessPolicy onlyManagersSeeAll = new AccessPolicy() {
            @Override
            public Optional<Violation> check(Actor actor, ComplaintState complaint, Permission permission) {
                return StandardAccessPolicy.standard().check(actor, complaint, permission);
            }

            @Override
            public ViewRights rights(Actor actor, ComplaintState complaint) {
                return actor.has(Role.COMPLAINT_MANAGER) ? ViewRights.FULL : ViewRights.MASKED;
            }
        };
        NoticeBank strict = new NoticeBank(NotificationSetup.standard(), b -> b.access(onlyManagersSeeAll));
        RegisterComplaint withPersonalData = new RegisterComplaint(Fixtures.TELLER, Fixtures.key(), Fixtures.complainant(),
                Channel.COUNTER, strict.clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.unit(Fixtures.OUTLET)),
                Sensitive.of("我的手机13812345678，账户6222020200112233445被错误扣款"), Sensitive.of("退款"), null);
        ComplaintId id = strict.lodge(withPersonalData);
        strict.readyToRespond(id);
        Notification handler = strict.engine.hostReads().outbox(id).stream().map(OutboxEntry::notification)
                .filter(n -> n.type().equals(NoticeTypes.ASSIGNMENT) && n.recipients().get(0).key().startsWith("staff:"))
                .findFirst().orElseThrow();
        assertFalse(handler.body().contains("13812345678"), handler.body());
        assertFalse(handler.body().contains("6222020200112233445"), handler.body());
        assertFalse(handler.body().contains(Fixtures.NAME), handler.body());
        assertTrue(handler.body().contains("扣款"), "the complaint itself is still told");
    }

    @Test
    void free_text_notice_parameters_are_masked_for_staff_without_the_right_to_personal_data() {
        AccessPolicy onlyManagersSeeAll = new AccessPolicy() {
            @Override
            public Optional<Violation> check(Actor actor, ComplaintState complaint, Permission permission) {
                return StandardAccessPolicy.standard().check(actor, complaint, permission);
            }

            @Override
            public ViewRights rights(Actor actor, ComplaintState complaint) {
                return actor.has(Role.COMPLAINT_MANAGER) ? ViewRights.FULL : ViewRights.MASKED;
            }
        };
        NoticeBank strict = new NoticeBank(NotificationSetup.standard(), b -> b.access(onlyManagersSeeAll));
        ComplaintId id = strict.lodge();
        strict.readyToRespond(id);
        strict.engine.execute(new org.complaintkit.api.command.RespondToCustomer(id, Fixtures.HANDLER, Fixtures.key(),
                Sensitive.of("经核实，" + Fixtures.NAME + "所述属实。"),
                Sensitive.of("张先生提供的身份证110101199003071234与留存一致"),
                Sensitive.of("已致电" + Fixtures.PHONE + "并向" + Fixtures.NAME + "致歉"), ContactMethod.SMS));
        Notification result = find(strict, id, NoticeTypes.RESULT, "staff:" + Fixtures.TELLER_ID.value());
        for (String name : List.of("facts", "basis", "measures")) {
            String value = result.parameters().get(name);
            assertFalse(value.contains(Fixtures.NAME) || value.contains("张先生"), name + ": " + value);
            assertFalse(value.contains(Fixtures.PHONE) || value.contains("110101199003071234"), name + ": " + value);
        }
        assertTrue(result.parameters().get("measures").contains("致歉"), "the rest stays readable");
        Notification decision = find(strict, id, NoticeTypes.DECISION, "customer");
        assertTrue(decision.parameters().get("measures").contains(Fixtures.PHONE), "the customer's own notice is whole");
    }

    @Test
    void a_decision_without_remedies_is_refused_and_nothing_is_stored() {
        List<NoticeTemplate> noRemedies = NoticeTemplates.parse("no-remedies.templates", """
                locale = zh-CN
                decision.subject = 处理结果 {complaint}
                decision.body = {facts}\\n{basis}\\n{remedies}
                decision.required = facts, basis, remedies
                """);
        NotificationSetup setup = NotificationSetup.standard()
                .withTemplates(NoticeTemplates.standard().with(NoticeTemplates.of(noRemedies)));
        NoticeBank strict = new NoticeBank(setup, b -> b);
        ComplaintId id = strict.lodge();
        strict.readyToRespond(id);
        int before = strict.engine.hostReads().history(id).size();
        int outboxBefore = strict.engine.hostReads().outbox(id).size();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> strict.engine.execute(NoticeBank.respond(id, ContactMethod.SMS)));
        assertTrue(refused.has(ErrorCode.NOTICE_INCOMPLETE));
        assertEquals(List.of("notice.decision.remedies"), refused.violations().stream().map(Violation::path).toList());
        assertEquals(before, strict.engine.hostReads().history(id).size(), "the response is not recorded");
        assertEquals(outboxBefore, strict.engine.hostReads().outbox(id).size());
        assertFalse(refused.getMessage().contains("经核实"), "the message holds no content");
    }

    @Test
    void a_decision_notice_without_facts_or_basis_is_refused() {
        NotificationSetup setup = NotificationSetup.standard().withRules(NotificationRules.standard()
                .with(NotificationRule.on(ResolutionApproved.class, NoticeTypes.DECISION, Audience.CUSTOMER)));
        NoticeBank early = new NoticeBank(setup, b -> b);
        ComplaintId id = early.lodge();
        early.clock.advance(Duration.ofHours(1));
        early.engine.execute(org.complaintkit.testkit.Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        early.move(id, CommandType.ASSIGN, CommandType.START_INVESTIGATION);
        early.clock.advance(Duration.ofHours(1));
        early.engine.execute(org.complaintkit.testkit.Commands.of(CommandType.PROPOSE_RESOLUTION, id, Fixtures.HANDLER,
                Fixtures.key(), new org.complaintkit.testkit.Commands.Payload(
                        org.complaintkit.api.complaint.Money.of("20000", "CNY"), null, null, null, "complex", null)));
        ComplaintKitException refused = assertThrows(ComplaintKitException.class, () -> early.engine.execute(
                org.complaintkit.testkit.Commands.of(CommandType.APPROVE_RESOLUTION, id, Fixtures.APPROVER)));
        assertEquals(Set.of("notice.decision.facts", "notice.decision.basis"),
                Set.copyOf(refused.violations().stream().map(Violation::path).toList()));
    }

    @Test
    void an_extension_notice_carries_the_reason_and_the_new_date() {
        ComplaintId id = bank.lodge();
        bank.move(id, CommandType.ACCEPT);
        bank.engine.execute(new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), ChinaCbirc.DECISION, "complex",
                Sensitive.of("需调取异地网点监控录像"), ContactMethod.SMS));
        Notification extension = find(id, NoticeTypes.EXTENSION, "customer");
        assertTrue(extension.body().contains("需调取异地网点监控录像"));
        assertTrue(extension.body().contains("2026-04-01"), "30 days counted from the day after receipt, 2 March, end on 1 April: "
                + extension.body());
    }

    @Test
    void an_extension_whose_new_date_lies_beyond_the_calendar_is_refused_since_the_customer_cannot_be_told_it() {
        org.complaintkit.api.sla.ClockDefinition reply = org.complaintkit.api.sla.ClockDefinition.builder("reply")
                .description("reply within 5 working days").startsAt(org.complaintkit.api.sla.Milestone.RECEIVED)
                .stopsAt(org.complaintkit.api.sla.Milestone.RESPONDED)
                .target(new org.complaintkit.api.sla.ClockTarget.WorkingDays(5))
                .extension(new org.complaintkit.api.sla.ExtensionTier("complex",
                        new org.complaintkit.api.sla.ClockTarget.WorkingDays(30), null, true)).build();
        NoticeBank late = new NoticeBank(NotificationSetup.standard(), b -> b.clocks(reply));
        late.clock.advance(Duration.between(late.clock.instant(), NoticeBank.at("2026-12-10T10:00")));
        ComplaintId id = late.lodge();
        late.move(id, CommandType.ACCEPT);
        int before = late.engine.hostReads().history(id).size();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> late.engine.execute(
                new ExtendDeadline(id, Fixtures.HANDLER, Fixtures.key(), "reply", "complex",
                        Sensitive.of("需调取监控"), ContactMethod.SMS)));
        assertEquals(List.of("notice.extension.newDeadline"), refused.violations().stream().map(Violation::path).toList(),
                "30 working days from 10 December 2026 lie beyond the calendar's end, so no date can be promised");
        assertEquals(before, late.engine.hostReads().history(id).size());
    }

    @Test
    void a_clock_that_outlives_the_calendar_tells_the_handling_unit_once() {
        org.complaintkit.api.sla.ClockDefinition reply = org.complaintkit.api.sla.ClockDefinition.builder("reply")
                .description("reply within 5 working days").startsAt(org.complaintkit.api.sla.Milestone.RECEIVED)
                .stopsAt(org.complaintkit.api.sla.Milestone.RESPONDED)
                .target(new org.complaintkit.api.sla.ClockTarget.WorkingDays(5)).build();
        NoticeBank late = new NoticeBank(NotificationSetup.standard(), b -> b.clocks(reply));
        late.clock.advance(Duration.between(late.clock.instant(), NoticeBank.at("2026-12-28T10:00")));
        ComplaintId id = late.lodge();
        late.move(id, CommandType.ACCEPT, CommandType.ASSIGN);
        late.clock.advance(Duration.between(late.clock.instant(), NoticeBank.at("2027-01-01T00:00")));
        late.engine.tick();
        late.clock.advance(Duration.ofHours(9));
        late.engine.tick();
        List<Notification> ended = late.engine.hostReads().outbox(id).stream().map(OutboxEntry::notification)
                .filter(n -> n.type().equals(NoticeTypes.CALENDAR_END)).toList();
        assertEquals(List.of("unit:GD-SZ"), ended.stream().map(n -> n.recipients().get(0).key()).toList(),
                "the unit's complaint desk (no handler is named yet), once: " + late.types(id));
        assertTrue(ended.get(0).subject().contains("时限无法确定"), ended.get(0).subject());
    }

    @Test
    void a_customer_in_hong_kong_gets_traditional_chinese_and_one_abroad_english() {
        ComplaintId hk = bank.lodge(withJurisdiction("HK"));
        ComplaintId gb = bank.lodge(withJurisdiction("GB"));
        bank.move(hk, CommandType.ACCEPT);
        bank.move(gb, CommandType.ACCEPT);
        assertTrue(find(hk, NoticeTypes.ACKNOWLEDGEMENT, "customer").subject().contains("投訴受理"));
        assertTrue(find(gb, NoticeTypes.ACKNOWLEDGEMENT, "customer").subject().startsWith("We have received"));
    }

    @Test
    void a_notice_never_shows_its_text_in_toString() {
        ComplaintId id = bank.lodge();
        bank.move(id, CommandType.ACCEPT);
        OutboxEntry ack = bank.engine.hostReads().outbox(id).get(0);
        for (String shown : List.of(ack.toString(), ack.notification().toString(), ack.notification().recipients().toString())) {
            assertFalse(shown.contains(Fixtures.NAME), shown);
            assertFalse(shown.contains(Fixtures.PHONE), shown);
        }
    }

    @Test
    void an_engine_without_notifications_keeps_no_outbox() {
        ComplaintEngine plain = ComplaintEngine.builder().clock(bank.clock).discoverPlugins(false).build();
        ComplaintId id = plain.execute(Fixtures.registration(bank.clock.instant())).complaintId();
        plain.execute(org.complaintkit.testkit.Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        assertEquals(List.of(), plain.hostReads().outbox(id));
        assertTrue(plain.notifications().isEmpty());
    }

    private RegisterComplaint withJurisdiction(String jurisdiction) {
        return new RegisterComplaint(Fixtures.TELLER, Fixtures.key(), Fixtures.complainant(), Channel.COUNTER,
                bank.clock.instant(), Fixtures.OUTLET, List.of(ComplaintSubject.unit(Fixtures.OUTLET)),
                Sensitive.of(Fixtures.CONTENT), Sensitive.of("道歉"), null, jurisdiction);
    }

    private Notification find(ComplaintId id, String type, String recipient) {
        return find(bank, id, type, recipient);
    }

    private static Notification find(NoticeBank bank, ComplaintId id, String type, String recipient) {
        return bank.engine.hostReads().outbox(id).stream().map(OutboxEntry::notification)
                .filter(n -> n.type().equals(type) && n.recipients().get(0).key().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " to " + recipient + " in " + bank.types(id)));
    }
}
