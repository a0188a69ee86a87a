package org.complaintkit.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The case file of one fixed complaint, printed byte for byte: in HTML and in plain text for its handler, who may
 * see everything, and in plain text for a colleague without the right to personal data. The complaint went from
 * the counter to the answer with its notices delivered, and the person it is about tried to read its file.
 *
 * <p>To accept an intended change, run with {@code -Dgolden.write=true} and review the diff of the files in the
 * commit.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseFileGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** The fixed complaint's texts: one holds markup, to show it printed as text. */
    static final CaseFileBank.Texts TEXTS = new CaseFileBank.Texts(
            "柜员态度恶劣，排队号过期后拒绝办理大额取现 <b>\"急\"</b> & 要求当场处理。",
            "要求道歉并办理取现", "网点主任致歉，补办取现；客户 " + Fixtures.NAME + " 认可。",
            "已向客户致歉并补办取现，联系电话 " + Fixtures.PHONE + "。", "《商业银行法》第五条");

    private static String file(Actor reader, boolean html) {
        CaseFileBank bank = new CaseFileBank("CF-2026-0001");
        ComplaintId id = bank.answered(Fixtures.complainant(), TEXTS);
        bank.clock.advance(Duration.ofMinutes(30));
        assertThrows(CommandRefusedException.class, () -> bank.engine.caseFile(id, Fixtures.ACCUSED));
        bank.clock.advance(Duration.ofDays(2));
        bank.engine.tick();
        CaseFile file = bank.engine.caseFile(id, reader);
        return html ? file.html() : file.text();
    }

    private static void compare(String name, String printed) throws IOException {
        Path path = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(path, printed, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(path, StandardCharsets.UTF_8), printed, "the case file " + name + " changed; if "
                + "that is intended, run with -Dgolden.write=true and review the diff of " + path);
    }

    @Test
    void the_handlers_case_file_prints_in_html_exactly_as_the_golden_file_says() throws IOException {
        compare("case-file-handler.html", file(Fixtures.HANDLER, true));
    }

    @Test
    void the_handlers_case_file_prints_in_plain_text_exactly_as_the_golden_file_says() throws IOException {
        compare("case-file-handler.txt", file(Fixtures.HANDLER, false));
    }

    @Test
    void a_masked_colleagues_case_file_prints_in_plain_text_exactly_as_the_golden_file_says() throws IOException {
        compare("case-file-masked.txt", file(CaseFileBank.COLLEAGUE, false));
    }

    @Test
    void the_case_file_is_the_same_when_made_again() {
        assertEquals(file(Fixtures.HANDLER, true), file(Fixtures.HANDLER, true));
    }
}
