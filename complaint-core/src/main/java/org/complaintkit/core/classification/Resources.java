package org.complaintkit.core.classification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the data files shipped in this package. */
final class Resources {

    private Resources() {
    }

    /**
     * Returns a shipped resource of this package as UTF-8 text.
     *
     * @throws IllegalStateException if it is missing or unreadable, which is a packaging fault
     */
    static String text(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
