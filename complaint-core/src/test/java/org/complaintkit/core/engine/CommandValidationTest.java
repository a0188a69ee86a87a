package org.complaintkit.core.engine;

import static org.complaintkit.testkit.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.*;
import org.complaintkit.api.error.ComplaintNotFoundException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandValidationTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).build();

    private static Map<String, ErrorCode> byPath(InvalidInputException e) {
        return e.violations().stream().collect(Collectors.toMap(Violation::path, Violation::code));
    }

    @Test
    void a_registration_with_several_faults_reports_every_violation_at_once_and_stores_nothing() {
        RegisterComplaint broken = new RegisterComplaint(TELLER, key(),
                new Complainant(CustomerRef.of(CUSTOMER_NUMBER), null, CustomerSegment.VIP, java.util.Set.of(),
                        new ContactPoint(null, null)),
                null, null, OUTLET, List.of(), null, Sensitive.of("x"), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.execute(broken));
        assertEquals(Map.of(
                "channel", ErrorCode.REQUIRED,
                "receivedAt", ErrorCode.REQUIRED,
                "content", ErrorCode.REQUIRED,
                "subjects", ErrorCode.OUT_OF_RANGE,
                "complainant.name", ErrorCode.REQUIRED,
                "complainant.contact.method", ErrorCode.REQUIRED), byPath(e));
        assertEquals(6, e.violations().size(), "each fault is reported once: " + e.violations());
        assertEquals(0, store.size());
    }

    @Test
    void a_receipt_time_after_the_engine_clock_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.execute(registration(clock.instant().plus(Duration.ofSeconds(1)))));
        assertEquals(ErrorCode.TIME_IN_FUTURE, e.code());
        assertEquals(0, store.size());
    }

    @Test
    void a_receipt_time_before_any_calendar_is_refused_as_input_not_thrown_from_the_clocks() {
        for (Instant ancient : List.of(Instant.MIN, Instant.parse("1970-12-31T00:00:00Z"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> engine.execute(registration(ancient)));
            assertEquals(ErrorCode.OUT_OF_RANGE, e.code());
            assertEquals("receivedAt", e.violations().get(0).path());
        }
        assertEquals(0, store.size());
    }

    @Test
    void a_letter_received_yesterday_may_be_registered_today() {
        assertEquals(ComplaintStatus.REGISTERED,
                engine.execute(registration(clock.instant().minus(Duration.ofDays(1)))).state().status());
    }

    @Test
    void identifiers_free_texts_and_money_are_checked_when_constructed() {
        assertEquals(ErrorCode.BAD_FORMAT, assertThrows(InvalidInputException.class, () -> UnitId.of("分行 1")).code());
        assertEquals(ErrorCode.BLANK, assertThrows(InvalidInputException.class, () -> StaffId.of("  ")).code());
        assertEquals(ErrorCode.TOO_LONG, assertThrows(InvalidInputException.class, () -> ComplaintId.of("x".repeat(65))).code());
        assertEquals(ErrorCode.ILLEGAL_CHARACTERS, assertThrows(InvalidInputException.class, () -> Sensitive.of("a\u0000b")).code());
        assertEquals(ErrorCode.ILLEGAL_CHARACTERS, assertThrows(InvalidInputException.class, () -> Sensitive.of("a\ud800b")).code());
        assertEquals(ErrorCode.OUT_OF_RANGE, assertThrows(InvalidInputException.class, () -> Money.of("-1", "CNY")).code());
        assertEquals(ErrorCode.BAD_FORMAT, assertThrows(InvalidInputException.class, () -> Money.of("1", "XYZ1")).code());
        assertEquals("😀 مرحبا 你好", Sensitive.of("😀 مرحبا 你好").reveal());
        assertEquals(Money.of("5000.00", "CNY"), Money.of("5000", "CNY"));
    }

    @Test
    void an_assignment_naming_the_same_unit_twice_is_refused() {
        ComplaintId id = engine.execute(registration(clock.instant())).complaintId();
        engine.execute(new org.complaintkit.api.command.AcceptComplaint(id, HANDLER, key()));
        HandlingUnit cards = HandlingUnit.of(BRANCH, DepartmentId.of("cards"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.execute(
                new AssignComplaint(id, HANDLER, key(), cards, List.of(HandlingUnit.of(OUTLET), cards), null)));
        assertEquals(Map.of("coHandlers[1]", ErrorCode.DUPLICATE_HANDLER), byPath(e));
        assertEquals(2, engine.hostReads().history(id).size());
    }

    @Test
    void with_a_directory_unknown_units_and_inactive_handlers_are_refused() {
        OrganisationDirectory directory = new OrganisationDirectory() {
            @Override
            public Optional<OrgUnit> unit(UnitId id) {
                return id.equals(OUTLET) ? Optional.of(new OrgUnit(OUTLET, "Futian outlet", UnitLevel.OUTLET, BRANCH))
                        : Optional.empty();
            }

            @Override
            public Optional<StaffMember> staff(StaffId id) {
                // The teller and the handler who act are active members; anyone else has left.
                return Optional.of(id.equals(TELLER.staffId()) ? new StaffMember(id, OUTLET, TELLER.roles(), true)
                        : id.equals(HANDLER_ID) ? new StaffMember(id, BRANCH, HANDLER.roles(), true)
                        : new StaffMember(id, OUTLET, java.util.Set.of(), false));
            }
        };
        ComplaintEngine strict = ComplaintEngine.builder().clock(clock).organisation(directory).discoverPlugins(false).build();
        ComplaintId id = strict.execute(registration(clock.instant())).complaintId();
        strict.execute(new org.complaintkit.api.command.AcceptComplaint(id, HANDLER, key()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> strict.execute(
                new AssignComplaint(id, HANDLER, key(), HandlingUnit.of(BRANCH), List.of(), StaffId.of("S-9009"))));
        assertEquals(Map.of("firstResponsible.unit", ErrorCode.UNKNOWN_UNIT, "handler", ErrorCode.UNKNOWN_STAFF), byPath(e));
    }

    @Test
    void a_missing_command_is_bad_input_not_a_null_pointer() {
        assertEquals(ErrorCode.REQUIRED, assertThrows(InvalidInputException.class, () -> engine.execute(null)).code());
    }

    @Test
    void personal_data_never_appears_in_to_string_or_error_messages() {
        var result = engine.execute(registration(clock.instant()));
        String printed = result.toString() + engine.hostReads().history(result.complaintId()) + registration(clock.instant());
        RegisterComplaint broken = new RegisterComplaint(TELLER, key(), complainant(), Channel.COUNTER,
                clock.instant().plusSeconds(60), OUTLET, List.of(ComplaintSubject.product("P")), Sensitive.of(CONTENT),
                Sensitive.of(NAME + PHONE), null);
        printed += assertThrows(InvalidInputException.class, () -> engine.execute(broken)).getMessage();
        for (String secret : List.of(NAME, PHONE, CUSTOMER_NUMBER, CONTENT)) {
            assertFalse(printed.contains(secret), "leaked a personal value");
        }
        assertTrue(printed.contains("[redacted]"));
    }

    @Test
    void an_unknown_complaint_is_reported_with_its_code() {
        var e = assertThrows(org.complaintkit.api.error.StoreException.class, () -> engine.execute(
                new org.complaintkit.api.command.AcceptComplaint(ComplaintId.of("C-none"), HANDLER, key())));
        assertEquals(ErrorCode.COMPLAINT_NOT_FOUND, e.code());
    }

    @Test
    void an_unknown_complaint_is_a_complaint_not_found_exception_to_commands_and_reads_alike() {
        ComplaintId unknown = ComplaintId.of("C-none");
        var refused = assertThrows(ComplaintNotFoundException.class,
                () -> engine.execute(AcceptComplaint.of(unknown, HANDLER, key())));
        assertEquals(ErrorCode.COMPLAINT_NOT_FOUND, refused.code());
        assertEquals(ErrorCode.COMPLAINT_NOT_FOUND, assertThrows(ComplaintNotFoundException.class,
                () -> engine.hostReads().clocks(unknown)).code());
        assertEquals(ErrorCode.COMPLAINT_NOT_FOUND, assertThrows(ComplaintNotFoundException.class,
                () -> engine.view(unknown, HANDLER)).code());
    }

    @Test
    void queries_page_by_complaint_id_and_filter_by_status_unit_and_customer() {
        ComplaintEngine numbered = ComplaintEngine.builder().clock(clock).idSource(ComplaintIdSource.sequential("N-"))
                .discoverPlugins(false).build();
        for (int i = 0; i < 5; i++) {
            numbered.execute(registration(clock.instant()));
        }
        numbered.execute(new org.complaintkit.api.command.AcceptComplaint(ComplaintId.of("N-000003"), HANDLER, key()));
        var first = numbered.hostReads().query(ComplaintQuery.all(2));
        assertEquals(List.of(ComplaintId.of("N-000001"), ComplaintId.of("N-000002")), first.ids());
        var second = numbered.hostReads().query(ComplaintQuery.all(2).after(first.next().orElseThrow()));
        assertEquals(List.of(ComplaintId.of("N-000003"), ComplaintId.of("N-000004")), second.ids());
        assertEquals(List.of(ComplaintId.of("N-000003")), numbered.hostReads().query(ComplaintQuery.all(10)
                .withStatuses(java.util.Set.of(ComplaintStatus.ACCEPTED))).ids());
        assertEquals(5, numbered.hostReads().query(ComplaintQuery.all(10).withUnit(OUTLET)
                .withCustomer(CustomerRef.of(CUSTOMER_NUMBER))).ids().size());
        assertEquals(0, numbered.hostReads().query(ComplaintQuery.all(10).withUnit(BRANCH)).ids().size());
        assertEquals(0, numbered.hostReads().query(ComplaintQuery.all(10).withReceivedBetween(null, Instant.parse("2026-01-01T00:00:00Z")))
                .ids().size());
    }
}
