package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.RecordReturnVisit;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.Reinvestigate;
import org.complaintkit.api.command.RequestReview;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.SurveyAnswer;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ReturnVisitRecorded;
import org.complaintkit.core.lifecycle.ApprovalRule;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.core.lifecycle.ReturnVisitSurvey;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 4.4: "对于重要客户及处理结果较长的问题，可以进行回访" - a return visit after the answer, after closure
 * too, with a score and a short survey; a customer dissatisfied at the return visit may have the complaint looked
 * into again while the review window is open, and not after.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReturnVisitTest {
    static final ReturnVisitSurvey SURVEY = ReturnVisitSurvey.of(
            ReturnVisitSurvey.Question.required("resolved", "问题是否已解决？", "yes", "partly", "no"),
            ReturnVisitSurvey.Question.optional("contact", "以后希望的联系方式？", "phone", "sms"));

    final FirstContactBank bank = new FirstContactBank(b -> b.returnVisitSurvey(SURVEY)
            .rules(LifecycleRules.defaults(NoticeBank.SHANGHAI).withApprovalRule(ApprovalRule.never())));

    @Test
    void a_return_visit_after_closure_records_satisfaction_score_and_answers() {
        ComplaintId id = closed(Satisfaction.SATISFIED);

        var visit = bank.run(RecordReturnVisit.of(id, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED, 5)
                .withAnswers(List.of(SurveyAnswer.of("resolved", "yes"), SurveyAnswer.of("contact", "sms"))));

        ReturnVisitRecorded recorded = assertInstanceOf(ReturnVisitRecorded.class, visit.events().get(0));
        assertEquals(5, recorded.score());
        assertEquals(List.of(SurveyAnswer.of("resolved", "yes"), SurveyAnswer.of("contact", "sms")), recorded.answers());
        assertEquals(ComplaintStatus.CLOSED, visit.state().status());
    }

    @Test
    void answers_that_do_not_fit_the_survey_are_refused_every_one_listed_and_nothing_is_stored() {
        ComplaintId id = closed(Satisfaction.SATISFIED);
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> bank.run(
                RecordReturnVisit.of(id, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED, 4).withAnswers(
                        List.of(SurveyAnswer.of("contact", "wechat"), SurveyAnswer.of("mood", "good"),
                                SurveyAnswer.of("contact", "phone")))));

        assertEquals(List.of("answers[0].answer", "answers[1].questionId", "answers[2].questionId", "answers"),
                refused.violations().stream().map(Violation::path).toList(), refused.getMessage());
        assertTrue(refused.violations().stream().allMatch(v -> v.code() == ErrorCode.SURVEY_ANSWER_INVALID));
        assertFalse(refused.getMessage().contains("wechat"), "the answer given is not echoed");
        assertEquals(before, bank.engine.hostReads().history(id));
    }

    @Test
    void a_score_outside_one_to_five_is_refused() {
        ComplaintId id = closed(Satisfaction.SATISFIED);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> bank.run(
                RecordReturnVisit.of(id, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED, 6)
                        .withAnswers(List.of(SurveyAnswer.of("resolved", "yes")))));
        assertEquals(ErrorCode.OUT_OF_RANGE, refused.code());
    }

    @Test
    void a_customer_satisfied_at_the_answer_but_dissatisfied_at_the_return_visit_has_it_reinvestigated() {
        ComplaintId id = responded();
        bank.run(RecordSatisfaction.of(id, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED));
        assertEquals(ErrorCode.CUSTOMER_NOT_DISSATISFIED, assertThrows(CommandRefusedException.class,
                () -> bank.run(reinvestigate(id))).code());

        bank.run(dissatisfiedVisit(id));

        assertEquals(ComplaintStatus.INVESTIGATING, bank.run(reinvestigate(id)).state().status());
    }

    @Test
    void a_closed_complaint_found_dissatisfied_at_the_return_visit_is_reinvestigated_within_the_review_window() {
        ComplaintId id = closed(Satisfaction.SATISFIED);
        assertEquals(ErrorCode.CUSTOMER_NOT_DISSATISFIED, assertThrows(CommandRefusedException.class,
                () -> bank.run(reinvestigate(id))).code(), "satisfied customers' complaints stay closed");
        bank.clock.advance(Duration.ofDays(20));

        bank.run(dissatisfiedVisit(id));

        assertEquals(ComplaintStatus.INVESTIGATING, bank.run(reinvestigate(id)).state().status());
    }

    @Test
    void after_the_review_window_a_dissatisfied_return_visit_reopens_nothing() {
        ComplaintId id = closed(Satisfaction.SATISFIED);
        bank.clock.advance(Duration.ofDays(40));
        bank.run(dissatisfiedVisit(id));
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);

        assertEquals(ErrorCode.REVIEW_WINDOW_CLOSED, assertThrows(CommandRefusedException.class,
                () -> bank.run(reinvestigate(id))).code());
        assertEquals(ErrorCode.REVIEW_WINDOW_CLOSED, assertThrows(CommandRefusedException.class,
                () -> bank.run(new RequestReview(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("不服"))))
                .code());
        assertEquals(before, bank.engine.hostReads().history(id));
    }

    @Test
    void no_return_visit_is_recorded_while_the_complaint_is_under_review() {
        ComplaintId id = responded();
        bank.run(new RequestReview(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("不服")));

        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(CommandRefusedException.class,
                () -> bank.run(dissatisfiedVisit(id))).code());
    }

    private ComplaintId responded() {
        ComplaintId id = bank.lodge();
        bank.run(ResolveAtFirstContact.of(id, Fixtures.HANDLER, Fixtures.key(), Outcome.UPHELD,
                Sensitive.of("已当场办理取现并致歉。"), Sensitive.of("《商业银行法》第二十九条"), ContactMethod.PHONE));
        return id;
    }

    private ComplaintId closed(Satisfaction atAnswer) {
        ComplaintId id = responded();
        bank.run(RecordSatisfaction.of(id, Fixtures.HANDLER, Fixtures.key(), atAnswer));
        bank.run(new CloseComplaint(id, Fixtures.HANDLER, Fixtures.key(), Liability.LIABLE, Sensitive.of("柜员操作")));
        return id;
    }

    private static RecordReturnVisit dissatisfiedVisit(ComplaintId id) {
        return RecordReturnVisit.of(id, Fixtures.HANDLER, Fixtures.key(), Satisfaction.DISSATISFIED, 1)
                .withAnswers(List.of(SurveyAnswer.of("resolved", "no")));
    }

    private static Reinvestigate reinvestigate(ComplaintId id) {
        return new Reinvestigate(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("回访不满意"));
    }
}
