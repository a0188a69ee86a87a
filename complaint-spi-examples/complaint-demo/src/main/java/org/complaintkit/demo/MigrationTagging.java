package org.complaintkit.demo;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.spi.classification.Classifier;

/**
 * How a host tells the classifier that an incident is on: while the migration's emergency plan is in force
 * (seed 002 第二篇 四(三)), every complaint is classified with the host tag {@code incident}, which the
 * shipped rules use to sort incident complaints into the special kinds (urgent cash, ATM, long waits, ...).
 */
final class MigrationTagging implements Classifier {
    static final String TAG = "incident";
    private final Classifier rules;

    MigrationTagging(Classifier rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return rules.name() + "+incident-tag";
    }

    @Override
    public ClassificationResult classify(ClassificationInput input) {
        Set<String> tags = new HashSet<>(input.tags());
        tags.add(TAG);
        return rules.classify(new ClassificationInput(input.channel(), input.products(), input.amount(),
                input.segment(), input.vulnerabilities(), tags, input.forwardedBy(), input.text()));
    }

    /** The wrapped rules' version with the tag added, so that the events say which rules classified. */
    @Override
    public String version() {
        return rules.version() + "+incident-tag";
    }

    @Override
    public Optional<Taxonomy> taxonomy(String scheme) {
        return rules.taxonomy(scheme);
    }
}
