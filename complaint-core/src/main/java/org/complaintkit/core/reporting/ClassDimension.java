package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.Objects;

/** The complaint's class in one scheme, as its code. */
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
                return qualified.substring(prefix.length());
            }
        }
        return NONE;
    }
}
