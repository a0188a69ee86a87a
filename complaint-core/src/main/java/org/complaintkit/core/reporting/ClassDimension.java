package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.Objects;

/** The complaint's class in one scheme, as its code, or {@value Dimension#NEEDS_PERSON}. */
record ClassDimension(String scheme) implements Dimension {
    ClassDimension {
        Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public String name() {
        return "class:" + scheme;
    }

    @Override
    public String of(ComplaintFacts facts, ZoneId zone) {
        String prefix = scheme + ":";
        for (String qualified : facts.classes()) {
            if (qualified.startsWith(prefix)) {
                String code = qualified.substring(prefix.length());
                return code.equals("?") ? NEEDS_PERSON : code;
            }
        }
        return NONE;
    }
}
