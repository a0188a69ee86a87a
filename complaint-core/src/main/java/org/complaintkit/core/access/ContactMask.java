package org.complaintkit.core.access;

import org.complaintkit.api.complaint.ContactMethod;

/**
 * Masks a contact address by the kind its method says it is, whatever its country or form. Nothing of it is
 * shown verbatim: a phone keeps at most its first three and last four digits (a landline its area code and
 * last four), an e-mail the first character and a top-level domain of up to three letters, an online handle its first and last
 * characters, and a postal address nothing at all.
 */
final class ContactMask {
    static final String POSTAL = "[postal address]";

    private ContactMask() {
    }

    static String of(ContactMethod method, String address) {
        if (address == null) {
            return null;
        }
        return switch (method) {
            case PHONE, SMS -> phone(address);
            case EMAIL -> email(address);
            case POST -> POSTAL;
            case ONLINE -> handle(address);
            case IN_PERSON -> "****";
        };
    }

    /** A phone number: its digits only, masked as a mainland mobile, a landline, or down to the last four. */
    static String phone(String address) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < address.length(); i++) {
            int v = MaskChars.digit(address.charAt(i));
            if (v >= 0) {
                d.append((char) ('0' + v));
            }
        }
        String digits = d.toString();
        String national = digits.length() == 13 && digits.startsWith("86") ? digits.substring(2)
                : digits.length() == 15 && digits.startsWith("0086") ? digits.substring(4) : digits;
        if (national.length() == 11 && national.charAt(0) == '1' && national.charAt(1) >= '3') {
            return national.substring(0, 3) + "****" + national.substring(7);
        }
        if (digits.length() >= 10 && digits.length() <= 12 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
            int area = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
            int local = digits.length() - area;
            if (local >= 7 && local <= 8) {
                return digits.substring(0, area) + MaskChars.stars(local - 4) + digits.substring(digits.length() - 4);
            }
        }
        return digits.length() >= 8 ? "****" + digits.substring(digits.length() - 4) : "****";
    }

    /** An e-mail address: the first character of the mailbox and the top-level domain. */
    static String email(String address) {
        String a = address.strip();
        int at = a.lastIndexOf('@');
        int dot = a.lastIndexOf('.');
        if (at <= 0 || dot < at + 2 || dot == a.length() - 1) {
            return EmailScanner.PLACEHOLDER;
        }
        String tld = a.substring(dot + 1);
        boolean letters = tld.length() <= 3 && tld.chars().allMatch(c -> c < 128 && Character.isLetter(c));
        return a.substring(0, a.offsetByCodePoints(0, 1)) + "***@***" + (letters ? "." + tld : "");
    }

    /** A handle such as a WeChat id or an online-banking user name: its first and last characters. */
    static String handle(String address) {
        String a = address.strip();
        int count = a.codePointCount(0, a.length());
        if (count < 6) {
            return "****";
        }
        return a.substring(0, a.offsetByCodePoints(0, 1)) + "****" + a.substring(a.offsetByCodePoints(0, count - 1));
    }
}
