package org.complaintkit.core.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import org.complaintkit.api.calendar.CalendarDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.core.accountability.AccountabilityInputs;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.RecordReturnVisit;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.TransferOwnership;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.command.PromiseCompletion;
import org.complaintkit.api.command.ReplyToForwardingBody;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.lifecycle.ReturnVisitSurvey;
import org.complaintkit.spi.organisation.OrganisationDirectory;

/**
 * The input rules that constraint annotations cannot express: a receipt time not after the engine's
 * clock, a complainant's name and address of realistic length ({@link Complainant#MAX_NAME_LENGTH},
 * {@link ContactPoint#MAX_ADDRESS_LENGTH} characters), no handling unit named twice, and, given an organisation
 * directory, only units and staff it knows (a named first-contact owner or a new owner too, who is never a person the
 * complaint is about); a promised completion time after the engine's clock; and return-visit answers that fit the
 * engine's survey. Null components are skipped here; validation reports them.
 */
public final class DomainInputChecks {
    private final OrganisationDirectory directory;
    private final ReturnVisitSurvey survey;

    /**
     * Creates the checks, with no return-visit survey.
     *
     * @param directory the organisation directory, or null to take unit and staff ids as given
     */
    public DomainInputChecks(OrganisationDirectory directory) {
        this(directory, ReturnVisitSurvey.none());
    }

    /**
     * Creates the checks.
     *
     * @param directory the organisation directory, or null to take unit and staff ids as given
     * @param survey the return-visit survey that return visits' answers must fit
     */
    public DomainInputChecks(OrganisationDirectory directory, ReturnVisitSurvey survey) {
        this.directory = directory;
        this.survey = Objects.requireNonNull(survey, "survey");
    }

    /** The earliest receipt a registration may state: the first day any calendar may know, in the first zone. */
    private static final Instant EARLIEST_RECEIPT = CalendarDefinition.EARLIEST.atStartOfDay(ZoneOffset.MAX).toInstant();

    /** The latest completion time a promise may name: the last day any calendar may know, in the last zone. */
    private static final Instant LATEST_PROMISE = CalendarDefinition.LATEST.atStartOfDay(ZoneOffset.MIN).toInstant();

