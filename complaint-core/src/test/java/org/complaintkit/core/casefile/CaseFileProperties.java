package org.complaintkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.testkit.Fixtures;

/**
 * A reader without the right to personal data finds none of the registration's in the case file, printed either
 * way: not the name, the customer number, the phone number or the address, and not the free texts that quote them
 * (each masked as {@code ComplaintViews.forReader} masks it). Names and texts carry markup, so the page also shows
 * that nothing a person wrote becomes markup: every tag in the page is one the printer writes.
 */
class CaseFileProperties {
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "</td></tr><img src=x onerror=alert(1)>",
            "\"'><svg onload=alert(1)>", "&lt;b&gt;", "<style>body{display:none}</style>", "<link rel=stylesheet href=//x>",
            "]]><!--", "");
    private static final Set<String> PRINTED_TAGS = Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body",
            "h1", "h2", "p", "section", "table", "thead", "tbody", "tr", "th", "td");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([!A-Za-z][A-Za-z0-9-]*)");

    /** One complainant's personal data and the texts people wrote about them. */
    record Personal(String name, String customerNumber, String phone, String address, ContactMethod method,
                    String hostile) {
        String contact() {
            return method == ContactMethod.POST ? address : phone;
        }

        Complainant complainant() {
            return new Complainant(CustomerRef.of(customerNumber), Sensitive.of(name), CustomerSegment.ORDINARY, Set.of(),
                    ContactPoint.of(method, contact()));
        }

        CaseFileBank.Texts texts() {
            return new CaseFileBank.Texts("我是" + name + "，电话" + phone + "，住" + address + "。" + hostile + "柜员态度恶劣。",
                    "请回电 " + phone + " 找" + name + hostile, "向" + name + "致歉" + hostile,
                    "已电话 " + phone + " 告知" + name + "，地址 " + address, "依据" + hostile);
        }
    }

    @Provide
    Arbitrary<Personal> people() {
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(3);
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
        Arbitrary<String> names = Combinators.combine(hostile, cjk, Arbitraries.of("", "先生", " Smith"))
                .as((h, c, tail) -> h.isEmpty() ? c + tail : h.substring(0, Math.min(h.length(), 12)) + c + tail);
        Arbitrary<String> customers = Arbitraries.strings().numeric().ofLength(8).map(d -> "CIF" + d);
        Arbitrary<String> phones = Arbitraries.strings().numeric().ofLength(8).map(d -> "139" + d);
        Arbitrary<String> addresses = Arbitraries.integers().between(1, 999).map(n -> "深圳市福田区深南大道" + n + "号");
        return Combinators.combine(names, customers, phones, addresses,
                Arbitraries.of(ContactMethod.PHONE, ContactMethod.SMS, ContactMethod.POST), hostile)
                .as(Personal::new);
    }

    @Property(tries = 40)
    void a_reader_without_the_right_finds_no_personal_data_of_the_registration_in_the_case_file(
            @ForAll("people") Personal p) {
        CaseFileBank bank = new CaseFileBank("CF-P");
        ComplaintId id = bank.answered(p.complainant(), p.texts());
        CaseFile file = bank.engine.caseFile(id, CaseFileBank.COLLEAGUE);
        String text = file.text();
        String html = file.html();
        List<String> found = new ArrayList<>();
        for (String personal : List.of(p.name(), p.customerNumber(), p.phone(), p.address(), p.texts().content(),
                p.texts().request(), p.texts().resolution(), p.texts().answer())) {
            if (text.contains(personal) || html.contains(personal) || html.contains(CaseFileHtml.escape(personal))) {
                found.add(personal);
            }
        }
        assertEquals(List.of(), found, "personal data in a masked case file");
        assertEquals(Set.of(), foreignTags(html), "a text became markup");
    }

    @Property(tries = 15)
    void the_handlers_case_file_shows_the_hostile_name_as_text_and_never_as_markup(@ForAll("people") Personal p) {
        CaseFileBank bank = new CaseFileBank("CF-P");
        ComplaintId id = bank.answered(p.complainant(), p.texts());
        CaseFile file = bank.engine.caseFile(id, Fixtures.HANDLER);
        String html = file.html();
        assertTrue(html.contains("<td>" + CaseFileHtml.escape(p.name()) + "</td>"), "the name is in the file, escaped");
        assertTrue(file.text().contains(p.name()), "the plain text shows the name as written");
        assertEquals(Set.of(), foreignTags(html), "a text became markup");
    }

    private static Set<String> foreignTags(String html) {
        Set<String> foreign = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (!PRINTED_TAGS.contains(m.group(1))) {
                foreign.add(m.group(1));
            }
        }
        return foreign;
    }
}
