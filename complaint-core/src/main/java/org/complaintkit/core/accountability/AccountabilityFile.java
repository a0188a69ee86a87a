package org.complaintkit.core.accountability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResponsibilityRecorded;

/**
 * A complaint's accountability record, as {@code ComplaintEngine.accountability} gives it to an admitted reader:
 * the finding that stands, every case opened, the cases still open and the decisions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param finding the latest responsibility finding, if any
 * @param cases every case opened, in order
 * @param open the cases no decision decided yet
 * @param decisions the decisions, in order
 */
public record AccountabilityFile(Optional<ResponsibilityRecorded> finding, List<AccountabilityCaseOpened> cases,
                                 List<AccountabilityCaseOpened> open, List<AccountabilityDecided> decisions) {

    /**
     * Checks and copies the components.
     *
     * @param finding the latest finding
     * @param cases every case
     * @param open the open cases
     * @param decisions the decisions
     */
    public AccountabilityFile {
        Objects.requireNonNull(finding, "finding");
        cases = List.copyOf(cases);
        open = List.copyOf(open);
        decisions = List.copyOf(decisions);
    }

    /**
     * Reads the record from a complaint's history.
     *
     * @param history the events
     * @return the record
     */
    public static AccountabilityFile of(List<ComplaintEvent> history) {
        return new AccountabilityFile(Accountability.latestFinding(history), Accountability.cases(history),
                Accountability.openCases(history), Accountability.decisions(history));
    }

    /**
     * Tells whether a case was opened and every case is decided.
     *
     * @return true if decided
     */
    public boolean decided() {
        return !cases.isEmpty() && open.isEmpty();
    }

    /**
     * Tells whether the complaint has any accountability record at all.
     *
     * @return true if a finding, a case or a decision is recorded
     */
    public boolean isEmpty() {
        return finding.isEmpty() && cases.isEmpty() && decisions.isEmpty();
    }
}
