package org.complaintkit.core.classification;

import java.util.Set;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;

final class ClassifierFixtures {
    private ClassifierFixtures() {
    }

    static ClassificationInput input(String text) {
        return new ClassificationInput(Channel.COUNTER, Set.of(), null, CustomerSegment.ORDINARY, Set.of(), Set.of(),
                null, text);
    }
}
