package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.core.classification.GroupDetector.Arrival;
import org.complaintkit.core.classification.GroupDetector.Incident;

/** Group detection over random arrival streams, against a naive oracle that tries every window. */
class GroupDetectionProperties {
    static final Duration WINDOW = Duration.ofHours(24);
    static final GroupDetector DETECTOR = GroupDetector.standard();
    static final Instant T0 = Instant.parse("2025-09-26T00:00:00Z");

    record Spec(int customer, int fingerprint, long minutes, int inPerson) {
    }

    @Provide
    Arbitrary<List<Spec>> streams() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1),
                Arbitraries.longs().between(0, 60L * 24 * 4), Arbitraries.integers().between(0, 8))
                .as(Spec::new).list().ofMaxSize(25);
    }

    static List<Arrival> arrivals(List<Spec> specs) {
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            out.add(new Arrival(ComplaintId.of("C-" + i), CustomerRef.of("CIF" + s.customer()), "fp" + s.fingerprint(),
                    T0.plus(Duration.ofMinutes(s.minutes())), s.inPerson()));
        }
        return out;
    }

    static Set<ComplaintId> grouped(List<Incident> incidents) {
        Set<ComplaintId> out = new HashSet<>();
        incidents.forEach(i -> out.addAll(i.complaints()));
        return out;
    }

    /** The oracle: a complaint is grouped if some window of length WINDOW holding it has 3+ customers of its fingerprint. */
    static Set<ComplaintId> oracle(List<Arrival> arrivals) {
        Set<ComplaintId> out = new HashSet<>();
        for (Arrival start : arrivals) {
            List<Arrival> inside = arrivals.stream().filter(a -> a.fingerprint().equals(start.fingerprint())
                    && !a.receivedAt().isBefore(start.receivedAt())
                    && !a.receivedAt().isAfter(start.receivedAt().plus(WINDOW))).toList();
            if (inside.stream().map(Arrival::customer).distinct().count() >= 3) {
                inside.forEach(a -> out.add(a.complaint()));
            }
        }
        return out;
    }

    @Property(tries = 1000)
    void the_detector_groups_exactly_the_complaints_the_naive_oracle_groups(@ForAll("streams") List<Spec> specs) {
        List<Arrival> arrivals = arrivals(specs);
        assertEquals(oracle(arrivals), grouped(DETECTOR.detect(arrivals)));
    }

    @Property(tries = 300)
    void two_customers_never_make_a_group(@ForAll("streams") List<Spec> specs) {
        List<Spec> two = specs.stream().map(s -> new Spec(s.customer() % 2, 0, s.minutes(), s.inPerson())).toList();
        assertEquals(List.of(), DETECTOR.detect(arrivals(two)));
    }

    @Property(tries = 300)
    void three_distinct_customers_within_the_window_always_make_one_group(
            @ForAll @IntRange(min = 0, max = 24 * 60) int a, @ForAll @IntRange(min = 0, max = 24 * 60) int b,
            @ForAll @IntRange(min = 0, max = 24 * 60) int c) {
        List<Incident> incidents = DETECTOR.detect(arrivals(List.of(new Spec(1, 0, a, 0), new Spec(2, 0, b, 0),
                new Spec(3, 0, c, 0))));
        assertEquals(1, incidents.size());
        assertEquals(3, incidents.get(0).customers());
    }

    @Property(tries = 300)
    void complaints_further_apart_than_the_window_never_make_a_group(@ForAll @IntRange(min = 2, max = 12) int n,
                                                                      @ForAll @IntRange(min = 1, max = 600) int gapBeyond) {
        List<Spec> spaced = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spaced.add(new Spec(i, 0, i * (24L * 60 + gapBeyond), 0));
        }
        assertEquals(List.of(), DETECTOR.detect(arrivals(spaced)));
    }

    @Property(tries = 300)
    void an_incident_is_major_exactly_when_twenty_or_more_came_in_person(@ForAll("streams") List<Spec> specs) {
        for (Incident i : DETECTOR.detect(arrivals(specs))) {
            assertEquals(i.inPerson() >= 20, i.major());
            assertTrue(i.customers() >= 3);
        }
    }

    /** A complaint with a headcount: people from 1 to 4, as a joint complaint may have. */
    record JointSpec(int customer, int fingerprint, long minutes, int people) {
    }

    @Provide
    Arbitrary<List<JointSpec>> jointStreams() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1),
                Arbitraries.longs().between(0, 60L * 24 * 4), Arbitraries.integers().between(1, 4))
                .as(JointSpec::new).list().ofMaxSize(25);
    }

    /** The oracle with headcounts: some window holding the complaint counts 3+ people, each customer at their largest. */
    static Set<ComplaintId> peopleOracle(List<Arrival> arrivals) {
        Set<ComplaintId> out = new HashSet<>();
        for (Arrival start : arrivals) {
            List<Arrival> inside = arrivals.stream().filter(a -> a.fingerprint().equals(start.fingerprint())
                    && !a.receivedAt().isBefore(start.receivedAt())
                    && !a.receivedAt().isAfter(start.receivedAt().plus(WINDOW))).toList();
            Map<CustomerRef, Integer> largest = new HashMap<>();
            inside.forEach(a -> largest.merge(a.customer(), a.people(), Math::max));
            if (largest.values().stream().mapToInt(Integer::intValue).sum() >= 3) {
                inside.forEach(a -> out.add(a.complaint()));
            }
        }
        return out;
    }

    @Property(tries = 1000)
    void with_headcounts_the_detector_groups_exactly_the_complaints_the_people_oracle_groups(
            @ForAll("jointStreams") List<JointSpec> specs) {
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            JointSpec s = specs.get(i);
            arrivals.add(new Arrival(ComplaintId.of("C-" + i), CustomerRef.of("CIF" + s.customer()),
                    "fp" + s.fingerprint(), T0.plus(Duration.ofMinutes(s.minutes())), 0, s.people()));
        }
        assertEquals(peopleOracle(arrivals), grouped(DETECTOR.detect(arrivals)));
    }
}
