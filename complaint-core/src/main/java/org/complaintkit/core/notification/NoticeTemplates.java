package org.complaintkit.core.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import java.util.Collections;

/**
 * Notice templates by type and locale, loaded from template files.
 *
 * <p>The standard set ({@link #standard()}) covers every type of {@link NoticeTypes} in {@code zh-CN},
 * {@code zh-TW} and {@code en}. A template file holds one locale:
 * <pre>
 * # comments and blank lines are ignored
 * locale = en
 * decision.subject = Our decision on your complaint {complaint}
 * decision.body = Dear {customer},\nWe have examined ...\n{facts}\n...
 * decision.required = facts, basis, remedies
 * decision.default.remedies = If you disagree you may ask us to review the decision within 30 days ...
 * </pre>
 * In values, {@code \n} is a line break and {@code \\} a backslash. Each type needs a subject and a body;
 * every required parameter must be used in the subject or body. A malformed file is refused with every
 * problem, each naming the file and line ({@code CMP-4007}).
 *
 * <p>Immutable and thread-safe.
 */
public final class NoticeTemplates {
    private static final List<String> STANDARD_LOCALES = List.of("zh-CN", "zh-TW", "en");
    private static final NoticeTemplates STANDARD = loadStandard();

    /** By locale tag, then type. */
    private final Map<String, Map<String, NoticeTemplate>> byLocale;

    private NoticeTemplates(Map<String, Map<String, NoticeTemplate>> byLocale) {
        Map<String, Map<String, NoticeTemplate>> copy = new TreeMap<>();
        byLocale.forEach((tag, types) -> copy.put(tag, Map.copyOf(types)));
        this.byLocale = Collections.unmodifiableMap(copy);
    }

    /**
     * The bundled templates: every standard notice type in zh-CN, zh-TW and en.
     *
     * @return the templates
     */
    public static NoticeTemplates standard() {
        return STANDARD;
    }

