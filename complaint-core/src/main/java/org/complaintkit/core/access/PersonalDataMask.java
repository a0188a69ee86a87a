package org.complaintkit.core.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;

/**
 * Masks personal data in text for staff without the right to see it: mainland ID numbers, mobile phone
 * numbers, account and card numbers, e-mail addresses and street addresses, and names. The masks keep
 * only what a caller needs to recognise a customer on the phone: the last four digits of a phone or
 * account number, and the first character of a name.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonalDataMask {
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9])[0-9]{12,19}(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /**
     * A street address: two administrative parts and what follows (深圳市福田区深南大道1001号), or a road
     * with a house number (深南大道1001号). Single words ending in a place character (知道, 超市) are not
     * addresses; a character or two before an address may be masked with it.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,8}(?:省|市|区|县)[\\u4e00-\\u9fa5]{1,8}(?:市|区|县|镇|乡)"
                    + "(?:[\\u4e00-\\u9fa5]{1,12}(?:路|街|道|巷|村))*(?:[0-9-]+(?:号|栋|幢|单元|室))*"
                    + "|[\\u4e00-\\u9fa5]{1,12}(?:路|街|道|巷)[0-9-]+号(?:[0-9-]+(?:栋|幢|单元|室))*");

    private PersonalDataMask() {
    }

    /**
     * Masks every kind of personal data this class knows in a text.
     *
     * @param text the text, or null
     * @return the masked text, or null
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String out = replace(ID_NUMBER, text, m -> "[ID number]");
        out = replace(ACCOUNT, out, m -> "****" + m.substring(m.length() - 4));
        out = replace(PHONE, out, m -> m.substring(0, 3) + "****" + m.substring(7));
        out = replace(EMAIL, out, m -> "[e-mail]");
        out = replace(ADDRESS, out, m -> "[address]");
        return out;
    }

    /**
     * Masks a name: its first character, then asterisks.
     *
     * @param name the name, or null
     * @return the masked name, or null
     */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "**";
    }

    /**
     * Masks an identifier such as a customer number: its first two and last two characters.
     *
     * @param id the identifier, or null
     * @return the masked identifier, or null
     */
    public static String identifier(String id) {
        if (id == null || id.length() <= 4) {
            return id == null ? null : "****";
        }
        return id.substring(0, 2) + "*".repeat(id.length() - 4) + id.substring(id.length() - 2);
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> mask) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