    /**
     * Checks a command.
     *
     * @param command the command
     * @param now the engine clock's instant
     * @return every violation found; empty if none
     */
    public List<Violation> violations(ComplaintCommand command, Instant now) {
        List<Violation> found = new ArrayList<>();
        if (command instanceof RegisterComplaint register) {
            if (register.receivedAt() != null && register.receivedAt().isAfter(now)) {
                found.add(Violation.of(ErrorCode.TIME_IN_FUTURE, "receivedAt"));
            }
            if (register.receivedAt() != null && register.receivedAt().isBefore(EARLIEST_RECEIPT)) {
                // Clocks start at receipt and count on calendars, which know no date before 1971.
                found.add(new Violation(ErrorCode.OUT_OF_RANGE, "receivedAt",
                        "a complaint is received on or after " + CalendarDefinition.EARLIEST));
            }
            unit(register.receivingUnit(), "receivingUnit", found);
            Integer headcount = register.headcount();
            if (headcount != null && (headcount < 1 || headcount > Registration.MAX_HEADCOUNT)) {
                found.add(new Violation(ErrorCode.HEADCOUNT_OUT_OF_RANGE, "headcount",
                        "a registration counts from 1 to " + Registration.MAX_HEADCOUNT + " people"));
            }
            StaffId owner = register.firstContactOwner();
            staff(owner, "firstContactOwner", found);
            if (owner != null && register.subjects() != null && register.subjects().stream()
                    .anyMatch(subject -> subject != null && subject.staffMember().filter(owner::equals).isPresent())) {
                found.add(new Violation(ErrorCode.RECUSAL, "firstContactOwner",
                        "the first-contact owner is a person the complaint is about"));
            }
            Complainant complainant = register.complainant();
            if (complainant != null) {
                length(complainant.name(), Complainant.MAX_NAME_LENGTH, "complainant.name", found);
                if (complainant.contact() != null) {
                    length(complainant.contact().address(), ContactPoint.MAX_ADDRESS_LENGTH,
                            "complainant.contact.address", found);
                }
            }
        } else if (command instanceof AssignComplaint assign) {
            Set<HandlingUnit> seen = new HashSet<>();
            if (assign.firstResponsible() != null) {
                seen.add(assign.firstResponsible());
                unit(assign.firstResponsible().unit(), "firstResponsible.unit", found);
            }
            if (assign.coHandlers() != null) {
                for (int i = 0; i < assign.coHandlers().size(); i++) {
                    HandlingUnit co = assign.coHandlers().get(i);
                    if (co == null) {
                        continue;
                    }
                    if (!seen.add(co)) {
                        found.add(Violation.of(ErrorCode.DUPLICATE_HANDLER, "coHandlers[" + i + "]"));
                    }
                    unit(co.unit(), "coHandlers[" + i + "].unit", found);
                }
            }
            staff(assign.handler(), "handler", found);
        } else if (command instanceof PromiseCompletion promise) {
            if (promise.promisedBy() != null && !promise.promisedBy().isAfter(now)) {
                // A promise is of a time to come: one already past would be broken as it is made.
                found.add(Violation.of(ErrorCode.PROMISE_NOT_AHEAD, "promisedBy"));
            } else if (promise.promisedBy() != null && promise.promisedBy().isAfter(LATEST_PROMISE)) {
                // Its clock counts on calendars, which know no date after their last.
                found.add(new Violation(ErrorCode.OUT_OF_RANGE, "promisedBy",
                        "a promise falls on or before " + CalendarDefinition.LATEST));
            }
        } else if (command instanceof ReplyToForwardingBody reply && reply.sendTo() != null) {
            length(reply.sendTo().address(), ContactPoint.MAX_ADDRESS_LENGTH, "sendTo.address", found);
        } else if (command instanceof TransferOwnership transfer) {
            staff(transfer.to(), "to", found);
        } else if (command instanceof RecordReturnVisit visit && visit.answers() != null) {
            found.addAll(survey.violations(visit.answers()));
        } else if (command instanceof RecordResponsibility finding && finding.liable() != null) {
            for (int i = 0; i < finding.liable().size(); i++) {
                party(finding.liable().get(i), "liable[" + i + "]", found);
            }
        } else if (command instanceof DecideAccountability decision && decision.sanctions() != null) {
            for (int i = 0; i < decision.sanctions().size(); i++) {
                Sanction sanction = decision.sanctions().get(i);
                party(sanction == null ? null : sanction.on(), "sanctions[" + i + "].on", found);
            }
        }
        AccountabilityInputs.check(command, found);
        return found;
    }

    /** A liable party's staff member or unit, checked against the directory. */
    private void party(LiableParty party, String path, List<Violation> found) {
        if (party != null) {
            staff(party.staff(), path + ".staff", found);
            unit(party.unit(), path + ".unit", found);
        }
    }

    /** A text longer than the limit, counted in characters (code points), so a name in rare CJK is not cut short. */
    private static void length(Sensitive text, int max, String path, List<Violation> found) {
        if (text != null && text.reveal().codePointCount(0, text.reveal().length()) > max) {
            found.add(new Violation(ErrorCode.TOO_LONG, path, "is longer than " + max + " characters"));
        }
    }

    private void unit(UnitId unit, String path, List<Violation> found) {
        if (directory != null && unit != null && directory.unit(unit).isEmpty()) {
            found.add(Violation.of(ErrorCode.UNKNOWN_UNIT, path));
        }
    }

    private void staff(StaffId staff, String path, List<Violation> found) {
        if (directory != null && staff != null
                && directory.staff(staff).filter(member -> member.active()).isEmpty()) {
            found.add(new Violation(ErrorCode.UNKNOWN_STAFF, path, "names no active staff member in the directory"));
        }
    }
}
