package org.complaintkit.core.notification;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeTemplatesTest {

    @Test
    void the_standard_templates_cover_every_rule_in_simplified_and_traditional_chinese_and_english() {
        NoticeTemplates standard = NoticeTemplates.standard();
        assertEquals(java.util.Set.of("en", "zh-CN", "zh-TW"), standard.locales());
        for (NotificationRule rule : NotificationRules.standard().all()) {
            for (String tag : standard.locales()) {
                assertTrue(standard.find(rule.type(), Locale.forLanguageTag(tag)).isPresent(), rule.type() + " " + tag);
            }
        }
        assertDoesNotThrow(NotificationSetup::standard);
    }

    @Test
    void the_decision_requires_facts_basis_and_remedies_and_the_extension_a_reason_and_a_new_date() {
        for (String tag : List.of("zh-CN", "zh-TW", "en")) {
            Locale locale = Locale.forLanguageTag(tag);
            NoticeTemplate decision = NoticeTemplates.standard().find(NoticeTypes.DECISION, locale).orElseThrow();
            assertEquals(java.util.Set.of("facts", "basis", "remedies"), decision.required(), tag);
            assertFalse(decision.defaults().get("remedies").isBlank(), "standard remedies wording in " + tag);
            assertEquals(java.util.Set.of("reason", "newDeadline"),
                    NoticeTemplates.standard().find(NoticeTypes.EXTENSION, locale).orElseThrow().required(), tag);
        }
    }

    @Test
    void a_locale_with_a_region_falls_back_to_its_language() {
        assertTrue(NoticeTemplates.standard().find(NoticeTypes.DECISION, Locale.UK).isPresent());
        assertTrue(NoticeTemplates.standard().find(NoticeTypes.DECISION, Locale.FRENCH).isEmpty());
    }

    @Test
    void rendering_is_one_pass_so_a_value_with_braces_is_copied_not_expanded() {
        NoticeTemplate template = NoticeTemplates.parse("t", """
                locale = en
                x.subject = About {complaint}
                x.body = Facts: {facts}
                x.required = facts
                """).get(0);
        NoticeTemplate.Rendered rendered = template.render(Map.of("complaint", "C-1", "facts", "{complaint} ${x} %s '; DROP"));
        assertEquals(List.of(), rendered.missing());
        assertEquals("Facts: {complaint} ${x} %s '; DROP", rendered.body());
        assertEquals(List.of("facts"), template.render(Map.of("complaint", "C-1", "facts", "  ")).missing());
        assertEquals(List.of("complaint"), template.render(Map.of("facts", "f")).missing());
    }

    @Test
    void a_malformed_template_file_is_refused_with_every_problem_and_its_line(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.templates");
        Files.writeString(file, """
                # broken on purpose
                locale = en
                urge.subject = Hurry {complaint
                decision.subject = Decision {complaint}
                decision.body = {facts} and {basis}
                decision.required = facts, basis, remedies
                decision.colour = red
                no equals sign here
                ack.subject = Hi
                """);
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> NoticeTemplates.load(file));
        assertTrue(refused.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_TEMPLATES));
        List<String> where = refused.violations().stream().map(Violation::path).toList();
        String f = file.toString();
        assertEquals(List.of(f + ":3", f + ":7", f + ":8", f + ":4", f + ":9"), where, refused.getMessage());
        List<String> why = refused.violations().stream().map(Violation::message).toList();
        assertTrue(why.get(0).contains("opening brace without a closing one"), why.get(0));
        assertTrue(why.get(1).contains("unknown field 'colour'"), why.get(1));
        assertTrue(why.get(2).contains("expected 'key = value'"), why.get(2));
        assertTrue(why.get(3).contains("requires {remedies}"), why.get(3));
        assertTrue(why.get(4).contains("needs a subject and a body"), why.get(4));
    }

    @Test
    void a_file_without_a_locale_and_a_missing_file_are_refused() {
        ConfigurationException noLocale = assertThrows(ConfigurationException.class,
                () -> NoticeTemplates.parse("nolocale.templates", "x.subject = s\nx.body = b\n"));
        assertEquals("nolocale.templates", noLocale.violations().get(0).path());
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> NoticeTemplates.load(Path.of("/no/such/dir/x.templates")));
        assertTrue(missing.violations().get(0).message().startsWith("cannot be read"));
    }

    @Test
    void a_setup_whose_templates_miss_a_rules_type_is_refused() {
        NoticeTemplates onlyDecision = NoticeTemplates.of(NoticeTemplates.parse("one.templates", """
                locale = zh-CN
                decision.subject = s {facts}
                decision.body = b
                """));
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> NotificationSetup.standard().withTemplates(onlyDecision));
        assertTrue(refused.violations().stream().anyMatch(v -> v.message().contains("no template for notice type urge")));
    }

    @Test
    void the_retry_policy_backs_off_by_its_multiplier_up_to_its_cap_and_stops_at_its_last_attempt() {
        RetryPolicy policy = new RetryPolicy(5, java.time.Duration.ofSeconds(30), 2.0, java.time.Duration.ofMinutes(1));
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(t.plusSeconds(30), policy.retryAt(1, t));
        assertEquals(t.plusSeconds(60), policy.retryAt(2, t));
        assertEquals(t.plusSeconds(60), policy.retryAt(3, t), "capped");
        assertEquals(t.plusSeconds(60), policy.retryAt(4, t));
        assertNull(policy.retryAt(5, t), "dead after the fifth attempt");
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, java.time.Duration.ofSeconds(1), 1, java.time.Duration.ofSeconds(1)));
    }
}
