package org.complaintkit.core.access;

import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Sensitive;

/**
 * Masks personal data for staff without the right to see it. The masks keep only what a caller needs to
 * recognise a customer on the phone: the first three and last four digits of a mobile number, the last four
 * of an account or card number, and the first character of a name.
 *
 * <p>In free text ({@link #text(String, String)}) it masks, in this order: e-mail addresses; the
 * complainant's own name and its forms (张先生, Mr Smith); mainland street addresses; numbers however they
 * are written, with spaces, dashes or dots between digit groups and in full-width digits (resident ID numbers,
 * mobile numbers with or without 86, landlines with their area code, card and account numbers, passport
 * numbers, runs of more than 19 digits); and WeChat and QQ ids the text introduces as such. Dates, amounts
 * and short numbers stay readable. Masking free text is best effort: a name, number or address written in a
 * form none of these recognises is left as it is.
 *
 * <p>Every scanner is hand-written and reads each character a bounded number of times, so masking takes
 * time linear in the text's length, whatever the text; and a masked text is never longer than the text it
 * masks, so it always fits wherever the text fitted.
 *
 * <p>A contact address ({@link #contact(ContactPoint)}) is masked by its kind, never shown verbatim.
 *
 * <p>A value that reads {@value Sensitive#ERASED_MARKER} (its personal data was erased) is shown as that marker by
 * every mask, never masked into something like {@code [**}: there is nothing left to hide, and the reader should
 * see that the value was erased.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /**
     * Masks every kind of personal data this class knows in a text.
     *
     * @param text the text, or null
     * @return the masked text, never longer than the text, or null
     */
    public static String text(String text) {
        return text(text, null);
    }

    /**
     * Masks every kind of personal data this class knows in a text, and the complainant's own name wherever
     * it occurs in it.
     *
     * @param text the text, or null
     * @param complainantName the complainant's name as registered, or null to look for no name
     * @return the masked text, never longer than the text, or null
     */
    public static String text(String text, String complainantName) {
        if (text == null || text.isEmpty() || erased(text)) {
            return text;
        }
        MaskedText masked = new MaskedText(text);
        EmailScanner.scan(masked);
        NameScanner.scan(masked, erased(complainantName) ? null : complainantName);
        AddressScanner.scan(masked);
        NumberScanner.scan(masked);
        MessengerIdScanner.scan(masked);
        return masked.result();
    }

    /**
     * Masks a contact address by the kind of address its method says it is: a phone number (PHONE, SMS)
     * keeps the first three and last four digits of a mainland mobile, the area code and last four digits
     * of a landline, or only the last four digits of any other number; an e-mail keeps its first character
     * and a short top-level domain ({@code z***@***.com}); an online handle such as a WeChat id its first and
     * last characters; a postal address, in any country, is replaced whole.
     *
     * @param contact the contact point, or null
     * @return the masked address, or null if there is no address
     */
    public static String contact(ContactPoint contact) {
        if (contact == null || contact.address() == null) {
            return null;
        }
        if (contact.address().isErased()) {
            return Sensitive.ERASED_MARKER;
        }
        return ContactMask.of(contact.method(), contact.address().reveal());
    }

    /**
     * Masks a name: its first character, then asterisks.
     *
     * @param name the name, or null
     * @return the masked name, or null
     */
    public static String name(String name) {
        if (name == null || name.isEmpty() || erased(name)) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "**";
    }

    /** Whether a value is the marker an erased value reads as. */
    private static boolean erased(String value) {
        return Sensitive.ERASED_MARKER.equals(value);
    }

    /**
     * Masks an identifier such as a customer number: its first two and last two characters.
     *
     * @param id the identifier, or null
     * @return the masked identifier, or null
     */
    public static String identifier(String id) {
        if (erased(id)) {
            return id;
        }
        if (id == null || id.length() <= 4) {
            return id == null ? null : "****";
        }
        return id.substring(0, 2) + "*".repeat(id.length() - 4) + id.substring(id.length() - 2);
    }
}
