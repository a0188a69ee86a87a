package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a staff member without the right to personal data sees of the contact and of the complainant's name. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MaskedViewTest {
    static final Actor BYSTANDER = Actor.staff(StaffId.of("S-9001"), Fixtures.BRANCH, Role.HANDLER);

    final MutableClock clock = MutableClock.at("2025-03-03T02:00:00Z");
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();

    ComplaintId register(String name, ContactPoint contact, String content, String request) {
        Complainant who = new Complainant(CustomerRef.of(Fixtures.CUSTOMER_NUMBER), Sensitive.of(name),
                CustomerSegment.ORDINARY, Set.of(), contact);
        return engine.execute(new RegisterComplaint(Fixtures.TELLER, Fixtures.key(), who,
                Fixtures.registration(clock.instant()).channel(), clock.instant(), Fixtures.OUTLET,
                List.of(ComplaintSubject.unit(Fixtures.OUTLET)), Sensitive.of(content), Sensitive.of(request), null, null,
                false)).complaintId();
    }

    @Test
    void a_postal_address_abroad_is_not_shown_to_a_bystander() {
        String address = "221B Baker Street, London NW1 6XE, United Kingdom";
        ComplaintView view = engine.view(register("John Smith", ContactPoint.of(ContactMethod.POST, address), "late",
                "refund"), BYSTANDER);
        assertEquals("[postal address]", view.contact());
        assertFalse(view.toJson().contains("Baker"), view.toJson());
        assertEquals(address, engine.view(view.id(), Fixtures.TELLER).contact(), "the first-contact owner sees it");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "PHONE|13812345678|138****5678",
            "SMS|139-1234-5678|139****5678",
            "PHONE|+86 139 1234 5678|139****5678",
            "PHONE|0755-12345678|0755****5678",
            "PHONE|+44 20 7946 0958|****0958",
            "PHONE|+1 (212) 555-0147 ext. 12|****4712",
            "PHONE|12345|****",
            "EMAIL|zhang.san@example.com|z***@***.com",
            "EMAIL|someone@mail.example.museum|s***@***",
            "EMAIL|not an address|[e-mail]",
            "ONLINE|wxid_zhangsan88|w****8",
            "ONLINE|zs1|****",
            "POST|深圳市福田区深南大道1001号|[postal address]",
            "POST|1600 Pennsylvania Avenue NW, Washington, DC 20500|[postal address]"
    })
    void every_kind_of_contact_is_masked_in_the_way_that_suits_it(ContactMethod method, String address,
                                                                 String masked) {
        assertEquals(masked, PersonalDataMask.contact(ContactPoint.of(method, address)));
    }

    @Test
    void the_complainants_name_is_masked_in_the_content_and_the_request() {
        ComplaintId id = register("张小明", ContactPoint.of(ContactMethod.PHONE, "13812345678"),
                "我是张小明，柜员对张先生态度恶劣。", "张小明要求道歉");
        ComplaintView view = engine.view(id, BYSTANDER);
        assertEquals("我是张**，柜员对张**态度恶劣。", view.content());
        assertEquals("张**要求道歉", view.request());
        assertFalse(view.toJson().contains("张小明"), view.toJson());
        assertTrue(engine.view(id, Fixtures.TELLER).content().contains("张小明"), "the first-contact owner sees it");
    }

    @Test
    void a_latin_name_and_its_titled_forms_are_masked_in_the_content() {
        ComplaintId id = register("John Smith", ContactPoint.of(ContactMethod.EMAIL, "john.smith@example.co.uk"),
                "John Smith here. Mr Smith's card ending 1234 was declined.", "Call Mr. Smith back");
        ComplaintView view = engine.view(id, BYSTANDER);
        assertFalse(view.toJson().contains("Smith"), view.toJson());
        assertEquals("j***@***.uk", view.contact());
    }
}
