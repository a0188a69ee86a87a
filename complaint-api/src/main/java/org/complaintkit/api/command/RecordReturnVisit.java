package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.SurveyAnswer;
import org.complaintkit.api.organisation.Actor;

/**
 * Records a return visit to the customer (回访) after the answer: their satisfaction, a score from 1 (very
 * dissatisfied) to 5 (very satisfied) and the answers to the short survey the engine is configured with. Allowed
 * once the customer was answered (responded) and after closure. The satisfaction becomes the customer's latest
 * answer: a dissatisfied return visit lets a re-investigation or a review go ahead while the review window is open.
 * Answers that do not fit the survey are refused with {@code CMP-1130}, every one listed.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordReturnVisit.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who made the return visit
 * @param idempotencyKey the caller's key for this intended change
 * @param satisfaction the customer's answer
 * @param score the customer's score, 1 to 5
 * @param answers the answers to the survey, each question at most once
 * @param remark what the customer said, or null
 */
public record RecordReturnVisit(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Satisfaction satisfaction,
        @Min(1) @Max(5) int score,
        @NotNull @Size(max = 20) List<@NotNull @Valid SurveyAnswer> answers,
        Sensitive remark) implements HandlingCommand {

    /**
     * Copies the answers.
     *
     * @param complaintId the complaint
     * @param actor who made the return visit
     * @param idempotencyKey the caller's key for this intended change
     * @param satisfaction the customer's answer
     * @param score the score, 1 to 5
     * @param answers the survey's answers
     * @param remark what the customer said, or null
     */
    public RecordReturnVisit {
        answers = answers == null ? null : Collections.unmodifiableList(new ArrayList<>(answers));
    }

    /**
     * A return visit with no survey answers and no remark.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param satisfaction the customer's answer
     * @param score the score, 1 to 5
     * @return the command
     */
    public static RecordReturnVisit of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                       Satisfaction satisfaction, int score) {
        return new RecordReturnVisit(complaintId, actor, idempotencyKey, satisfaction, score, List.of(), null);
    }

    /**
     * Returns this return visit with the survey's answers.
     *
     * @param values the answers
     * @return a copy with them
     */
    public RecordReturnVisit withAnswers(List<SurveyAnswer> values) {
        return new RecordReturnVisit(complaintId, actor, idempotencyKey, satisfaction, score, values, remark);
    }

    /**
     * Returns this return visit with the customer's remark.
     *
     * @param value what the customer said
     * @return a copy with it
     */
    public RecordReturnVisit withRemark(Sensitive value) {
        return new RecordReturnVisit(complaintId, actor, idempotencyKey, satisfaction, score, answers, value);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_RETURN_VISIT;
    }
}
