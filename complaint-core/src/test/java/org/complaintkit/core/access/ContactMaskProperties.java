package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;

/** Whatever the method and whatever is written in the address, a masked contact shows no stretch of it. */
class ContactMaskProperties {

    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.strings().withChars("abcXYZ0123456789 @.-+()_深圳市路号Strasse,ü").ofMinLength(5).ofMaxLength(60)
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 1000)
    void no_five_consecutive_characters_of_a_contact_survive_masking(@ForAll ContactMethod method,
                                                                    @ForAll("addresses") String address) {
        String masked = PersonalDataMask.contact(ContactPoint.of(method, address));
        assertNotEquals(address, masked);
        for (int i = 0; i + 5 <= address.length(); i++) {
            String stretch = address.substring(i, i + 5);
            assertFalse(masked.contains(stretch), () -> method + " '" + address + "' -> '" + masked + "' keeps '"
                    + stretch + "'");
        }
    }
}
