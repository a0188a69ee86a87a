package org.complaintkit.api.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * One classification scheme in one version: a tree of coded classes, such as the seed scheme "by
 * matter" or the cause dimension of JR/T 0169-2018. A complaint is classified by several schemes at once,
 * one class per scheme. Loaded from data files, never written as Java constants, so that a host can load
 * its own scheme or a regulator's new version without code.
 *
 * <p>Immutable and thread-safe.
 */
public final class Taxonomy {
    private final String scheme;
    private final String version;
    private final String labelZh;
    private final String labelEn;
    private final String otherCode;
    private final Map<String, TaxonomyClass> classes;
    private final boolean otherWhenUndecided;

    private Taxonomy(String scheme, String version, String labelZh, String labelEn, String otherCode,
                     Map<String, TaxonomyClass> classes) {
        this(scheme, version, labelZh, labelEn, otherCode, classes, false);
    }

    private Taxonomy(String scheme, String version, String labelZh, String labelEn, String otherCode,
                     Map<String, TaxonomyClass> classes, boolean otherWhenUndecided) {
        this.otherWhenUndecided = otherWhenUndecided;
        this.scheme = scheme;
        this.version = version;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.otherCode = otherCode;
        this.classes = classes;
    }

    /**
     * Creates a taxonomy, checking that codes are unique, that every parent is declared before its
     * children, and that the "other" class exists.
     *
     * @param scheme the scheme's id, such as {@code seed.matter}
     * @param version the version, such as {@code 2018}
     * @param labelZh the scheme's Chinese name
     * @param labelEn the scheme's English name
     * @param otherCode the class a complaint gets when nothing else fits, such as {@code 99}
     * @param classes the classes, parents before children
     * @return the taxonomy
     * @throws ConfigurationException listing every problem, coded {@code CMP-4004}
     */
    public static Taxonomy of(String scheme, String version, String labelZh, String labelEn, String otherCode,
                              List<TaxonomyClass> classes) {
        Checks.identifier(scheme, "taxonomy.scheme");
        Checks.identifier(version, "taxonomy.version");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        List<Violation> problems = new ArrayList<>();
        Map<String, TaxonomyClass> byCode = new LinkedHashMap<>();
        for (TaxonomyClass c : classes) {
            if (byCode.containsKey(c.code())) {
                problems.add(problem(scheme, "class " + c.code() + " is declared twice"));
            } else if (c.parent() != null && !byCode.containsKey(c.parent())) {
                problems.add(problem(scheme, "class " + c.code() + " names parent " + c.parent()
                        + ", which is not declared before it"));
            }
            byCode.putIfAbsent(c.code(), c);
        }
        if (otherCode == null || !byCode.containsKey(otherCode)) {
            problems.add(problem(scheme, "the 'other' class " + otherCode + " is not declared"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new Taxonomy(scheme, version, labelZh, labelEn, otherCode, Collections.unmodifiableMap(byCode));
    }

    private static Violation problem(String scheme, String message) {
        return new Violation(ErrorCode.INVALID_TAXONOMY, scheme, message);
    }

    /**
     * Returns the scheme's id.
     *
     * @return the id, such as {@code seed.matter}
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Returns the version.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the scheme's Chinese name.
     *
     * @return the name
     */
    public String labelZh() {
        return labelZh;
    }

    /**
     * Returns the scheme's English name.
     *
     * @return the name
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Returns the class a complaint gets when nothing else fits.
     *
     * @return the "other" class
     */
    public TaxonomyClass other() {
        return classes.get(otherCode);
    }

    /**
     * Tells whether the "other" class is the scheme's ordinary case, decided when no rule finds anything (an
     * incident scheme's "ordinary": no incident found is a finding), rather than a catch-all that would only
     * guess (a matter scheme's "other": no rule fired is a miss, left to a person). False unless the taxonomy
     * says so ({@link #withOtherWhenUndecided()}, or {@code undecided other} in a taxonomy file).
     *
     * @return true if a rule classifier decides the "other" class when no rule fired
     */
    public boolean otherWhenUndecided() {
        return otherWhenUndecided;
    }

    /**
     * Returns this taxonomy with its "other" class declared the scheme's ordinary case (see
     * {@link #otherWhenUndecided()}).
     *
     * @return the taxonomy
     */
    public Taxonomy withOtherWhenUndecided() {
        return new Taxonomy(scheme, version, labelZh, labelEn, otherCode, classes, true);
    }

    /**
     * Returns every class, parents before children.
     *
     * @return the classes
     */
    public List<TaxonomyClass> classes() {
        return List.copyOf(classes.values());
    }

    /**
     * Finds a class by code.
     *
     * @param code the code
     * @return the class, or empty
     */
    public Optional<TaxonomyClass> find(String code) {
        return Optional.ofNullable(classes.get(code));
    }

    /**
     * Tells whether the taxonomy has a class.
     *
     * @param code the code
     * @return true if declared
     */
    public boolean contains(String code) {
        return classes.containsKey(code);
    }

    /**
     * Returns a class and its ancestors, from the top level down to it.
     *
     * @param code the class's code
     * @return the path
     * @throws IllegalArgumentException if the taxonomy has no such class
     */
    public List<TaxonomyClass> path(String code) {
        TaxonomyClass c = classes.get(code);
        if (c == null) {
            throw new IllegalArgumentException(scheme + " has no class " + code);
        }
        List<TaxonomyClass> out = new ArrayList<>();
        for (; c != null; c = c.parent() == null ? null : classes.get(c.parent())) {
            out.add(0, c);
        }
        return out;
    }

    /**
     * Returns the classes directly under a class, or the top-level classes.
     *
     * @param code the parent's code, or null for the top level
     * @return the children, in declaration order
     */
    public List<TaxonomyClass> children(String code) {
        return classes.values().stream().filter(c -> Objects.equals(c.parent(), code)).toList();
    }

    @Override
    public String toString() {
        return "Taxonomy[" + scheme + " v" + version + ", " + classes.size() + " classes]";
    }
}
