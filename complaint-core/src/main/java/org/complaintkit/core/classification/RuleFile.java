package org.complaintkit.core.classification;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads classification rules from a plain text file. A rule starts with {@code rule <id>}; its indented
 * lines give what it assigns and its conditions ({@code #} starts a comment):
 *
 * <pre>
 * rule matter.attitude
 *   assign    seed.matter:service-attitude     # or: flag MEDIA_THREAT, or: raise HIGH
 *   priority  60
 *   phrases   态度恶劣 | 不耐烦 | rude | impolite
 *   channel   COUNTER PHONE
 *   product   CARD-*
 *   segment   VIP
 *   vulnerable ELDERLY DISABLED
 *   forwarded REGULATOR
 *   amount-above 10000
 *   tag       cross-province
 *   yields    others                          # its class gives way to any other class of the scheme found
 * </pre>
 *
 * <p>Phrases are separated by {@code |}; other lists by spaces. Every class a rule assigns must exist in
 * the taxonomies given. Every problem is reported at once, each as a violation coded {@code CMP-4005} whose
 * path is {@code file:line}.
 */
public final class RuleFile {

    private RuleFile() {
    }

    /**
     * Reads a file.
     *
     * @param file the file, UTF-8
     * @param taxonomies the schemes the rules may assign to, by id
     * @return the rules, in file order
     * @throws ConfigurationException listing every problem with its file and line
     */
    public static List<ClassificationRule> read(Path file, Map<String, Taxonomy> taxonomies) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), taxonomies);
        } catch (IOException e) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_RULES, file.toString(),
                    "cannot read the file: " + e.getClass().getSimpleName())));
        }
    }

    /** A rule being read. */
    private static final class Draft {
        final String id;
        final String where;
        ClassificationRule.Target target;
        int priority = 50;
        final List<String> phrases = new ArrayList<>();
        final Set<Channel> channels = EnumSet.noneOf(Channel.class);
        final Set<String> products = new LinkedHashSet<>();
        final Set<CustomerSegment> segments = new LinkedHashSet<>();
        final Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        final Set<ForwardingSource> forwardedBy = EnumSet.noneOf(ForwardingSource.class);
        BigDecimal amountAbove;
        final Set<String> tags = new LinkedHashSet<>();
        boolean yields;
        boolean broken;

        Draft(String id, String where) {
            this.id = id;
            this.where = where;
        }
    }

    /**
     * Parses rules.
     *
     * @param name the file's name, for messages
     * @param text the text
     * @param taxonomies the schemes the rules may assign to, by id
     * @return the rules, in file order
     * @throws ConfigurationException listing every problem with its file and line
     */
    public static List<ClassificationRule> parse(String name, String text, Map<String, Taxonomy> taxonomies) {
        List<Violation> problems = new ArrayList<>();
        List<ClassificationRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Draft draft = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n <= lines.length; n++) {
            String raw = n < lines.length ? TaxonomyFile.stripComment(lines[n]) : "rule";
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (n + 1);
            String[] head = line.split("\\s+", 2);
            String rest = head.length > 1 ? head[1].strip() : "";
            try {
                if (head[0].equals("rule")) {
                    if (draft != null) {
                        finish(draft, rules, problems);
                    }
                    if (n == lines.length) {
                        break;
                    }
                    if (!ids.add(rest)) {
                        throw new IllegalArgumentException("rule " + rest + " is declared twice");
                    }
                    draft = new Draft(rest, where);
                    continue;
                }
                if (draft == null) {
                    throw new IllegalArgumentException("'" + head[0] + "' outside a rule");
                }
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException("'" + head[0] + "' needs a value");
                }
                Draft d = draft;
                switch (head[0]) {
                    case "assign" -> d.target = assign(rest, taxonomies);
                    case "flag" -> d.target = new ClassificationRule.RaiseFlag(value(ComplaintFlag.class, rest));
                    case "raise" -> d.target = new ClassificationRule.RaisePriority(value(Priority.class, rest));
                    case "priority" -> d.priority = Integer.parseInt(rest);
                    case "phrases" -> {
                        for (String phrase : rest.split("\\|")) {
                            if (!phrase.isBlank()) {
                                d.phrases.add(phrase.strip());
                            }
                        }
                    }
                    case "channel" -> words(rest).forEach(w -> d.channels.add(value(Channel.class, w)));
                    case "product" -> d.products.addAll(words(rest));
                    case "segment" -> words(rest).forEach(w -> d.segments.add(segment(w)));
                    case "vulnerable" -> words(rest).forEach(w -> d.vulnerabilities.add(value(Vulnerability.class, w)));
                    case "forwarded" -> words(rest).forEach(w -> d.forwardedBy.add(value(ForwardingSource.class, w)));
                    case "amount-above" -> d.amountAbove = new BigDecimal(rest);
                    case "tag" -> d.tags.addAll(words(rest));
                    case "yields" -> {
                        if (!rest.equals("others")) {
                            throw new IllegalArgumentException("yields takes 'others', not " + rest);
                        }
                        d.yields = true;
                    }
                    default -> throw new IllegalArgumentException("unknown statement '" + head[0] + "'");
                }
            } catch (IllegalArgumentException | ComplaintKitException e) {
                String reason = e instanceof NumberFormatException ? "not a number: " + rest : TaxonomyFile.reason(e);
                problems.add(new Violation(ErrorCode.INVALID_RULES, where, reason));
                if (draft != null) {
                    draft.broken = true;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return List.copyOf(rules);
    }

    private static void finish(Draft draft, List<ClassificationRule> rules, List<Violation> problems) {
        if (draft.broken) {
            return;
        }
        if (draft.target == null) {
            problems.add(new Violation(ErrorCode.INVALID_RULES, draft.where,
                    "rule " + draft.id + " assigns nothing: add assign, flag or raise"));
            return;
        }
        try {
            rules.add(new ClassificationRule(draft.id, draft.target, draft.priority, draft.phrases, draft.channels,
                    draft.products, draft.segments, draft.vulnerabilities, draft.forwardedBy, draft.amountAbove,
                    draft.tags, draft.yields));
        } catch (IllegalArgumentException | ComplaintKitException e) {
            problems.add(new Violation(ErrorCode.INVALID_RULES, draft.where, TaxonomyFile.reason(e)));
        }
    }

    private static ClassificationRule.Target assign(String qualified, Map<String, Taxonomy> taxonomies) {
        int colon = qualified.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("assign a class as scheme:code");
        }
        String scheme = qualified.substring(0, colon);
        String code = qualified.substring(colon + 1);
        Taxonomy taxonomy = taxonomies.get(scheme);
        if (taxonomy == null) {
            throw new IllegalArgumentException("unknown scheme " + scheme);
        }
        if (!taxonomy.contains(code)) {
            throw new IllegalArgumentException("scheme " + scheme + " has no class " + code);
        }
        return new ClassificationRule.AssignClass(scheme, code);
    }

    private static CustomerSegment segment(String word) {
        return CustomerSegment.of(word.toLowerCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String word) {
        try {
            return Enum.valueOf(type, word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + word + "; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static List<String> words(String text) {
        return List.of(text.split("\\s+"));
    }
}
