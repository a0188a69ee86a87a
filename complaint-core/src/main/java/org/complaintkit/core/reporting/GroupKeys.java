package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.List;

/** Group keys: one value per dimension, built and ordered alike by every report. */
final class GroupKeys {
    private GroupKeys() {
    }

    /** A complaint's value in each of the dimensions, in order. */
    static List<String> of(ComplaintFacts facts, ZoneId zone, List<Dimension> dimensions) {
        String[] key = new String[dimensions.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = dimensions.get(i).of(facts, zone);
        }
        return List.of(key);
    }

    /** Orders keys value by value, then shorter first. */
    static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
