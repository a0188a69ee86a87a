package org.complaintkit.core.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.classification.TaxonomyClass;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.core.classification.Taxonomies;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * The China statistical return by the three coded dimensions of JR/T 0169-2018 (金融消费者投诉统计分类及编码):
 * A the business-handling channel, B the business category, C the cause. Each accepted complaint received in
 * the period counts once, under its class in each dimension; a complaint with no class in a dimension counts
 * under that dimension's "other" code (99 / 9), as the standard prescribes. Complaints not accepted, and those
 * merged into another (which counts them), are left out.
 *
 * <p>The codes are those of the taxonomies given, so a bank that loads the standard's own code list gets its
 * codes in the return. Totals roll up the code hierarchy: A1 counts everything under A101, A10301, ...
 *
 * <p>Immutable and thread-safe.
 */
public final class JrtReturn {
    /** The scheme of dimension A, the business-handling channel. */
    public static final String CHANNEL = "jrt0169.channel";
    /** The scheme of dimension B, the business category. */
    public static final String BUSINESS = "jrt0169.business";
    /** The scheme of dimension C, the cause. */
    public static final String CAUSE = "jrt0169.cause";

    /**
     * The complaints of one combination of codes.
     *
     * @param channel the A code
     * @param business the B code
     * @param cause the C code
     * @param complaints how many complaints
     */
    public record Line(String channel, String business, String cause, long complaints) {
        /**
         * Checks the components.
         *
         * @param channel the A code
         * @param business the B code
         * @param cause the C code
         * @param complaints how many complaints
         */
        public Line {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(business, "business");
            Objects.requireNonNull(cause, "cause");
            if (complaints < 1) {
                throw new IllegalArgumentException("a line counts at least one complaint");
            }
        }
    }

    private final ReportPeriod period;
    private final Map<String, Taxonomy> schemes;
    private final List<Line> lines;
    private final long total;

    private JrtReturn(ReportPeriod period, Map<String, Taxonomy> schemes, List<Line> lines, long total) {
        this.period = period;
        this.schemes = schemes;
        this.lines = lines;
        this.total = total;
    }

    /**
     * Computes the return for the complaints received in a period.
     *
     * @param store the store
     * @param taxonomies the taxonomies holding the three JR/T 0169 schemes (the bundled ones, or the standard's
     *     own codes loaded as new versions)
     * @param period the period
     * @return the return
     * @throws IllegalArgumentException if a scheme is missing
     */
    public static JrtReturn compute(ComplaintStore store, Taxonomies taxonomies, ReportPeriod period) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(period, "period");
        Map<String, Taxonomy> schemes = new LinkedHashMap<>();
        for (String scheme : List.of(CHANNEL, BUSINESS, CAUSE)) {
            schemes.put(scheme, taxonomies.scheme(scheme)
                    .orElseThrow(() -> new IllegalArgumentException("the taxonomies lack scheme " + scheme)));
        }
        List<Dimension> dimensions = new ArrayList<>();
        schemes.values().forEach(taxonomy -> {
            Dimension in = Dimension.classIn(taxonomy.scheme());
            String other = taxonomy.other().code();
            dimensions.add(Dimension.of(taxonomy.scheme(), (facts, z) -> {
                String code = in.of(facts, z);
                return code.equals(Dimension.NONE) || !taxonomy.contains(code) ? other : code;
            }));
        });
        EnumSet<ComplaintStatus> counted = EnumSet.complementOf(EnumSet.of(ComplaintStatus.NOT_ACCEPTED,
                ComplaintStatus.MERGED));
        Tally tally = Tally.scan(store, period.received().withStatuses(counted), period.zone(),
                dimensions.toArray(Dimension[]::new));
        List<Line> lines = new ArrayList<>();
        tally.rows().forEach((key, row) -> lines.add(new Line(key.get(0), key.get(1), key.get(2), row.complaints())));
        return new JrtReturn(period, Collections.unmodifiableMap(schemes), List.copyOf(lines), tally.total());
    }

    /**
     * Returns the counted combinations, by code.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return lines;
    }

    /**
     * Returns how many complaints the return counts.
     *
     * @return the total
     */
    public long total() {
        return total;
    }

    /**
     * Returns the counts by code in one dimension, rolled up its hierarchy: each code counts its own
     * complaints and those of every code below it. Codes without complaints are left out.
     *
     * @param scheme {@link #CHANNEL}, {@link #BUSINESS} or {@link #CAUSE}
     * @return the count per code, in the taxonomy's order
     * @throws IllegalArgumentException for another scheme
     */
    public Map<String, Long> totalsBy(String scheme) {
        Taxonomy taxonomy = schemes.get(scheme);
        if (taxonomy == null) {
            throw new IllegalArgumentException("not a JR/T 0169 dimension: " + scheme);
        }
        int at = List.copyOf(schemes.keySet()).indexOf(scheme);
        Map<String, Long> counts = new TreeMap<>();
        for (Line line : lines) {
            String code = List.of(line.channel(), line.business(), line.cause()).get(at);
            for (TaxonomyClass c : taxonomy.path(code)) {
                counts.merge(c.code(), line.complaints(), Long::sum);
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        taxonomy.classes().forEach(c -> {
            if (counts.containsKey(c.code())) {
                ordered.put(c.code(), counts.get(c.code()));
            }
        });
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * Returns the detail: one line per combination of codes, with the labels.
     *
     * @return the table
     */
    public ReportTable table() {
        List<Taxonomy> t = List.copyOf(schemes.values());
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(List.of(line.channel(), label(t.get(0), line.channel()), line.business(),
                    label(t.get(1), line.business()), line.cause(), label(t.get(2), line.cause()),
                    String.valueOf(line.complaints())));
        }
        return ReportTable.of("JR/T 0169 return, received " + period,
                List.of("A", "渠道 channel", "B", "业务类别 business", "C", "原因 cause", "complaints"), rows);
    }

    /**
     * Returns the summary: per dimension, each code with complaints, rolled up, with its share of the total.
     *
     * @return the table
     */
    public ReportTable summary() {
        List<List<String>> rows = new ArrayList<>();
        for (Taxonomy taxonomy : schemes.values()) {
            totalsBy(taxonomy.scheme()).forEach((code, count) -> rows.add(List.of(taxonomy.scheme(),
                    "  ".repeat(taxonomy.path(code).size() - 1) + code, label(taxonomy, code), String.valueOf(count),
                    Measures.percent(total == 0 ? 0 : (double) count / total))));
        }
        return ReportTable.of("JR/T 0169 summary, received " + period,
                List.of("dimension", "code", "label", "complaints", "share"), rows);
    }

    private static String label(Taxonomy taxonomy, String code) {
        return taxonomy.find(code).map(TaxonomyClass::labelZh).orElse(code);
    }

    @Override
    public String toString() {
        return "JrtReturn[" + period + ", complaints=" + total + ", lines=" + lines.size() + "]";
    }
}
