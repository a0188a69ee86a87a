package org.complaintkit.core.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashMap;

/**
 * The words of one notice type in one locale: a subject and a body with {@code {name}} placeholders,
 * the parameters that must carry content, and default values for parameters (such as the standard
 * wording of the remedies open to the customer).
 *
 * <p>Rendering is one pass: a value that itself contains {@code {x}} is copied as it is, never expanded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the notice type
 * @param locale the locale
 * @param subject the subject line, with placeholders
 * @param body the text, with placeholders
 * @param required the parameters that must be present and not blank; copied
 * @param defaults values used when a parameter is absent or blank; copied
 */
public record NoticeTemplate(String type, Locale locale, String subject, String body, Set<String> required,
                             Map<String, String> defaults) {

    /**
     * Checks and copies the components.
     *
     * @param type the notice type
     * @param locale the locale
     * @param subject the subject line, with placeholders
     * @param body the text, with placeholders
     * @param required the parameters that must be present and not blank
     * @param defaults values used when a parameter is absent or blank
     */
    public NoticeTemplate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        required = Set.copyOf(new LinkedHashSet<>(required));
        defaults = Map.copyOf(defaults);
    }

    /** A rendered notice, or what it lacks. */
    record Rendered(String subject, String body, List<String> missing) {
    }

    /**
     * Returns the parameters after defaults: each absent or blank parameter that has a default takes it.
     *
     * @param parameters the parameters given
     * @return the parameters used to render
     */
    public Map<String, String> withDefaults(Map<String, String> parameters) {
        Map<String, String> out = new HashMap<>(parameters);
        defaults.forEach((name, value) -> {
            String given = out.get(name);
            if (given == null || given.isBlank()) {
                out.put(name, value);
            }
        });
        out.values().removeIf(Objects::isNull);
        return Map.copyOf(out);
    }

    /**
     * Renders the notice, or lists what is missing: every required parameter without content and every
     * placeholder without a value, by name.
     *
     * @param parameters the parameters after defaults
     * @return the subject and body, with the missing names; the text is only usable when none is missing
     */
    Rendered render(Map<String, String> parameters) {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : required) {
            String value = parameters.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        String s = fill(subject, parameters, missing);
        String b = fill(body, parameters, missing);
        return new Rendered(s, b, List.copyOf(missing));
    }

    /**
     * Returns the placeholders of a text, in order of first use.
     *
     * @param text the text
     * @return the placeholder names
     * @throws IllegalArgumentException if a brace is unmatched or a name is malformed
     */
    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("a closing brace without an opening one at column " + (i + 1));
            }
            if (c != '{') {
                i++;
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("an opening brace without a closing one at column " + (i + 1));
            }
            String name = text.substring(i + 1, end);
            if (!name.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
                throw new IllegalArgumentException("placeholder {" + name + "} must be a letter then letters or digits");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
            i = end + 1;
        }
        return names;
    }

    private static String fill(String text, Map<String, String> parameters, Set<String> missing) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('}', i);
            String name = text.substring(i + 1, end);
            String value = parameters.get(name);
            if (value == null) {
                missing.add(name);
            } else {
                out.append(value);
            }
            i = end + 1;
        }
        return out.toString();
    }
}
