package org.complaintkit.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ExternalBody;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.complaint.ReviewOutcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandFactoriesTest {
    private static final ComplaintId ID = ComplaintId.of("C-1");
    private static final Actor ACTOR = Actor.staff(StaffId.of("S-1"), UnitId.of("GD-SZ-FT-001"), Role.HANDLER);
    private static final IdempotencyKey KEY = IdempotencyKey.of("k-1");
    private static final Sensitive TEXT = Sensitive.of("text");
    private static final Sensitive OTHER = Sensitive.of("other");
    private static final Complainant CUSTOMER = Complainant.of(CustomerRef.of("CIF1"), Sensitive.of("张三"),
            ContactPoint.of(ContactMethod.PHONE, "13800000000"));
    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void the_registration_builder_gives_the_command_the_positional_constructor_gives() {
        RegisterComplaint built = RegisterComplaint.builder(ACTOR, KEY)
                .complainant(CUSTOMER).channel(Channel.COUNTER).receivedAt(RECEIVED)
                .receivingUnit(UnitId.of("GD-SZ-FT-001")).subject(ComplaintSubject.product("CARD"))
                .content("what happened").request("what is wanted")
                .build();
        assertEquals(new RegisterComplaint(ACTOR, KEY, CUSTOMER, Channel.COUNTER, RECEIVED, UnitId.of("GD-SZ-FT-001"),
                List.of(ComplaintSubject.product("CARD")), Sensitive.of("what happened"), Sensitive.of("what is wanted"),
                null, null, false), built);
    }

    @Test
    void a_registration_with_blank_content_and_request_reports_both_at_build_each_under_its_own_name() {
        RegisterComplaint.Builder blank = RegisterComplaint.builder(ACTOR, KEY)
                .complainant(CUSTOMER).channel(Channel.COUNTER).receivedAt(RECEIVED)
                .receivingUnit(UnitId.of("GD-SZ-FT-001")).subject(ComplaintSubject.product("CARD"))
                .content(" ").request("");
        org.complaintkit.api.error.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.complaintkit.api.error.InvalidInputException.class, blank::build);
        assertEquals(List.of("content", "request"), e.violations().stream()
                .map(org.complaintkit.api.error.Violation::path).toList());
        assertEquals(List.of(org.complaintkit.api.error.ErrorCode.BLANK, org.complaintkit.api.error.ErrorCode.BLANK),
                e.violations().stream().map(org.complaintkit.api.error.Violation::code).toList());
    }

    @Test
    void the_registration_builder_names_content_and_request_so_they_cannot_change_places() {
        RegisterComplaint built = RegisterComplaint.builder(ACTOR, KEY)
                .request("what is wanted").content("what happened")
                .complainant(CUSTOMER).channel(Channel.COUNTER).receivedAt(RECEIVED)
                .receivingUnit(UnitId.of("GD-SZ-FT-001")).subject(ComplaintSubject.product("CARD"))
                .build();
        assertEquals("what happened", built.content().reveal());
        assertEquals("what is wanted", built.request().reveal());
    }

    @Test
    void the_registration_builder_sets_forwarding_jurisdiction_and_confidentiality_by_name() {
        RegisterComplaint built = RegisterComplaint.builder(ACTOR, KEY)
                .complainant(CUSTOMER).channel(Channel.LETTER).receivedAt(RECEIVED)
                .receivingUnit(UnitId.of("GD-SZ-FT-001"))
                .subjects(List.of(ComplaintSubject.product("CARD"), ComplaintSubject.product("LOAN")))
                .content(TEXT).request(OTHER)
                .forwardedFrom(Forwarding.from(ForwardingSource.REGULATOR, "NFRA-2026-1"))
                .jurisdiction("CN").confidential()
                .build();
        assertEquals(2, built.subjects().size());
        assertEquals(new Forwarding(ForwardingSource.REGULATOR, "NFRA-2026-1"), built.forwardedFrom());
        assertEquals("CN", built.jurisdiction());
        assertTrue(built.confidential());
    }

    @Test
    void an_incomplete_registration_builder_reports_every_missing_part_at_once() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegisterComplaint.builder(ACTOR, KEY).channel(Channel.COUNTER).content(TEXT).build());
        assertEquals(List.of("CMP-1001 complainant", "CMP-1001 receivedAt", "CMP-1001 receivingUnit",
                        "CMP-1005 subjects", "CMP-1001 request"),
                e.violations().stream().map(v -> v.code().code() + " " + v.path()).toList());
    }

    @Test
    void the_handling_factories_leave_optional_parts_absent_and_the_withers_add_them() {
        assertEquals(new AcceptComplaint(ID, ACTOR, KEY), AcceptComplaint.of(ID, ACTOR, KEY));
        assertEquals(new StartInvestigation(ID, ACTOR, KEY), StartInvestigation.of(ID, ACTOR, KEY));
        assertEquals(new ResumeHandling(ID, ACTOR, KEY), ResumeHandling.of(ID, ACTOR, KEY));
        assertEquals(new ApproveResolution(ID, ACTOR, KEY, null), ApproveResolution.of(ID, ACTOR, KEY));
        assertEquals(new ApproveResolution(ID, ACTOR, KEY, TEXT), ApproveResolution.of(ID, ACTOR, KEY).withComment(TEXT));
        assertEquals(new ConcurResolution(ID, ACTOR, KEY, TEXT), ConcurResolution.of(ID, ACTOR, KEY).withComment(TEXT));
        assertEquals(new PauseHandling(ID, ACTOR, KEY, PauseReason.MEDIATION, null),
                PauseHandling.of(ID, ACTOR, KEY, PauseReason.MEDIATION));
        assertEquals(new PauseHandling(ID, ACTOR, KEY, PauseReason.MEDIATION, TEXT),
                PauseHandling.of(ID, ACTOR, KEY, PauseReason.MEDIATION).withNote(TEXT));
        assertEquals(new EscalateComplaint(ID, ACTOR, KEY, EscalationTrigger.MAJOR, TEXT),
                EscalateComplaint.of(ID, ACTOR, KEY, EscalationTrigger.MAJOR).withNote(TEXT));
        assertEquals(new UrgeHandler(ID, ACTOR, KEY, null), UrgeHandler.of(ID, ACTOR, KEY));
        assertEquals(new WithdrawComplaint(ID, ACTOR, KEY, TEXT), WithdrawComplaint.of(ID, ACTOR, KEY).withReason(TEXT));
        Money money = Money.of("100", "CNY");
        assertEquals(new ProposeResolution(ID, ACTOR, KEY, TEXT, Outcome.UPHELD, money),
                ProposeResolution.of(ID, ACTOR, KEY, TEXT, Outcome.UPHELD).withCompensation(money));
        assertEquals(new RecordSatisfaction(ID, ACTOR, KEY, Satisfaction.SATISFIED, null),
                RecordSatisfaction.of(ID, ACTOR, KEY, Satisfaction.SATISFIED));
        assertEquals(new ReferExternally(ID, ACTOR, KEY, ExternalBody.OMBUDSMAN, "FOS-1"),
                ReferExternally.of(ID, ACTOR, KEY, ExternalBody.OMBUDSMAN).withReference("FOS-1"));
        HandlingUnit unit = HandlingUnit.of(UnitId.of("GD-SZ-FT"));
        assertEquals(new AssignComplaint(ID, ACTOR, KEY, unit, List.of(), null), AssignComplaint.of(ID, ACTOR, KEY, unit));
        assertEquals(new AssignComplaint(ID, ACTOR, KEY, unit, List.of(unit), StaffId.of("S-2")),
                AssignComplaint.of(ID, ACTOR, KEY, unit).withCoHandlers(List.of(unit)).withHandler(StaffId.of("S-2")));
        assertEquals(new LinkRootCause(ID, ACTOR, KEY, "RC-1", TEXT, List.of()), LinkRootCause.of(ID, ACTOR, KEY, "RC-1", TEXT));
        RemediationAction action = new RemediationAction("A-1", TEXT, StaffId.of("S-2"), LocalDate.of(2026, 4, 1));
        assertEquals(new LinkRootCause(ID, ACTOR, KEY, "RC-1", TEXT, List.of(action)),
                LinkRootCause.of(ID, ACTOR, KEY, "RC-1", TEXT).withActions(List.of(action)));
    }

    @Test
    void the_factories_with_required_parts_only_match_the_canonical_constructors() {
        assertEquals(new RejectComplaint(ID, ACTOR, KEY, TEXT), RejectComplaint.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new Reinvestigate(ID, ACTOR, KEY, TEXT), Reinvestigate.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new RequestReview(ID, ACTOR, KEY, TEXT), RequestReview.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new SendBackResolution(ID, ACTOR, KEY, TEXT), SendBackResolution.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new RecordExternalOutcome(ID, ACTOR, KEY, TEXT), RecordExternalOutcome.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new RecordNewFacts(ID, ACTOR, KEY, TEXT), RecordNewFacts.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new MarkTypicalCase(ID, ACTOR, KEY, TEXT), MarkTypicalCase.of(ID, ACTOR, KEY, TEXT));
        assertEquals(new MergeIntoExisting(ID, ACTOR, KEY, ComplaintId.of("C-0")),
                MergeIntoExisting.of(ID, ACTOR, KEY, ComplaintId.of("C-0")));
        assertEquals(new CloseComplaint(ID, ACTOR, KEY, Liability.LIABLE, TEXT),
                CloseComplaint.of(ID, ACTOR, KEY, Liability.LIABLE, TEXT));
        assertEquals(new ConcludeReview(ID, ACTOR, KEY, ReviewOutcome.DECISION_UPHELD, TEXT),
                ConcludeReview.of(ID, ACTOR, KEY, ReviewOutcome.DECISION_UPHELD, TEXT));
        assertEquals(new RecordEmergencyPayment(ID, ACTOR, KEY, Money.of("500", "CNY"), TEXT),
                RecordEmergencyPayment.of(ID, ACTOR, KEY, Money.of("500", "CNY"), TEXT));
    }

    @Test
    void the_builders_name_every_text_of_the_commands_that_carry_several() {
        assertEquals(new RespondToCustomer(ID, ACTOR, KEY, TEXT, OTHER, null, ContactMethod.PHONE),
                RespondToCustomer.builder(ID, ACTOR, KEY).basis(OTHER).result(TEXT).via(ContactMethod.PHONE).build());
        assertEquals(new ExtendDeadline(ID, ACTOR, KEY, "cbirc.decision", "complex", TEXT, ContactMethod.SMS),
                ExtendDeadline.builder(ID, ACTOR, KEY).tier("complex").clock("cbirc.decision").reason(TEXT)
                        .noticeBy(ContactMethod.SMS).build());
        assertEquals(new OverrideClass(ID, ACTOR, KEY, "seed.matter", "B03", TEXT),
                OverrideClass.builder(ID, ACTOR, KEY).code("B03").scheme("seed.matter").reason(TEXT).build());
        assertEquals(new CompleteRemediation(ID, ACTOR, KEY, "RC-1", "A-1", TEXT),
                CompleteRemediation.builder(ID, ACTOR, KEY).action("A-1").rootCause("RC-1").note(TEXT).build());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RespondToCustomer.builder(ID, ACTOR, KEY).result(TEXT).build());
        assertEquals(List.of("basis", "via"), e.violations().stream().map(v -> v.path()).toList());
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.REQUIRED));
    }

    @Test
    void a_key_from_unit_date_and_counter_reads_as_all_three() {
        assertEquals("GD-SZ-FT-001:2026-12-03:000042",
                IdempotencyKey.of(UnitId.of("GD-SZ-FT-001"), LocalDate.of(2026, 12, 3), 42).value());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IdempotencyKey.of(UnitId.of("GD-SZ-FT-001"), LocalDate.of(2026, 12, 3), -1));
        assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
    }

    @Test
    void random_keys_are_valid_and_differ() {
        IdempotencyKey a = IdempotencyKey.random();
        assertNotEquals(a, IdempotencyKey.random());
        assertEquals(a, IdempotencyKey.of(a.value()));
    }

    @Test
    void a_complainant_is_ordinary_without_vulnerabilities_until_told_otherwise() {
        assertEquals(new Complainant(CustomerRef.of("CIF1"), Sensitive.of("张三"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13800000000")), CUSTOMER);
        Complainant cared = CUSTOMER.withSegment(CustomerSegment.VIP).withVulnerabilities(Vulnerability.ELDERLY)
                .withContact(ContactPoint.inPerson());
        assertEquals(CustomerSegment.VIP, cared.segment());
        assertEquals(Set.of(Vulnerability.ELDERLY), cared.vulnerabilities());
        assertEquals(new ContactPoint(ContactMethod.IN_PERSON, null), cared.contact());
    }

    @Test
    void the_register_entry_builder_gives_the_entry_the_positional_constructor_gives_and_names_what_is_missing() {
        Registration built = Registration.builder(StaffId.of("S-1"))
                .complainant(CUSTOMER).channel(Channel.EMAIL).receivedAt(RECEIVED).receivingUnit(UnitId.of("GD-SZ"))
                .subject(ComplaintSubject.product("CARD")).content(TEXT).request(OTHER)
                .forwardedFrom(Forwarding.from(ForwardingSource.MEDIA)).jurisdiction("CN").confidential()
                .build();
        assertEquals(new Registration(CUSTOMER, Channel.EMAIL, RECEIVED, UnitId.of("GD-SZ"),
                List.of(ComplaintSubject.product("CARD")), TEXT, OTHER, new Forwarding(ForwardingSource.MEDIA, null),
                StaffId.of("S-1"), "CN", true), built);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Registration.builder(StaffId.of("S-1")).complainant(CUSTOMER).content(TEXT).build());
        assertEquals(List.of("channel", "receivedAt", "receivingUnit", "subjects", "request"),
                e.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void money_reads_back_what_it_prints() {
        Money money = Money.of("5000.50", "CNY");
        assertEquals(money, Money.parse(money.toString()));
        assertEquals(money, Money.of(money.amount(), money.currency()));
        assertEquals(ErrorCode.BAD_FORMAT, assertThrows(InvalidInputException.class, () -> Money.parse("5000")).code());
    }
}
