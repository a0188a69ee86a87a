package org.complaintkit.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.PolicyCondition;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.preset.UkDisp;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/** A clock never runs silently on a calendar other than the one its rule chooses. */
class StrictCalendarTest {
    private static final BusinessCalendar CHINA = BusinessCalendar.of(CalendarFile.mainlandChina());
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");

    @Test
    void aPolicyForBritishComplaintsOnAnEngineWithoutABritishCalendarIsRefusedAtBuild() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SlaSetup.builder()
                .defaultCalendar(CHINA).policies(UkDisp.policy().when(PolicyCondition.always().withJurisdictions("GB")))
                .build());
        assertEquals(ErrorCode.CALENDAR_NOT_REGISTERED, e.code());
        assertTrue(e.getMessage().contains("GB"), e.getMessage());
    }

    @Test
    void aBritishComplaintUnderAPolicyForAnyJurisdictionIsRefusedWhenItsClocksStartAndNothingIsStored() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .sla(SlaSetup.builder().defaultCalendar(CHINA).policies(UkDisp.policy()).build()).build();
        CalendarException e = assertThrows(CalendarException.class, () -> engine.execute(british(clock.instant())));
        assertEquals(ErrorCode.CALENDAR_NOT_REGISTERED, e.code());
        assertEquals(0, store.size());
        // A complaint under the home rules names no jurisdiction and runs on the default, as documented.
        engine.execute(Fixtures.registration(clock.instant()));
        assertEquals(1, store.size());
    }

    @Test
    void aHostThatOptsIntoTheFallbackRunsTheBritishClocksOnTheDefaultCalendar() {
        SlaSetup setup = SlaSetup.builder().defaultCalendar(CHINA).policies(UkDisp.policy())
                .fallbackToDefaultCalendar().build();
        assertTrue(setup.fallsBackToDefaultCalendar());
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).sla(setup).build();
        var registered = engine.execute(british(clock.instant()));
        assertEquals(CalendarVersions.of(CHINA).latest().label(),
                engine.hostReads().explain(registered.complaintId(), UkDisp.policy().clocks().get(0).id()).calendarVersion());
    }

    @Test
    void aBritishCalendarRegisteredUnderItsCodeIsTheOneTheClocksRunOn() {
        CalendarVersions british = CalendarVersions.of(BusinessCalendar.of(CalendarFile.mainlandChina()));
        SlaSetup setup = SlaSetup.builder().defaultCalendar(CHINA).calendar("GB", british)
                .policies(UkDisp.policy().when(PolicyCondition.always().withJurisdictions("GB"))).build();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).sla(setup).build();
        var registered = engine.execute(british(clock.instant()));
        assertEquals(british, engine.sla().calendarFor(UkDisp.policy().clocks().get(0),
                org.complaintkit.api.sla.PolicyFacts.of(registered.state().registration(), java.util.Set.of()), null));
    }

    private static RegisterComplaint british(Instant at) {
        RegisterComplaint home = Fixtures.registration(at);
        return new RegisterComplaint(home.actor(), home.idempotencyKey(), home.complainant(), home.channel(),
                home.receivedAt(), home.receivingUnit(), home.subjects(), home.content(), home.request(),
                home.forwardedFrom(), "GB", false);
    }
}
