package org.complaintkit.core.accountability;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The input rules of the accountability commands that constraint annotations cannot express: a finding's parties
 * fit its verdict ({@code CMP-1180}), each party names one staff member or one unit ({@code CMP-1181}), each
 * sanction's detail fits its kind ({@code CMP-1182}) and a decision's sanctions fit its outcome ({@code CMP-1183}).
 * Null components are skipped; validation reports them.
 */
public final class AccountabilityInputs {
    /** The largest percentage of performance pay a deduction takes. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AccountabilityInputs() {
    }

    /**
     * Checks a command; any other command than the two accountability commands has none of these violations.
     *
     * @param command the command
     * @param found where the violations are added
     */
    public static void check(ComplaintCommand command, List<Violation> found) {
        if (command instanceof RecordResponsibility finding && finding.liable() != null) {
            List<LiableParty> liable = finding.liable();
            parties(liable, "liable", found);
            if (finding.verdict() == ResponsibilityVerdict.NOT_LIABLE && !liable.isEmpty()) {
                found.add(new Violation(ErrorCode.RESPONSIBILITY_INCONSISTENT, "liable",
                        "a finding of no liability names nobody"));
            } else if (finding.verdict() != null && finding.verdict() != ResponsibilityVerdict.NOT_LIABLE
                    && liable.isEmpty()) {
                found.add(new Violation(ErrorCode.RESPONSIBILITY_INCONSISTENT, "liable",
                        "a finding of " + finding.verdict() + " names at least one staff member or unit"));
            }
            if (new HashSet<>(liable).size() < liable.size()) {
                found.add(new Violation(ErrorCode.RESPONSIBILITY_INCONSISTENT, "liable",
                        "a finding names each staff member or unit once"));
            }
        } else if (command instanceof DecideAccountability decision && decision.sanctions() != null) {
            List<Sanction> sanctions = decision.sanctions();
            if (decision.outcome() == AccountabilityOutcome.SANCTIONED && sanctions.isEmpty()) {
                found.add(new Violation(ErrorCode.DECISION_INCONSISTENT, "sanctions",
                        "a decision to sanction names at least one sanction"));
            } else if (decision.outcome() == AccountabilityOutcome.NO_SANCTION && !sanctions.isEmpty()) {
                found.add(new Violation(ErrorCode.DECISION_INCONSISTENT, "sanctions",
                        "a decision of no sanction names none"));
            }
            for (int i = 0; i < sanctions.size(); i++) {
                Sanction sanction = sanctions.get(i);
                if (sanction != null) {
                    sanction(sanction, "sanctions[" + i + "]", found);
                }
            }
        }
    }

    private static void parties(List<LiableParty> parties, String path, List<Violation> found) {
        for (int i = 0; i < parties.size(); i++) {
            LiableParty party = parties.get(i);
            if (party != null && !party.isWellFormed()) {
                found.add(new Violation(ErrorCode.LIABLE_PARTY_INVALID, path + "[" + i + "]",
                        "a party names exactly one staff member or one unit"));
            }
        }
    }

    private static void sanction(Sanction sanction, String path, List<Violation> found) {
        if (sanction.on() != null && !sanction.on().isWellFormed()) {
            found.add(new Violation(ErrorCode.LIABLE_PARTY_INVALID, path + ".on",
                    "a sanction is on exactly one staff member or one unit"));
        }
        if (sanction.kind() == null) {
            return;
        }
        Set<String> given = new HashSet<>();
        if (sanction.amount() != null) {
            given.add("amount");
        }
        if (sanction.percentage() != null) {
            given.add("percentage");
        }
        if (sanction.text() != null) {
            given.add("text");
        }
        String wanted = switch (sanction.kind()) {
            case BEAR_LOSSES -> "amount";
            case PERFORMANCE_DEDUCTION -> "percentage";
            case OTHER -> "text";
            case CRITICISM, TRAINING -> null;
        };
        if (wanted != null && !given.contains(wanted)) {
            found.add(new Violation(ErrorCode.SANCTION_INCOMPLETE, path + "." + wanted,
                    sanction.kind() + " needs its " + wanted));
        }
        given.remove(wanted);
        for (String extra : given) {
            found.add(new Violation(ErrorCode.SANCTION_INCOMPLETE, path + "." + extra,
                    sanction.kind() + " takes no " + extra));
        }
        if (sanction.amount() != null && sanction.amount().amount() != null
                && sanction.amount().amount().signum() <= 0) {
            found.add(new Violation(ErrorCode.SANCTION_INCOMPLETE, path + ".amount",
                    "the losses borne are above zero"));
        }
        if (sanction.percentage() != null && (sanction.percentage().signum() <= 0
                || sanction.percentage().compareTo(HUNDRED) > 0)) {
            found.add(new Violation(ErrorCode.SANCTION_INCOMPLETE, path + ".percentage",
                    "a deduction is above 0 and at most 100 per cent"));
        }
    }
}
