package org.complaintkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintNotFoundException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Who gets a complaint's case file, with what in it, and what a refusal leaves on the record. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseFileAccessTest {
    private final CaseFileBank bank = new CaseFileBank("CF-7");
    private final ComplaintId id = bank.answered(Fixtures.complainant(), CaseFileGoldenTest.TEXTS);

    @Test
    void the_person_complained_about_is_refused_the_case_file_and_the_attempt_is_on_the_record() {
        List<ComplaintEvent> before = bank.engine.hostReads().history(id);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.engine.caseFile(id, Fixtures.ACCUSED));
        assertTrue(refused.has(ErrorCode.RECUSAL), refused.getMessage());
        assertFalse(refused.getMessage().contains(Fixtures.NAME), "a refusal names no personal data");
        List<ComplaintEvent> after = bank.engine.hostReads().history(id);
        assertEquals(before.size() + 1, after.size(), "the refusal and nothing else is recorded");
        AccessDenied denied = (AccessDenied) after.get(after.size() - 1);
        assertEquals("caseFile", denied.attempted());
        assertEquals(Fixtures.ACCUSED_ID, denied.actor().staffId());
        assertEquals(ErrorCode.RECUSAL, denied.code());
    }

    @Test
    void the_refusal_is_in_the_next_case_file_with_who_tried_and_when() {
        assertThrows(CommandRefusedException.class, () -> bank.engine.caseFile(id, Fixtures.ACCUSED));
        CaseFileLine last = last(bank.engine.caseFile(id, Fixtures.HANDLER).section(CaseFile.EVENTS).orElseThrow());
        assertEquals(List.of("S-4001 (GD-SZ-FT-001)", "AccessDenied", "access refused (CMP-2102) to VIEW caseFile"),
                last.cells().subList(2, 5));
    }

    @Test
    void the_handler_and_the_complaint_manager_read_everything_and_a_colleague_reads_it_masked() {
        assertEquals(ViewRights.FULL, bank.engine.caseFile(id, Fixtures.HANDLER).rights());
        assertEquals(ViewRights.FULL, bank.engine.caseFile(id, FixedHistory.MANAGER).rights());
        CaseFile masked = bank.engine.caseFile(id, CaseFileBank.COLLEAGUE);
        assertEquals(ViewRights.MASKED, masked.rights());
        assertEquals(Fixtures.APPROVER_ID, masked.madeFor());
        String all = masked.text() + masked.html();
        for (String personal : List.of(Fixtures.NAME, Fixtures.PHONE, Fixtures.CUSTOMER_NUMBER)) {
            assertFalse(all.contains(personal), "the masked file shows " + personal);
        }
    }

    @Test
    void every_event_is_listed_once_in_order_with_its_sequence() {
        List<ComplaintEvent> history = bank.engine.hostReads().history(id);
        List<CaseFileLine> events = bank.engine.caseFile(id, Fixtures.HANDLER).section(CaseFile.EVENTS).orElseThrow()
                .lines();
        assertEquals(history.size(), events.size());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(Long.toString(history.get(i).sequence()), events.get(i).cells().get(0));
            assertEquals(history.get(i).getClass().getSimpleName(), events.get(i).cells().get(3));
        }
    }

    @Test
    void the_sections_come_in_a_fixed_order_and_the_notes_contacts_and_evidence_are_empty_until_events_fill_them() {
        CaseFile file = bank.engine.caseFile(id, Fixtures.HANDLER);
        assertEquals(List.of("Registration", "Events", "Notes", "Contacts", "Evidence", "Clocks", "Why each deadline",
                "Notices", "Outbox", "Seal verification"), file.sections().stream().map(CaseFileSection::heading)
                .toList());
        for (Topic topic : Topic.values()) {
            assertEquals(List.of(), file.section(topic.heading()).orElseThrow().lines());
        }
        assertTrue(file.text().contains("== Notes ==\n" + CaseFileText.NONE + "\n"), file.text());
    }

    @Test
    void the_case_file_says_when_the_seals_do_not_hold() {
        assertEquals("intact", cell(bank.engine.caseFile(id, Fixtures.HANDLER), CaseFile.SEALS, 0));
        ComplaintEngine otherKey = bank.builder().sealer(EventSealer.hmacSha256("another key, not the one that sealed".getBytes(StandardCharsets.UTF_8)))
                .build();
        CaseFile file = otherKey.caseFile(id, Fixtures.HANDLER);
        assertEquals("NOT intact", cell(file, CaseFile.SEALS, 0));
        assertTrue(file.section(CaseFile.SEALS).orElseThrow().lines().stream()
                .anyMatch(l -> l.cells().get(0).equals("first break")), file.text());
    }

    @Test
    void an_unknown_complaint_has_no_case_file() {
        assertTrue(assertThrows(ComplaintNotFoundException.class,
                () -> bank.engine.caseFile(ComplaintId.of("CF-404"), Fixtures.HANDLER)).has(ErrorCode.COMPLAINT_NOT_FOUND));
    }

    @Test
    void the_case_file_names_no_personal_data_when_printed_as_a_string() {
        CaseFile file = bank.engine.caseFile(id, Fixtures.HANDLER);
        String shown = file.toString() + file.sections() + file.sections().get(0).lines();
        assertFalse(shown.contains(Fixtures.NAME) || shown.contains(Fixtures.PHONE), shown);
    }

    private static CaseFileLine last(CaseFileSection section) {
        return section.lines().get(section.lines().size() - 1);
    }

    private static String cell(CaseFile file, String heading, int line) {
        return file.section(heading).orElseThrow().lines().get(line).cells().get(1);
    }
}
