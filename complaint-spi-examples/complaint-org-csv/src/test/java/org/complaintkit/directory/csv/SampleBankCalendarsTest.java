package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.organisation.OrgUnit;
import org.junit.jupiter.api.Test;

/**
 * The sample bank's units name the calendar {@code CN-mainland} (units.csv), and the CBIRC clocks run on the handling
 * unit's calendar: an engine that sets only a default calendar refuses the first registration ({@code CMP-5010}), as
 * docs/sla.md says, until the calendar is registered under that id or the host opts into the default as a fallback.
 */
class SampleBankCalendarsTest {
    static final BusinessCalendar MAINLAND = BusinessCalendar.of(CalendarFile.mainlandChina());

    final ApprovalMatrixOnSampleBankTest bank = new ApprovalMatrixOnSampleBankTest();

    ComplaintEngine.Builder builder(InMemoryComplaintStore store) {
        return ComplaintEngine.builder().clock(bank.clock).store(store).discoverPlugins(false)
                .organisation(CsvOrganisationDirectory.sampleBank());
    }

    @Test
    void everyUnitOfTheSampleBankNamesTheMainlandCalendar() {
        assertEquals(Set.of("CN-mainland"), CsvOrganisationDirectory.sampleBank().units().stream()
                .map(OrgUnit::calendarId).collect(Collectors.toSet()));
    }

    @Test
    void aDefaultCalendarAloneIsNotTheUnitsCalendarAndTheFirstRegistrationIsRefusedStoringNothing() {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintEngine engine = builder(store).calendar(MAINLAND).policies(ChinaCbirc.policy()).build();
        CalendarException e = assertThrows(CalendarException.class, () -> bank.registered(engine));
        assertEquals(ErrorCode.CALENDAR_NOT_REGISTERED, e.code());
        assertEquals("CMP-5010", e.code().code());
        assertTrue(e.getMessage().contains("CN-mainland") && e.getMessage().contains("register it"), e.getMessage());
        assertEquals(0, store.size());
    }

    @Test
    void theMainlandCalendarRegisteredUnderTheIdTheUnitsNameRunsTheClocks() {
        ComplaintEngine engine = builder(new InMemoryComplaintStore()).calendar(MAINLAND)
                .calendar("CN-mainland", CalendarVersions.of(MAINLAND)).policies(ChinaCbirc.policy()).build();
        ComplaintId id = bank.registered(engine);
        assertTrue(engine.hostReads().clock(id, ChinaCbirc.DECISION).dueAt().isPresent());
    }

    @Test
    void aHostThatOptsIntoTheFallbackRunsTheUnitsClocksOnTheDefaultCalendar() {
        SlaSetup setup = SlaSetup.builder().defaultCalendar(MAINLAND).policies(ChinaCbirc.policy())
                .fallbackToDefaultCalendar().build();
        ComplaintEngine engine = builder(new InMemoryComplaintStore()).sla(setup).build();
        ComplaintId id = bank.registered(engine);
        assertTrue(engine.hostReads().clock(id, ChinaCbirc.DECISION).dueAt().isPresent());
    }
}
