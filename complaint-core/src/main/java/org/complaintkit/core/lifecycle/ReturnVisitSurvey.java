package org.complaintkit.core.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.SurveyAnswer;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The short survey of a return visit (回访) the engine is configured with: questions with ids and the answers each
 * allows, some required. A {@code RecordReturnVisit} whose answers do not fit is refused, every misfit listed with
 * {@link ErrorCode#SURVEY_ANSWER_INVALID} ({@code CMP-1130}). Without a survey ({@link #none()}, the default) a
 * return visit carries no answers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questions the questions, ids unique
 */
public record ReturnVisitSurvey(List<Question> questions) {

    /**
     * One question of the survey.
     *
     * @param id the question's id, an identifier
     * @param text the question as asked, for people
     * @param answers the answers it allows, at least one, unique
     * @param required whether every return visit must answer it
     */
    public record Question(String id, String text, List<String> answers, boolean required) {
        /**
         * Checks the question.
         *
         * @param id the id
         * @param text the question as asked
         * @param answers the answers it allows
         * @param required whether it must be answered
         * @throws ConfigurationException coded {@code CMP-4003} if it allows no answer or one twice
         */
        public Question {
            Checks.identifier(id, "id");
            Objects.requireNonNull(text, "text");
            answers = List.copyOf(answers);
            if (answers.isEmpty() || new HashSet<>(answers).size() != answers.size()) {
                throw ConfigurationException.of(ErrorCode.INVALID_CONFIGURATION, "questions." + id + ".answers",
                        "a question allows at least one answer, each once");
            }
        }

        /**
         * A question every return visit must answer.
         *
         * @param id the id
         * @param text the question as asked
         * @param answers the answers it allows
         * @return the question
         */
        public static Question required(String id, String text, String... answers) {
            return new Question(id, text, List.of(answers), true);
        }

        /**
         * A question a return visit may leave unanswered.
         *
         * @param id the id
         * @param text the question as asked
         * @param answers the answers it allows
         * @return the question
         */
        public static Question optional(String id, String text, String... answers) {
            return new Question(id, text, List.of(answers), false);
        }
    }

    private static final ReturnVisitSurvey NONE = new ReturnVisitSurvey(List.of());

    /**
     * Checks the survey.
     *
     * @param questions the questions
     * @throws ConfigurationException coded {@code CMP-4003} if two questions share an id
     */
    public ReturnVisitSurvey {
        questions = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw ConfigurationException.of(ErrorCode.INVALID_CONFIGURATION, "questions." + question.id(),
                        "two questions have the id " + question.id());
            }
        }
    }

    /**
     * No survey: return visits carry satisfaction and score only.
     *
     * @return the empty survey
     */
    public static ReturnVisitSurvey none() {
        return NONE;
    }

    /**
     * A survey of the questions given.
     *
     * @param questions the questions
     * @return the survey
     */
    public static ReturnVisitSurvey of(Question... questions) {
        return new ReturnVisitSurvey(List.of(questions));
    }

    /**
     * Every way the answers do not fit the survey: an unknown question, an answer the question does not allow, a
     * question answered twice, a required question left unanswered. The messages name question ids and allowed
     * answers only, never free text.
     *
     * @param answers the answers, null entries skipped (validation reports them)
     * @return the violations, coded {@link ErrorCode#SURVEY_ANSWER_INVALID}; empty if they fit
     */
    public List<Violation> violations(List<SurveyAnswer> answers) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        List<Violation> found = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            SurveyAnswer answer = answers.get(i);
            if (answer == null || answer.questionId() == null || answer.answer() == null) {
                continue;
            }
            Question question = byId.get(answer.questionId());
            if (question == null) {
                found.add(new Violation(ErrorCode.SURVEY_ANSWER_INVALID, "answers[" + i + "].questionId",
                        byId.isEmpty() ? "the engine has no return-visit survey" : "the survey has no such question"));
                continue;
            }
            if (!answered.add(question.id())) {
                found.add(new Violation(ErrorCode.SURVEY_ANSWER_INVALID, "answers[" + i + "].questionId",
                        "question " + question.id() + " is answered twice"));
            }
            if (!question.answers().contains(answer.answer())) {
                found.add(new Violation(ErrorCode.SURVEY_ANSWER_INVALID, "answers[" + i + "].answer",
                        "question " + question.id() + " allows " + question.answers()));
            }
        }
        for (Question question : questions) {
            if (question.required() && !answered.contains(question.id())) {
                found.add(new Violation(ErrorCode.SURVEY_ANSWER_INVALID, "answers",
                        "required question " + question.id() + " is not answered"));
            }
        }
        return found;
    }
}
