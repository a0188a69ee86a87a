package org.complaintkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.complaintkit.benchmarks.lifecycle.LifecycleContender;
import org.complaintkit.benchmarks.lifecycle.LifecycleCrossCheck;
import org.complaintkit.benchmarks.lifecycle.Model;
import org.junit.jupiter.api.Test;

/** The benchmarks' cross-checks, run in every build so a benchmark never times a wrong answer unnoticed. */
class CrossCheckTest {

    @Test
    void every_lifecycle_contender_answers_every_question_as_the_model_does() {
        for (Supplier<LifecycleContender> supplier : LifecycleCrossCheck.CONTENDERS) {
            LifecycleContender contender = supplier.get();
            List<LifecycleCrossCheck.Difference> differences = LifecycleCrossCheck.check(contender);
            assertTrue(differences.isEmpty(), contender.name() + ": " + differences);
        }
    }

    @Test
    void the_model_has_ten_states_fifteen_transitions_and_two_guards() {
        assertEquals(10, Model.State.values().length);
        assertEquals(15, Model.TRANSITIONS.size());
        assertEquals(2, Model.TRANSITIONS.stream().filter(t -> t.guard() != Model.Guard.NONE).count());
    }
}
