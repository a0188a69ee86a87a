package org.complaintkit.spring.boot;

import java.util.LinkedHashSet;
import java.util.Set;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Puts the library's error behind a failed start-up, however deep in Spring's bean creation exceptions, in front of
 * the developer: Spring Boot prints the description (every violation: code, property, what is wrong) and the action
 * (what to do about each code) instead of the chain of causes. Registered in {@code META-INF/spring.factories}.
 */
public class ComplaintKitFailureAnalyzer extends AbstractFailureAnalyzer<ComplaintKitException> {

    /** Creates the analyzer; Spring Boot calls it. */
    public ComplaintKitFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ComplaintKitException cause) {
        StringBuilder description = new StringBuilder("ComplaintKit cannot start: ");
        description.append(cause.violations().size() == 1 ? "1 problem" : cause.violations().size() + " problems")
                .append(" with its configuration\n");
        Set<ErrorCode> codes = new LinkedHashSet<>();
        for (Violation v : cause.violations()) {
            description.append("\n    ").append(v.code().code()).append(' ')
                    .append(v.path().isEmpty() ? "" : v.path() + ": ").append(v.message());
            codes.add(v.code());
        }
        StringBuilder action = new StringBuilder();
        for (ErrorCode code : codes) {
            action.append(code.code()).append(": ").append(action(code)).append('\n');
        }
        if (codes.stream().anyMatch(ComplaintKitFailureAnalyzer::starters)) {
            action.append("The starter's codes and properties are described in docs/spring-boot.md"
                    + " (\"Configuring it\").");
        }
        if (!codes.stream().allMatch(ComplaintKitFailureAnalyzer::starters)) {
            action.append(codes.stream().anyMatch(ComplaintKitFailureAnalyzer::starters) ? "\n" : "")
                    .append(ENGINE_CODES);
        }
        return new FailureAnalysis(description.toString(), action.toString(), cause);
    }

    /** Where to read about a code that comes from the engine's own checks, not from the starter's properties. */
    static final String ENGINE_CODES = "Codes outside CMP-4100 to CMP-4119 come from the engine's own checks, as"
            + " ComplaintEngine.Builder.build() reports them (the path names the builder's setting, such as sealKey):"
            + " each is a constant of org.complaintkit.api.error.ErrorCode, whose meaning is given above; the page of"
            + " docs/ that describes the part (search docs/*.md for the code) says what to change, usually in a"
            + " ComplaintEngineCustomizer or an application bean.";

    /** Whether a code is one of the starter's own, about its properties and the application's beans. */
    static boolean starters(ErrorCode code) {
        return code.name().startsWith("STARTER_");
    }

    /** What to do about a code. */
    static String action(ErrorCode code) {
        return switch (code) {
            case STARTER_NO_CALENDAR -> "set complaintkit.calendar.shipped=cn-mainland or complaintkit.calendar.file,"
                    + " or declare an SlaSetup bean";
            case STARTER_UNKNOWN_PRESET -> "name presets from the list in docs/spring-boot.md, or declare the policy"
                    + " as an SlaPolicy bean";
            case STARTER_NO_STORE -> "provide one DataSource bean (spring.datasource.*), or set"
                    + " complaintkit.store.type=in-memory for a trial";
            case STARTER_PROPERTY_INVALID -> "bring the property within its range (the table in docs/spring-boot.md)";
            case STARTER_SENDERS_UNRESOLVED -> "declare NotificationSender beans and name them in"
                    + " complaintkit.notifications.staff-sender and .customer-senders.<METHOD>";
            case STARTER_UNKNOWN_CALENDAR -> "use a shipped calendar (cn-mainland) or a calendar file";
            case STARTER_CALENDAR_AMBIGUOUS -> "keep either complaintkit.calendar.shipped or complaintkit.calendar.file";
            case STARTER_CALENDAR_UNREADABLE -> "check the calendar file's path and that the application may read it";
            case STARTER_PROPERTY_BLANK -> "give the property a value, or remove it to leave it unset";
            case STARTER_PROPERTY_UNREADABLE -> "write the value in the form the message names";
            case STARTER_PROPERTY_UNKNOWN -> "correct the property's name or remove it: the message suggests the"
                    + " nearest name the starter reads, or, for a key of customer-senders, lists the contact methods";
            case STARTER_UNTESTED_VERSION -> "pin the version the library was tested with";
            default -> "the engine's own check refuses the configuration (" + code.meaning() + "); see "
                    + code.code() + " below";
        };
    }
}
