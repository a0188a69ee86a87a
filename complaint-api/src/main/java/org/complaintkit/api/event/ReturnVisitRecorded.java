package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.SurveyAnswer;

/**
 * A return visit to the customer (回访) was made: their satisfaction, score and survey answers. The satisfaction
 * becomes the customer's latest answer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param satisfaction the customer's answer
 * @param score the score, 1 to 5
 * @param answers the survey's answers
 * @param remark what the customer said, or null
 */
public record ReturnVisitRecorded(EventHeader header, Satisfaction satisfaction, int score, List<SurveyAnswer> answers,
                                  Sensitive remark) implements ComplaintEvent {

    /**
     * Checks the required components and copies the answers.
     *
     * @param header the complaint, sequence number, time and actor
     * @param satisfaction the answer
     * @param score the score
     * @param answers the survey's answers
     * @param remark the remark, or null
     */
    public ReturnVisitRecorded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(satisfaction, "satisfaction");
        answers = List.copyOf(answers);
    }
}
