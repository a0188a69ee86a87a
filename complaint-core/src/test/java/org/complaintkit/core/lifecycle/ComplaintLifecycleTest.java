package org.complaintkit.core.lifecycle;

import static org.complaintkit.api.command.CommandType.*;
import static org.complaintkit.testkit.ComplaintScenario.given;
import static org.complaintkit.testkit.ComplaintScenario.historyAfter;
import static org.complaintkit.testkit.Fixtures.APPROVER;
import static org.complaintkit.testkit.Fixtures.HANDLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.MergeIntoExisting;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.*;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintLifecycleTest {

    private static final List<ComplaintEvent> INVESTIGATING = historyAfter(ACCEPT, ASSIGN, START_INVESTIGATION);
    private static final List<ComplaintEvent> AWAITING_APPROVAL =
            historyAfter(ACCEPT, ASSIGN, START_INVESTIGATION, PROPOSE_RESOLUTION);
    private static final List<ComplaintEvent> RESPONDED =
            historyAfter(ACCEPT, ASSIGN, START_INVESTIGATION, PROPOSE_RESOLUTION, APPROVE_RESOLUTION, RESPOND);

    @Test
    void a_registered_complaint_can_be_accepted() {
        given(historyAfter()).when(ACCEPT, HANDLER).thenEvents(ComplaintAccepted.class).thenStatus(ComplaintStatus.ACCEPTED);
    }

    @Test
    void a_registered_complaint_can_be_not_accepted_with_a_reason_for_the_complainant() {
        ComplaintNotAccepted event = given(historyAfter()).when(REJECT, HANDLER)
                .thenEvents(ComplaintNotAccepted.class).thenStatus(ComplaintStatus.NOT_ACCEPTED)
                .event(ComplaintNotAccepted.class);
        assertEquals("说明 / note", event.reason().reveal());
    }

    @Test
    void an_accepted_complaint_is_assigned_to_one_first_responsible_unit_with_co_handlers() {
        HandlingUnit cards = HandlingUnit.of(Fixtures.BRANCH, DepartmentId.of("cards"));
        HandlingUnit it = HandlingUnit.of(UnitId.of("HO"), DepartmentId.of("it"));
        ComplaintAssigned event = given(historyAfter(ACCEPT))
                .when(id -> new AssignComplaint(id, HANDLER, Fixtures.key(), cards, List.of(it), Fixtures.HANDLER_ID))
                .thenEvents(ComplaintAssigned.class).thenStatus(ComplaintStatus.ASSIGNED)
                .event(ComplaintAssigned.class);
        assertEquals(cards, event.assignment().firstResponsible());
        assertEquals(List.of(it), event.assignment().coHandlers());
    }

    @Test
    void a_proposal_awaits_approval_under_the_default_rule() {
        ResolutionProposed event = given(INVESTIGATING).when(PROPOSE_RESOLUTION, HANDLER)
                .thenEvents(ResolutionProposed.class).thenStatus(ComplaintStatus.AWAITING_APPROVAL)
                .event(ResolutionProposed.class);
        assertTrue(event.approvalRequired());
    }

    @Test
    void a_proposal_within_the_compensation_limit_needs_no_approval_when_the_rule_says_so() {
        LifecycleRules rules = LifecycleRules.defaults(java.time.ZoneOffset.UTC)
                .withApprovalRule(ApprovalRule.whenCompensationAbove(Money.of("1000", "CNY")));
        given(INVESTIGATING, rules).when(id -> new ProposeResolution(id, HANDLER, Fixtures.key(), Sensitive.of("refund fee"),
                        Outcome.UPHELD, Money.of("200", "CNY")))
                .thenEvents(ResolutionProposed.class).thenStatus(ComplaintStatus.RESOLVED);
        given(INVESTIGATING, rules).when(id -> new ProposeResolution(id, HANDLER, Fixtures.key(), Sensitive.of("refund fee"),
                        Outcome.UPHELD, Money.of("1000.01", "CNY")))
                .thenEvents(ResolutionProposed.class).thenStatus(ComplaintStatus.AWAITING_APPROVAL);
    }

    @Test
    void the_proposer_can_never_approve_their_own_resolution() {
        given(AWAITING_APPROVAL).when(APPROVE_RESOLUTION, HANDLER)
                .thenDenied(ErrorCode.FOUR_EYES);
    }

    @Test
    void another_approver_approves_and_is_recorded() {
        ComplaintScenario.Then then = given(AWAITING_APPROVAL).when(APPROVE_RESOLUTION, APPROVER)
                .thenEvents(ResolutionApproved.class).thenStatus(ComplaintStatus.RESOLVED);
        assertEquals(Fixtures.APPROVER_ID, then.result().state().approvedBy());
    }

    @Test
    void an_approver_can_send_a_proposal_back_for_rework() {
        given(AWAITING_APPROVAL).when(SEND_BACK, APPROVER)
                .thenEvents(ResolutionSentBack.class).thenStatus(ComplaintStatus.INVESTIGATING);
    }

    @Test
    void a_dissatisfied_customer_sends_the_complaint_back_to_investigation() {
        ComplaintScenario scenario = given(RESPONDED);
        scenario.when(id -> new RecordSatisfaction(id, HANDLER, Fixtures.key(), Satisfaction.DISSATISFIED, null))
                .thenEvents(SatisfactionRecorded.class).thenStatus(ComplaintStatus.RESPONDED);
        ComplaintScenario.Then then = scenario.when(REINVESTIGATE, HANDLER)
                .thenEvents(ReinvestigationStarted.class).thenStatus(ComplaintStatus.INVESTIGATING);
        assertEquals(1, then.result().state().reinvestigations());
    }

    @Test
    void a_satisfied_customer_cannot_be_a_reason_for_reinvestigation() {
        ComplaintScenario scenario = given(RESPONDED);
        scenario.when(id -> new RecordSatisfaction(id, HANDLER, Fixtures.key(), Satisfaction.SATISFIED, null));
        scenario.when(REINVESTIGATE, HANDLER)
                .thenRefused(CommandRefusedException.class, ErrorCode.CUSTOMER_NOT_DISSATISFIED);
    }

    @Test
    void a_review_may_be_requested_up_to_and_including_the_thirtieth_day_after_the_decision() {
        ComplaintScenario scenario = given(RESPONDED);
        Instant decided = RESPONDED.get(RESPONDED.size() - 1).occurredAt();
        assertEquals(Instant.parse("2026-03-02T07:30:00Z"), decided);
        Instant lastMoment = Instant.parse("2026-04-01T23:59:59Z");
        scenario.afterWaiting(Duration.between(scenario.clock().instant(), lastMoment))
                .when(REQUEST_REVIEW, HANDLER).thenEvents(ReviewRequested.class).thenStatus(ComplaintStatus.UNDER_REVIEW);
    }

    @Test
    void a_review_requested_on_the_thirty_first_day_is_refused() {
        ComplaintScenario scenario = given(RESPONDED);
        Instant tooLate = Instant.parse("2026-04-02T00:00:00Z");
        scenario.afterWaiting(Duration.between(scenario.clock().instant(), tooLate))
                .when(REQUEST_REVIEW, HANDLER).thenRefused(CommandRefusedException.class, ErrorCode.REVIEW_WINDOW_CLOSED);
    }

    @Test
    void a_concluded_review_closes_the_complaint_again() {
        given(historyAfter(ACCEPT, ASSIGN, START_INVESTIGATION, PROPOSE_RESOLUTION, APPROVE_RESOLUTION, RESPOND, CLOSE,
                REQUEST_REVIEW)).when(CONCLUDE_REVIEW, APPROVER)
                .thenEvents(ReviewConcluded.class).thenStatus(ComplaintStatus.CLOSED);
    }

    @Test
    void a_closed_complaint_cannot_be_investigated_and_the_error_names_status_and_command() {
        ComplaintScenario.Then then = given(historyAfter(ACCEPT, ASSIGN, START_INVESTIGATION, PROPOSE_RESOLUTION,
                APPROVE_RESOLUTION, RESPOND, CLOSE)).when(START_INVESTIGATION, HANDLER)
                .thenRefused(CommandRefusedException.class, ErrorCode.ILLEGAL_TRANSITION);
        assertTrue(then.error().getMessage().contains("StartInvestigation is not allowed in status CLOSED"),
                then.error().getMessage());
    }

    @Test
    void a_withdrawn_complaint_accepts_no_further_command() {
        ComplaintScenario scenario = given(historyAfter(ACCEPT, WITHDRAW));
        for (var type : org.complaintkit.api.command.CommandType.values()) {
            // but a legal hold, which is about the record, not the handling (issue 27; LegalHoldTest)
            if (type != REGISTER && type != PLACE_LEGAL_HOLD && type != LIFT_LEGAL_HOLD
                    && type != ERASE_PERSONAL_DATA) {
                scenario.when(type, HANDLER).thenRefused(CommandRefusedException.class, ErrorCode.ILLEGAL_TRANSITION);
            }
        }
    }

    @Test
    void the_staff_member_complained_about_can_take_no_action_on_the_complaint() {
        var scenario = givenComplaintAbout(Fixtures.ACCUSED_ID);
        scenario.when(ACCEPT, Fixtures.ACCUSED).thenDenied(ErrorCode.RECUSAL);
    }

    @Test
    void the_staff_member_complained_about_is_never_named_handler() {
        var scenario = givenComplaintAbout(Fixtures.ACCUSED_ID);
        scenario.when(ACCEPT, HANDLER).thenStatus(ComplaintStatus.ACCEPTED);
        scenario.when(id -> new AssignComplaint(id, HANDLER, Fixtures.key(), HandlingUnit.of(Fixtures.OUTLET), List.of(),
                Fixtures.ACCUSED_ID)).thenDenied(ErrorCode.RECUSAL);
    }

    @Test
    void a_complaint_cannot_be_merged_into_itself_but_into_an_earlier_one() {
        ComplaintScenario scenario = given(historyAfter());
        scenario.when(id -> new MergeIntoExisting(id, HANDLER, Fixtures.key(), id))
                .thenRefused(CommandRefusedException.class, ErrorCode.SELF_REFERENCE);
        ComplaintMerged merged = scenario.when(id -> new MergeIntoExisting(id, HANDLER, Fixtures.key(),
                ComplaintId.of("C-earlier"))).thenStatus(ComplaintStatus.MERGED).event(ComplaintMerged.class);
        assertEquals(ComplaintId.of("C-earlier"), merged.target());
    }

    @Test
    void a_pause_keeps_its_reason_until_handling_resumes() {
        ComplaintScenario scenario = given(INVESTIGATING);
        ComplaintScenario.Then paused = scenario.when(id -> new PauseHandling(id, HANDLER, Fixtures.key(),
                PauseReason.EXTERNAL_APPRAISAL, Sensitive.of("sent to the appraiser"))).thenStatus(ComplaintStatus.PAUSED);
        assertEquals(PauseReason.EXTERNAL_APPRAISAL, paused.result().state().pauseReason());
        ComplaintScenario.Then resumed = scenario.when(RESUME, HANDLER).thenStatus(ComplaintStatus.INVESTIGATING);
        assertEquals(null, resumed.result().state().pauseReason());
    }

    @Test
    void new_facts_are_recorded_without_changing_the_status() {
        given(INVESTIGATING).when(RECORD_NEW_FACTS, HANDLER)
                .thenEvents(NewFactsRecorded.class).thenStatus(ComplaintStatus.INVESTIGATING);
    }

    @Test
    void an_external_referral_ends_with_the_outcome_closing_the_complaint() {
        ComplaintScenario scenario = given(INVESTIGATING);
        scenario.when(REFER_EXTERNALLY, HANDLER).thenEvents(ReferredExternally.class).thenStatus(ComplaintStatus.REFERRED);
        scenario.when(RECORD_EXTERNAL_OUTCOME, HANDLER).thenStatus(ComplaintStatus.CLOSED);
    }

    private static ComplaintScenario givenComplaintAbout(org.complaintkit.api.organisation.StaffId accused) {
        var clock = org.complaintkit.testkit.MutableClock.at(ComplaintScenario.START);
        var scratch = org.complaintkit.core.engine.ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
        var id = scratch.execute(Fixtures.registrationAbout(clock.instant(), accused)).complaintId();
        return given(scratch.hostReads().history(id));
    }
}
