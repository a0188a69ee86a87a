package org.complaintkit.core.notification;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import java.util.HashMap;
import java.util.Map;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.sla.NoticeMilestones;

/**
 * What the engine needs to derive notices: the rules, the templates, the locale of staff notices, how to
 * choose a complainant's locale, and the zone dates are written in.
 *
 * <pre>{@code
 * ComplaintEngine engine = ComplaintEngine.builder()
 *         .notifications(NotificationSetup.standard())
 *         .build();
 * }</pre>
 *
 * <p>Checked on construction: every rule's notice type has a template in every locale the templates
 * cover and in the staff locale ({@code CMP-4007}). Immutable and thread-safe if the locale function is.
 *
 * @param rules which events notify whom
 * @param templates the words of each notice type per locale
 * @param staffLocale the locale of notices to staff
 * @param customerLocale chooses the locale of notices to a complainant from the registration
 * @param zone the zone dates and times are written in; null for the engine clock's zone
 */
public record NotificationSetup(NotificationRules rules, NoticeTemplates templates, Locale staffLocale,
                                Function<Registration, Locale> customerLocale, ZoneId zone) {
    private static final Set<String> TRADITIONAL = Set.of("HK", "MO", "TW");
    private static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-CN");

    /**
     * Checks that the templates cover the rules.
     *
     * @param rules which events notify whom
     * @param templates the words of each notice type per locale
     * @param staffLocale the locale of notices to staff
     * @param customerLocale chooses the locale of notices to a complainant
     * @param zone the zone dates are written in; null for the engine clock's zone
     */
    public NotificationSetup {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(staffLocale, "staffLocale");
        Objects.requireNonNull(customerLocale, "customerLocale");
        List<Violation> problems = new ArrayList<>();
        for (NotificationRule rule : rules.all()) {
            if (templates.find(rule.type(), staffLocale).isEmpty()) {
                problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, "templates", "no template for notice type "
                        + rule.type() + " in " + staffLocale.toLanguageTag()));
            }
            for (String tag : templates.locales()) {
                if (templates.find(rule.type(), Locale.forLanguageTag(tag)).isEmpty()) {
                    problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, "templates", "no template for notice type "
                            + rule.type() + " in " + tag));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /**
     * The standard rules and templates; staff notices in zh-CN; complainants in zh-TW for the
     * jurisdictions HK, MO and TW, in zh-CN for CN or none, in English elsewhere; dates in the engine
     * clock's zone.
     *
     * @return the setup
     */
    public static NotificationSetup standard() {
        return new NotificationSetup(NotificationRules.standard(), NoticeTemplates.standard(), SIMPLIFIED_CHINESE,
                NotificationSetup::standardLocale, null);
    }

    private static Locale standardLocale(Registration registration) {
        String jurisdiction = registration.jurisdiction();
        if (jurisdiction == null || jurisdiction.equals("CN")) {
            return SIMPLIFIED_CHINESE;
        }
        return TRADITIONAL.contains(jurisdiction) ? Locale.forLanguageTag("zh-TW") : Locale.ENGLISH;
    }

    /**
     * Returns which clock milestones wait for a customer notice under these rules: {@code RESPONDED} waits for
     * the decision notice when the rules send one for the response, {@code REVIEW_CONCLUDED} for the review
     * outcome notice. A response the rules send no notice for (given by phone or in person) marks its
     * milestone at once.
     *
     * @return the proof-of-notice milestones
     */
    public NoticeMilestones proofOfNotice() {
        Map<String, Milestone> marks = new HashMap<>();
        List<NotificationRule> customerRules = new ArrayList<>();
        for (NotificationRule rule : rules.all()) {
            if (!rule.audiences().contains(Audience.CUSTOMER)) {
                continue;
            }
            if (rule.type().equals(NoticeTypes.DECISION)) {
                marks.put(rule.type(), Milestone.RESPONDED);
                customerRules.add(rule);
            } else if (rule.type().equals(NoticeTypes.REVIEW_OUTCOME)) {
                marks.put(rule.type(), Milestone.REVIEW_CONCLUDED);
                customerRules.add(rule);
            }
        }
        List<NotificationRule> proof = List.copyOf(customerRules);
        return new NoticeMilestones(
                event -> proof.stream().anyMatch(r -> r.appliesTo(event)), marks);
    }

    /**
     * This setup with other rules.
     *
     * @param other the rules
     * @return the new setup
     */
    public NotificationSetup withRules(NotificationRules other) {
        return new NotificationSetup(other, templates, staffLocale, customerLocale, zone);
    }

    /**
     * This setup with other templates.
     *
     * @param other the templates
     * @return the new setup
     */
    public NotificationSetup withTemplates(NoticeTemplates other) {
        return new NotificationSetup(rules, other, staffLocale, customerLocale, zone);
    }

    /**
     * This setup with staff notices in another locale.
     *
     * @param locale the locale
     * @return the new setup
     */
    public NotificationSetup withStaffLocale(Locale locale) {
        return new NotificationSetup(rules, templates, locale, customerLocale, zone);
    }

    /**
     * This setup choosing complainants' locales otherwise.
     *
     * @param chooser the locale of a complainant, from the registration
     * @return the new setup
     */
    public NotificationSetup withCustomerLocale(Function<Registration, Locale> chooser) {
        return new NotificationSetup(rules, templates, staffLocale, chooser, zone);
    }

    /**
     * This setup writing dates in a zone.
     *
     * @param writtenIn the zone
     * @return the new setup
     */
    public NotificationSetup withZone(ZoneId writtenIn) {
        return new NotificationSetup(rules, templates, staffLocale, customerLocale,
                Objects.requireNonNull(writtenIn, "zone"));
    }
}
