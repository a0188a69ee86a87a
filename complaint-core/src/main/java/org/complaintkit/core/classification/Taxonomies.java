package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.classification.Taxonomy;
import java.util.Collections;

/**
 * A set of schemes with the rules and mappings that classify by them: the shipped bundle, or a host's
 * own. Add a scheme, or a new version of one, without code: {@code bundled().with(TaxonomyFile.read(path))}
 * replaces the scheme of the same id.
 *
 * <p>Immutable and thread-safe.
 */
public final class Taxonomies {
    /** The shipped schemes, in result order. */
    static final List<String> SHIPPED = List.of("seed-matter", "seed-type", "seed-content", "seed-cause",
            "seed-degree", "seed-responsibility", "seed-incident", "jrt0169-channel", "jrt0169-business",
            "jrt0169-cause", "fca-product", "cfpb-product");
    private static final Taxonomies BUNDLED = loadBundled();

    private final Map<String, Taxonomy> schemes;
    private final List<ClassificationRule> rules;
    private final SchemeMappings mappings;

    private Taxonomies(Map<String, Taxonomy> schemes, List<ClassificationRule> rules, SchemeMappings mappings) {
        this.schemes = Collections.unmodifiableMap(new LinkedHashMap<>(schemes));
        this.rules = List.copyOf(rules);
        this.mappings = mappings;
    }

    private static Taxonomies loadBundled() {
        Map<String, Taxonomy> schemes = new LinkedHashMap<>();
        for (String name : SHIPPED) {
            Taxonomy t = TaxonomyFile.resource(name + ".taxonomy");
            schemes.put(t.scheme(), t);
        }
        List<ClassificationRule> rules = RuleFile.parse("default.rules", Resources.text("default.rules"), schemes);
        SchemeMappings mappings = SchemeMappings.parse("default.mappings", Resources.text("default.mappings"), schemes);
        return new Taxonomies(schemes, rules, mappings);
    }

    /**
     * The shipped schemes (the seven seed schemes, the three JR/T 0169-2018 dimensions, FCA product
     * groups, a CFPB product subset), rules and mappings.
     *
     * @return the bundle
     */
    public static Taxonomies bundled() {
        return BUNDLED;
    }

    /**
     * A host's own bundle.
     *
     * @param schemes the schemes, in result order
     * @param rules the rules
     * @param mappings the mappings
     * @return the bundle
     */
    public static Taxonomies of(List<Taxonomy> schemes, List<ClassificationRule> rules, SchemeMappings mappings) {
        Map<String, Taxonomy> byId = new LinkedHashMap<>();
        schemes.forEach(t -> byId.put(t.scheme(), t));
        return new Taxonomies(byId, rules, Objects.requireNonNull(mappings, "mappings"));
    }

    /**
     * Returns this bundle with a scheme added, or replacing the scheme of the same id (a new version).
     * Rules and mappings that name classes the new version lacks must be replaced too; use
     * {@link #withRules} after it.
     *
     * @param taxonomy the scheme
     * @return a new bundle
     */
    public Taxonomies with(Taxonomy taxonomy) {
        Map<String, Taxonomy> next = new LinkedHashMap<>(schemes);
        next.put(taxonomy.scheme(), taxonomy);
        return new Taxonomies(next, rules, mappings);
    }

    /**
     * Returns this bundle with other rules, read against its schemes.
     *
     * @param name the rules file's name, for messages
     * @param text the rules
     * @return a new bundle
     * @throws org.complaintkit.api.error.ConfigurationException listing every problem with file and line
     */
    public Taxonomies withRules(String name, String text) {
        return new Taxonomies(schemes, RuleFile.parse(name, text, schemes), mappings);
    }

    /**
     * Returns a scheme.
     *
     * @param scheme the scheme's id
     * @return the taxonomy, or empty
     */
    public Optional<Taxonomy> scheme(String scheme) {
        return Optional.ofNullable(schemes.get(scheme));
    }

    /**
     * Returns every scheme, by id, in result order.
     *
     * @return the schemes
     */
    public Map<String, Taxonomy> schemes() {
        return schemes;
    }

    /**
     * Returns the rules.
     *
     * @return the rules
     */
    public List<ClassificationRule> rules() {
        return rules;
    }

    /**
     * Returns the rule classifier over this bundle.
     *
     * @return the classifier
     */
    public RuleClassifier classifier() {
        return new RuleClassifier(new ArrayList<>(schemes.values()), rules, mappings);
    }
}
