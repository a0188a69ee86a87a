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

    @Test
    void complaintkit_and_strata_agree_with_the_oracle_on_every_working_day_question() {
        for (var contender : List.of(org.complaintkit.benchmarks.calendar.DayContenders.complaintKit(),
                org.complaintkit.benchmarks.calendar.DayContenders.strata())) {
            for (var result : org.complaintkit.benchmarks.calendar.CalendarCrossCheck.check(contender)) {
                assertEquals(0, result.wrong(), result.toString());
            }
        }
    }

    @Test
    void objectlab_is_wrong_only_where_a_weekend_day_is_worked() {
        var results = org.complaintkit.benchmarks.calendar.CalendarCrossCheck.check(
                org.complaintkit.benchmarks.calendar.DayContenders.objectLab());
        assertTrue(results.get(0).wrong() > 0, "it cannot know 调休: " + results);
        results.forEach(r -> System.out.println("objectlab cross-check: " + r));
    }

    @Test
    void every_masking_shape_is_of_the_longest_length_and_masks_without_leaving_a_number() {
        for (String shape : List.of("a.a.a.a", "@@@@", "digits-with-separators", "mixed-hostile", "ordinary")) {
            org.complaintkit.benchmarks.access.MaskingBenchmark benchmark = new org.complaintkit.benchmarks.access.MaskingBenchmark();
            benchmark.shape = shape;
            benchmark.setUp();
            assertEquals(200_000, org.complaintkit.benchmarks.access.MaskingBenchmark.text(shape).length(), shape);
        }
    }

    @Test
    void complaintkit_adds_working_hours_as_the_minute_by_minute_oracle_does() {
        var result = org.complaintkit.benchmarks.calendar.CalendarCrossCheck.check(
                org.complaintkit.benchmarks.calendar.TimeContenders.complaintKit());
        assertEquals(0, result.wrong(), result.toString());
        System.out.println("jbpm cross-check: " + org.complaintkit.benchmarks.calendar.CalendarCrossCheck.check(
                org.complaintkit.benchmarks.calendar.TimeContenders.jbpm()));
    }
}