    /**
     * Templates from files, one locale each.
     *
     * @param files the files
     * @return the templates
     * @throws ConfigurationException listing every problem with its file and line ({@code CMP-4007}), or a file
     *     that cannot be read, or two files for one locale
     */
    public static NoticeTemplates load(Path... files) {
        List<Violation> problems = new ArrayList<>();
        List<List<NoticeTemplate>> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, file.toString(), "cannot be read: "
                        + e.getClass().getSimpleName()));
            } catch (ConfigurationException e) {
                problems.addAll(e.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return of(parsed.stream().flatMap(List::stream).toList());
    }

    /**
     * Templates from a list.
     *
     * @param templates the templates; one per type and locale
     * @return the templates
     * @throws ConfigurationException if a type and locale appear twice
     */
    public static NoticeTemplates of(List<NoticeTemplate> templates) {
        Map<String, Map<String, NoticeTemplate>> byLocale = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (NoticeTemplate template : templates) {
            Map<String, NoticeTemplate> types = byLocale.computeIfAbsent(template.locale().toLanguageTag(),
                    k -> new LinkedHashMap<>());
            if (types.putIfAbsent(template.type(), template) != null) {
                problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, template.locale().toLanguageTag(),
                        "two templates for type " + template.type()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new NoticeTemplates(byLocale);
    }

    /**
     * These templates with others added or replacing those of the same type and locale.
     *
     * @param others the other templates
     * @return the combined templates
     */
    public NoticeTemplates with(NoticeTemplates others) {
        Map<String, Map<String, NoticeTemplate>> merged = new LinkedHashMap<>();
        byLocale.forEach((tag, types) -> merged.put(tag, new LinkedHashMap<>(types)));
        others.byLocale.forEach((tag, types) -> merged.computeIfAbsent(tag, k -> new LinkedHashMap<>()).putAll(types));
        return new NoticeTemplates(merged);
    }

    /**
     * Finds the template of a type for a locale: the exact locale, else its language alone.
     *
     * @param type the notice type
     * @param locale the locale
     * @return the template, or empty
     */
    public Optional<NoticeTemplate> find(String type, Locale locale) {
        Map<String, NoticeTemplate> exact = byLocale.get(locale.toLanguageTag());
        if (exact != null && exact.containsKey(type)) {
            return Optional.of(exact.get(type));
        }
        Map<String, NoticeTemplate> language = byLocale.get(locale.getLanguage());
        return language == null ? Optional.empty() : Optional.ofNullable(language.get(type));
    }

    /**
     * Returns the locales these templates cover, as language tags.
     *
     * @return the tags, sorted
     */
    public Set<String> locales() {
        return byLocale.keySet();
    }

    /**
     * Parses one template file.
     *
     * @param name the file's name, for messages
     * @param text the file's content
     * @return its templates
     * @throws ConfigurationException listing every problem with the file and line ({@code CMP-4007})
     */
    public static List<NoticeTemplate> parse(String name, String text) {
        List<Violation> problems = new ArrayList<>();
        Locale locale = null;
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            String where = name + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("expected 'key = value'");
                }
                String key = line.substring(0, eq).strip();
                String value = unescape(line.substring(eq + 1).strip());
                if (key.equals("locale")) {
                    if (locale != null) {
                        throw new IllegalArgumentException("the locale is given twice");
                    }
                    locale = Locale.forLanguageTag(value);
                    if (locale.getLanguage().isEmpty()) {
                        throw new IllegalArgumentException("'" + value + "' is not a language tag");
                    }
                    continue;
                }
                int dot = key.indexOf('.');
                if (dot <= 0) {
                    throw new IllegalArgumentException("expected '<type>.<field>', got '" + key + "'");
                }
                String type = key.substring(0, dot);
                String field = key.substring(dot + 1);
                if (!type.matches("[a-z][a-z0-9-]{0,39}")) {
                    throw new IllegalArgumentException("type '" + type + "' must be lower-case letters, digits and -");
                }
                if (!field.equals("subject") && !field.equals("body") && !field.equals("required")
                        && !field.matches("default\\.[A-Za-z][A-Za-z0-9]{0,39}")) {
                    throw new IllegalArgumentException("unknown field '" + field
                            + "'; expected subject, body, required or default.<parameter>");
                }
                if (field.equals("subject") || field.equals("body")) {
                    NoticeTemplate.placeholders(value);
                }
                firstLine.putIfAbsent(type, n + 1);
                if (fields.computeIfAbsent(type, k -> new LinkedHashMap<>()).putIfAbsent(field, value) != null) {
                    throw new IllegalArgumentException(type + "." + field + " is given twice");
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, where, e.getMessage()));
            }
        }
        if (locale == null) {
            problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, name, "the file needs a 'locale = <tag>' line"));
        }
        List<NoticeTemplate> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : fields.entrySet()) {
            String type = entry.getKey();
            Map<String, String> f = entry.getValue();
            String where = name + ":" + firstLine.get(type);
            if (!f.containsKey("subject") || !f.containsKey("body")) {
                problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, where, "type " + type
                        + " needs a subject and a body"));
                continue;
            }
            Set<String> required = new LinkedHashSet<>();
            if (f.containsKey("required")) {
                for (String part : f.get("required").split("[,\\s]+")) {
                    if (!part.isEmpty()) {
                        required.add(part);
                    }
                }
            }
            Set<String> used = new LinkedHashSet<>(NoticeTemplate.placeholders(f.get("subject")));
            used.addAll(NoticeTemplate.placeholders(f.get("body")));
            for (String r : required) {
                if (!used.contains(r)) {
                    problems.add(new Violation(ErrorCode.INVALID_TEMPLATES, where, "type " + type
                            + " requires {" + r + "} but its subject and body do not use it"));
                }
            }
            Map<String, String> defaults = new LinkedHashMap<>();
            f.forEach((k, v) -> {
                if (k.startsWith("default.")) {
                    defaults.put(k.substring("default.".length()), v);
                }
            });
            if (locale != null) {
                out.add(new NoticeTemplate(type, locale, f.get("subject"), f.get("body"), required, defaults));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return out;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case '\\' -> out.append('\\');
                    default -> throw new IllegalArgumentException("unknown escape \\" + next + "; use \\n or \\\\");
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static NoticeTemplates loadStandard() {
        List<NoticeTemplate> all = new ArrayList<>();
        for (String tag : STANDARD_LOCALES) {
            String resource = "notices-" + tag + ".templates";
            try (InputStream in = NoticeTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                all.addAll(parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        return of(all);
    }
}
