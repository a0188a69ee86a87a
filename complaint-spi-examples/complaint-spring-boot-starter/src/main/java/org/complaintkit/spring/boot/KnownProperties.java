package org.complaintkit.spring.boot;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code complaintkit.*} properties the starter reads, by their canonical (kebab-case) names: what a property
 * name under {@code complaintkit.} is checked against, and where the nearest known name for a misspelt one comes
 * from. ConfigurationMetadataTest keeps it in step with the configuration metadata.
 */
final class KnownProperties {
    /** Every property, maps and lists by their own name. */
    static final List<String> NAMES = List.of("complaintkit.enabled", "complaintkit.zone",
            "complaintkit.store.type", "complaintkit.store.migrate", "complaintkit.calendar.shipped",
            "complaintkit.calendar.file", "complaintkit.calendar.files", "complaintkit.calendar.warning-days",
            "complaintkit.sla.presets", "complaintkit.sweep.enabled", "complaintkit.sweep.interval",
            "complaintkit.notifications.enabled", "complaintkit.notifications.staff-sender",
            "complaintkit.notifications.customer-senders", "complaintkit.dispatch.enabled",
            "complaintkit.dispatch.interval", "complaintkit.dispatch.timeout", "complaintkit.dispatch.lease",
            "complaintkit.dispatch.batch", "complaintkit.shutdown.await", "complaintkit.health.dead-letter-threshold");
    /** The maps, whose keys are chosen by the application. */
    static final List<String> MAPS = List.of("complaintkit.calendar.files", "complaintkit.notifications.customer-senders");
    /** The lists, which may be given element by element ({@code [0]}, {@code [1]}, ...). */
    static final List<String> LISTS = List.of("complaintkit.sla.presets");

    private KnownProperties() {
    }

    /**
     * A name reduced to what Spring's relaxed binding compares: lower case, without dashes or underscores.
     *
     * @param name a dotted property name
     * @return the reduced form
     */
    static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /**
     * Finds the property a name sets: the name itself, or the map or list it is an entry of.
     *
     * @param name a canonical property name under {@code complaintkit.}, indices as {@code [n]}
     * @return the known property, or empty when the starter reads no such property
     */
    static Optional<String> owner(String name) {
        String plain = relaxed(name.replaceAll("\\[\\d+]", ""));
        for (String known : NAMES) {
            String k = relaxed(known);
            if (plain.equals(k)) {
                return Optional.of(known);
            }
            if (MAPS.contains(known) && plain.startsWith(k + ".")) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name is in one of the starter's groups ({@code complaintkit.store}, {@code complaintkit.calendar},
     * ...) or is one of its top-level properties, judged by its second element.
     *
     * @param name a property name under {@code complaintkit.}
     * @return true if the starter's
     */
    static boolean inStartersGroup(String name) {
        String[] parts = relaxed(name).split("\\.");
        return parts.length > 1 && NAMES.stream().map(k -> relaxed(k).split("\\.")[1]).anyMatch(parts[1]::equals);
    }

    /**
     * The known property whose name is nearest to a misspelt one (by edit distance).
     *
     * @param name the unknown name
     * @return the nearest known name
     */
    static String nearest(String name) {
        String plain = relaxed(name.replaceAll("\\[\\d+]", ""));
        return NAMES.stream().min(Comparator.comparingInt((String k) -> distance(plain, relaxed(k)))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    /** The Levenshtein distance between two strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
