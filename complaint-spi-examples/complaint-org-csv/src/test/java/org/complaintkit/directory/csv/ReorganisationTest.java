package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.organisation.EffectiveDatedDirectory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A reorganisation that takes effect on a date: escalations climb the ladder in force and record its version. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReorganisationTest {

    @Test
    void from_its_effective_date_the_new_organisation_answers_and_escalations_record_its_version() {
        CsvOrganisationDirectory before = CsvOrganisationDirectory.sampleBank();
        // On 1 April 2025 the Futian sub-branch moves from the Shenzhen branch straight under the province.
        CsvOrganisationDirectory after = CsvOrganisationDirectory.parse("2025-04-01", name -> {
            String text = new String(readSample(name), java.nio.charset.StandardCharsets.UTF_8);
            return name.equals("units.csv") ? text.replace("GD-SZ-FT,福田支行 Futian sub-branch,SUB_BRANCH,GD-SZ,",
                    "GD-SZ-FT,福田支行 Futian sub-branch,SUB_BRANCH,GD,") : text;
        });
        EscalationOnSampleBankTest.MutableTestClock clock =
                new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-31T02:00:00Z"));
        EffectiveDatedDirectory bank = EffectiveDatedDirectory.of(Map.of(LocalDate.of(2025, 1, 1), before,
                LocalDate.of(2025, 4, 1), after), clock);
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).organisation(bank).build();
        Actor teller = Actor.staff(StaffId.of("S-4001"), UnitId.of("GD-SZ-FT-001"), Role.RECEIVER);
        Complainant who = new Complainant(CustomerRef.of("CIF1"), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        ComplaintId id = engine.execute(new RegisterComplaint(teller, IdempotencyKey.of("r1"), who, Channel.COUNTER,
                clock.instant(), UnitId.of("GD-SZ-FT-001"), List.of(ComplaintSubject.product("CASH")),
                Sensitive.of("排队"), Sensitive.of("改进"), null)).complaintId();
        engine.execute(new EscalateComplaint(id, teller, IdempotencyKey.of("e1"), EscalationTrigger.HANDLER_REQUEST, null));
        clock.advance(Duration.ofDays(1));
        ComplaintEscalated second = (ComplaintEscalated) engine.execute(new EscalateComplaint(id, teller,
                IdempotencyKey.of("e2"), EscalationTrigger.HANDLER_REQUEST, null)).events().get(0);
        assertEquals(UnitId.of("GD"), second.toUnit(), "under the new organisation Futian reports to the province");
        assertEquals("2025-04-01", second.organisationVersion());
        ComplaintEscalated first = (ComplaintEscalated) engine.hostReads().history(id).stream()
                .filter(e -> e instanceof ComplaintEscalated).findFirst().orElseThrow();
        assertEquals("sample-2025", first.organisationVersion(), "history keeps the version it climbed");
    }

    static byte[] readSample(String name) {
        try (var in = CsvOrganisationDirectory.class.getResourceAsStream("sample-bank/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
