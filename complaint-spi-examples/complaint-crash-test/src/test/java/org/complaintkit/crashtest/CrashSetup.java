package org.complaintkit.crashtest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.BankProcedures;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.directory.csv.CsvOrganisationDirectory;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * The engine the crash test runs, the same in the child that is killed and in the parent that checks: the sample
 * bank, the mainland-China calendar, the CBIRC and bank clocks, repeat and group detection, escalation and the
 * standard notices, as complaint-demo configures them.
 */
final class CrashSetup {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Where business time starts: a Monday morning at the start of the shipped calendar, whose official data runs
     *  to the end of 2026, so that even the soak (six business hours a wall second) stays on official dates. */
    static final Instant START = LocalDate.of(2024, 1, 8).atTime(8, 30).atZone(ZONE).toInstant();
    /** Who reads for the checks: a head-office approver. */
    static final Actor READER = Actor.staff(StaffId.of("S-0003"), UnitId.of("HO"), Role.APPROVER);

    final CsvOrganisationDirectory bank = CsvOrganisationDirectory.sampleBank();
    final SlaSetup sla;

    CrashSetup() {
        CalendarVersions cn = CalendarVersions.of(CalendarFile.mainlandChina());
        this.sla = SlaSetup.builder().policies(ChinaCbirc.policy(), BankProcedures.policy(), SlaPolicy.of(
                        "bank.first-contact", "the customer contacted at the first moment",
                        BankProcedures.firstContact())).defaultCalendar(cn).calendar("CN-mainland", cn).build();
    }

    /** The engine on a store and a clock. */
    ComplaintEngine engine(ComplaintStore store, Clock clock) {
        return builder(store, clock).build();
    }

    /** The engine's builder, for a reader that turns the history cache off. */
    ComplaintEngine.Builder builder(ComplaintStore store, Clock clock) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).organisation(bank)
                .classifier(RuleClassifier.standard()).repeats(RepeatPolicy.standard())
                .groups(GroupDetector.standard(), "seed.matter").escalation(EscalationPolicy.standard())
                .notifications(NotificationSetup.standard()).sla(sla);
    }

    /** The outlets of the sample bank, by id. */
    List<UnitId> outlets() {
        return bank.units().stream().filter(u -> u.level() == UnitLevel.OUTLET).map(OrgUnit::id).sorted(
                Comparator.comparing(UnitId::value)).toList();
    }

    /** Who works an outlet's complaints: the receiver, the handler and the approver. */
    record Desk(Actor receiver, Actor handler, HandlingUnit handlingUnit, Actor approver) {
    }

    Desk desk(UnitId outlet) {
        StaffMember receiver = nearest(outlet, s -> s.holds(Role.RECEIVER));
        StaffMember handler = nearest(outlet, s -> s.holds(Role.HANDLER) && !s.holds(Role.APPROVER));
        if (handler == null) {
            handler = nearest(outlet, s -> s.holds(Role.HANDLER));
        }
        StaffMember chosen = handler;
        StaffMember approver = nearest(outlet, s -> s.holds(Role.APPROVER) && !s.id().equals(chosen.id()));
        return new Desk(actor(receiver), actor(handler), HandlingUnit.of(handler.unit(), handler.department()),
                actor(approver));
    }

    private StaffMember nearest(UnitId from, Predicate<StaffMember> wanted) {
        for (UnitId at = from; at != null; at = bank.unit(at).map(OrgUnit::parent).orElse(null)) {
            List<StaffMember> here = new ArrayList<>(bank.staffIn(at).stream().filter(StaffMember::active)
                    .filter(wanted).toList());
            here.sort(Comparator.comparing(s -> s.id().value()));
            if (!here.isEmpty()) {
                return here.get(0);
            }
        }
        return null;
    }

    private static Actor actor(StaffMember member) {
        return Actor.staff(member.id(), member.unit(), member.roles().stream().sorted(Comparator.comparing(Role::code))
                .toArray(Role[]::new));
    }
}
