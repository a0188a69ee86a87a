package org.complaintkit.spi.storage;

import java.util.Objects;
import org.complaintkit.api.classification.ComplaintFlag;

/**
 * The flags a complaint's index row holds for work queues ({@link QueueFacts#flags()}), and what raises each.
 * The first twelve are the classification's {@link ComplaintFlag}s under the same names, as the classifier
 * raised them at registration, with the repeat, group and major flags the link detectors add later; the next
 * two come from the history; the last, {@link #NEEDS_CLASSIFICATION}, from the classification itself.
 *
 * <p>{@link #VULNERABLE} is raised either way: by the classifier, or by the complainant's reasons for priority
 * care given at registration ({@code Complainant.vulnerabilities()}). Nothing else is indexed as a flag: a case
 * marked typical is {@link #TYPICAL_CASE}, a breach with the {@code MARK} action is {@link #BREACH_MARKED}; a
 * complaint's priority is a column of its own ({@link QueueFacts#priority()}).
 */
public enum QueueFlag {
    /** The customer is a VIP ({@link ComplaintFlag#VIP}). */
    VIP,
    /** The customer is vulnerable: the classifier said so, or the registration gave a reason for priority care. */
    VULNERABLE,
    /** The customer threatens to go to the media ({@link ComplaintFlag#MEDIA_THREAT}). */
    MEDIA_THREAT,
    /** The customer threatens the regulator, a court or the police ({@link ComplaintFlag#REGULATOR_THREAT}). */
    REGULATOR_THREAT,
    /** A regulator forwarded the complaint ({@link ComplaintFlag#FORWARDED_BY_REGULATOR}). */
    FORWARDED_BY_REGULATOR,
    /** A consumer association forwarded it ({@link ComplaintFlag#FORWARDED_BY_CONSUMER_ASSOCIATION}). */
    FORWARDED_BY_CONSUMER_ASSOCIATION,
    /** The customer claims compensation ({@link ComplaintFlag#COMPENSATION_CLAIM}). */
    COMPENSATION_CLAIM,
    /** The customer bypassed a level of the bank ({@link ComplaintFlag#BYPASSED_LEVEL}). */
    BYPASSED_LEVEL,
    /** Caused by a system migration or another incident ({@link ComplaintFlag#INCIDENT_RELATED}). */
    INCIDENT_RELATED,
    /** A repeat of the same customer's complaint ({@link ComplaintFlag#REPEAT}). */
    REPEAT,
    /** One of a group with the same problem ({@link ComplaintFlag#GROUP}). */
    GROUP,
    /** A major complaint ({@link ComplaintFlag#MAJOR}). */
    MAJOR,
    /** A clock breached with the {@code MARK} breach action: the complaint counts as late in statistics. */
    BREACH_MARKED,
    /** The complaint was marked a typical case (典型案例) for learning. */
    TYPICAL_CASE,
    /**
     * Nothing decided the complaint's primary scheme: its class is left to a person
     * ({@code ClassState.NEEDS_PERSON}, {@code ClassificationResult.needsPerson()}); an override settles it.
     */
    NEEDS_CLASSIFICATION;

    /**
     * Returns the queue flag a classification flag is indexed as.
     *
     * @param flag the classification's flag
     * @return the flag of the same name
     */
    public static QueueFlag of(ComplaintFlag flag) {
        return valueOf(Objects.requireNonNull(flag, "flag").name());
    }
}
