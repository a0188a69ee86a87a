package org.complaintkit.api.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One answer of a return-visit survey: the question's id and the answer chosen, one of the answers the survey
 * allows for that question. Neither is free text, so neither carries personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionId the question's id in the survey
 * @param answer the answer chosen
 */
public record SurveyAnswer(@NotNull @Size(min = 1, max = 64) String questionId,
                           @NotNull @Size(min = 1, max = 64) String answer) {

    /**
     * An answer.
     *
     * @param questionId the question's id
     * @param answer the answer chosen
     * @return the answer
     */
    public static SurveyAnswer of(String questionId, String answer) {
        return new SurveyAnswer(questionId, answer);
    }
}
