package org.complaintkit.spi.storage.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a stored {@code ComplaintClassified} from revision 1 to 2, when each class gained its state
 * ({@code DECIDED} or {@code NEEDS_PERSON}), a best guess and a model confidence. Revision 1 stored an undecided
 * scheme as its "other" class with source {@code default}: such a class reads as {@code NEEDS_PERSON}, its old
 * placeholder code kept as the guess and its explanation unchanged; every other class reads as {@code DECIDED}
 * with no confidence. Stateless.
 */
final class ClassStateUpcaster {
    private ClassStateUpcaster() {
    }

    /** The members of revision 1 turned into those of revision 2 (a new map; the argument is left alone). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> toRevision2(Map<String, Object> members) {
        Map<String, Object> out = new LinkedHashMap<>(members);
        if (!(members.get("result") instanceof Map<?, ?> result) || !(result.get("classes") instanceof List<?> list)) {
            return out;
        }
        List<Object> classes = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> old)) {
                classes.add(item);
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) old);
            boolean undecided = "default".equals(c.get("source"));
            c.put("state", undecided ? "NEEDS_PERSON" : "DECIDED");
            c.put("bestGuess", undecided && c.get("code") instanceof String code ? code : "");
            if (undecided) {
                c.put("code", "");
            }
            c.put("modelConfidence", null);
            classes.add(c);
        }
        Map<String, Object> upcast = new LinkedHashMap<>((Map<String, Object>) result);
        upcast.put("classes", classes);
        out.put("result", upcast);
        return out;
    }
}
