package org.complaintkit.core.accountability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.Sensitive;
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
     * Returns the record with the texts people wrote (the findings, the reasoning, an {@code OTHER} sanction's
     * description) replaced by {@link ComplaintView#WITHHELD}: what a reader without full rights reads, as the
     * work log's texts, since they name the staff and witnesses interviewed.
     *
     * @return the record without its texts
     */
    public AccountabilityFile withoutTexts() {
        Sensitive withheld = Sensitive.of(ComplaintView.WITHHELD);
        return new AccountabilityFile(finding.map(f -> new ResponsibilityRecorded(f.header(), f.verdict(), f.liable(),
                withheld)), cases, open, decisions.stream().map(d -> new AccountabilityDecided(d.header(), d.outcome(),
                d.sanctions().stream().map(s -> s.text() == null ? s
                        : new Sanction(s.kind(), s.on(), s.amount(), s.percentage(), withheld)).toList(),
                d.cases(), withheld)).toList());
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
