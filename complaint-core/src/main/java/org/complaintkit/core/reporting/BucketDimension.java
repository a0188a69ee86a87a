package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.complaintkit.core.classification.BucketDecision;

/** The statistical bucket, decided from the recorded facts with the clocks a predicate calls duties. */
record BucketDimension(Predicate<String> isDuty) implements Dimension {
    @Override
    public String name() {
        return "bucket";
    }

    @Override
    public String of(ComplaintFacts facts, ZoneId zone) {
        List<String> late = new ArrayList<>();
        facts.clocks().forEach((id, result) -> {
            if (result.isBreach() && isDuty.test(id)) {
                late.add(id + " " + result);
            }
        });
        return BucketDecision.decide(facts.forwardedBy(), facts.flags(), late, facts.receivingUnit(),
                facts.handlingUnit()).bucket().name();
    }
}
