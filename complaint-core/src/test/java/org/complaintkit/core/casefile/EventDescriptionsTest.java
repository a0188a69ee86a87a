package org.complaintkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintWithdrawn;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Every event type has its one line in the case file, and the line shows what the reader may see. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventDescriptionsTest {
    private static final Reading FULL = new Reading(ViewRights.FULL, Sensitive.of(Fixtures.NAME),
            CaseFileBank.SHANGHAI);
    private static final Reading MASKED = new Reading(ViewRights.MASKED, Sensitive.of(Fixtures.NAME),
            CaseFileBank.SHANGHAI);

    @Test
    void every_event_type_has_a_description_in_the_case_file() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : ComplaintEvent.class.getPermittedSubclasses()) {
            if (!EventDescriptions.described().contains(type)) {
                missing.add(type.getSimpleName());
            }
        }
        assertEquals(List.of(), missing, "add one entry per event type to EventDescriptions' table");
    }

    @Test
    void the_table_describes_only_event_types_that_exist() {
        assertEquals(Set.of(ComplaintEvent.class.getPermittedSubclasses()), EventDescriptions.described());
    }

    @Test
    void a_free_text_is_shown_to_a_reader_with_full_rights_and_masked_for_a_reader_without() {
        ComplaintWithdrawn withdrawn = new ComplaintWithdrawn(new EventHeader(ComplaintId.of("C-1"), 7,
                Instant.parse("2026-03-02T01:00:00Z"), Fixtures.TELLER), Sensitive.of("客户" + Fixtures.NAME + "来电撤诉，电话" + Fixtures.PHONE));
        EventDescription full = EventDescriptions.describe(withdrawn, FULL);
        EventDescription masked = EventDescriptions.describe(withdrawn, MASKED);
        assertEquals("ComplaintWithdrawn", full.type());
        assertTrue(full.text().contains(Fixtures.NAME) && full.text().contains(Fixtures.PHONE), full.text());
        assertFalse(masked.text().contains(Fixtures.NAME) || masked.text().contains(Fixtures.PHONE), masked.text());
        assertTrue(full.inTopic().isEmpty(), "a withdrawal is in the list of events only");
    }

    @Test
    void a_description_is_one_line_whatever_the_text_holds() {
        ComplaintWithdrawn withdrawn = new ComplaintWithdrawn(new EventHeader(ComplaintId.of("C-1"), 7,
                Instant.parse("2026-03-02T01:00:00Z"), Fixtures.TELLER), Sensitive.of("第一行\r\n第二行\t第三行"));
        assertEquals("withdrawn by the customer: 第一行 第二行 第三行", EventDescriptions.describe(withdrawn, FULL).text());
    }

    @Test
    void a_classification_line_shows_a_second_grievance_beside_the_class() {
        ClassAssignment matter = ClassAssignment.decided("seed.matter", "2024", "irregular-fees", "rules", List.of(),
                "rule matter.fees").withSecondary(SecondaryClass.byRules("service-attitude", "rules", List.of(),
                "a clause of its own"));
        ClassAssignment type = ClassAssignment.decided("seed.type", "2024", "business.policy", "rules", List.of(),
                "rule type.policy");
        ComplaintClassified classified = new ComplaintClassified(new EventHeader(ComplaintId.of("C-1"), 2,
                Instant.parse("2026-03-02T01:00:00Z"), Fixtures.TELLER), "rules",
                new ClassificationResult(List.of(matter, type), List.of(), Priority.NORMAL, List.of()), "rules-1");
        String text = EventDescriptions.describe(classified, MASKED).text();
        assertTrue(text.contains("seed.matter irregular-fees (secondary service-attitude), seed.type business.policy,"),
                text);
    }
}
