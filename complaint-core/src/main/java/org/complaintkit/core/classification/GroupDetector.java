package org.complaintkit.core.classification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;

/**
 * Finds group complaints (DOMAIN.md §3, REGULATIONS.md): complaints with the same fingerprint (the same
 * problem: class, product, incident scope and key phrases) from at least {@code minCustomers} people, all
 * received within one window. People are counted by customer: each distinct customer counts the largest
 * headcount of their complaints in the window (one, unless a joint complaint says how many make it), so three
 * customers, or one joint complaint of three, reach the seeds' threshold. A complaint belongs to a group when some such set contains it. Overlapping
 * sets of one fingerprint form one incident. An incident whose in-person complainants number
 * {@code majorInPerson} or more is a major complaint (CBIRC Order 2020 No. 3 Art. 29: 20 or more).
 *
 * <p>Sorts each fingerprint's arrivals once and slides a window over them: no pairwise comparison.
 * Immutable and thread-safe.
 */
public final class GroupDetector {
    private final Duration window;
    private final int minCustomers;
    private final int majorInPerson;
    private final GroupScope scope;

    /**
     * One complaint as the detector sees it.
     *
     * @param complaint the complaint
     * @param customer who complained
     * @param fingerprint what the complaint is about, see {@link Fingerprints}
     * @param receivedAt when it was received
     * @param inPerson how many people came in person with it (0 for a letter or a call)
     * @param people how many people make the complaint, at least 1 (its headcount)
     */
    public record Arrival(ComplaintId complaint, CustomerRef customer, String fingerprint, Instant receivedAt,
                          int inPerson, int people) {
        /**
         * Checks the components.
         *
         * @param complaint the complaint
         * @param customer who complained
         * @param fingerprint what it is about
         * @param receivedAt when it was received
         * @param inPerson how many came in person
         * @param people how many people make it, at least 1
         */
        public Arrival {
            Objects.requireNonNull(complaint, "complaint");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(receivedAt, "receivedAt");
            if (inPerson < 0) {
                throw new IllegalArgumentException("inPerson cannot be negative");
            }
            if (people < 1) {
                throw new IllegalArgumentException("a complaint is made by at least one person");
            }
        }

        /**
         * A complaint made by one person.
         *
         * @param complaint the complaint
         * @param customer who complained
         * @param fingerprint what it is about
         * @param receivedAt when it was received
         * @param inPerson how many came in person
         */
        public Arrival(ComplaintId complaint, CustomerRef customer, String fingerprint, Instant receivedAt,
                       int inPerson) {
            this(complaint, customer, fingerprint, receivedAt, inPerson, 1);
        }
    }

    /**
     * One group incident.
     *
     * @param fingerprint the problem the complaints share
     * @param complaints the complaints, by receipt time
     * @param customers how many distinct customers
     * @param inPerson how many people came in person, in all
     * @param major whether it is a major complaint
     * @param people how many people, each customer counted with the largest headcount of their complaints
     */
    public record Incident(String fingerprint, List<ComplaintId> complaints, int customers, int inPerson, boolean major,
                           int people) {
        /**
         * Copies the complaints.
         *
         * @param fingerprint the shared problem
         * @param complaints the complaints
         * @param customers distinct customers
         * @param inPerson people in person
         * @param major whether major
         * @param people people counted
         */
        public Incident {
            complaints = List.copyOf(complaints);
        }
    }

    /**
     * Creates a detector.
     *
     * @param window how close in time the complaints of a group must be, positive
     * @param minCustomers how many people make a group, at least 2 (the seeds say 3)
     * @param majorInPerson how many in person make a major complaint (CBIRC Art. 29: 20)
     */
    public GroupDetector(Duration window, int minCustomers, int majorInPerson) {
        this(window, minCustomers, majorInPerson, GroupScope.RECEIVING_UNIT);
    }

    /**
     * Creates a detector with an incident scope.
     *
     * @param window how close in time the complaints of a group must be, positive
     * @param minCustomers how many distinct customers make a group, at least 2 (the seeds say 3)
     * @param majorInPerson how many in person make a major complaint (CBIRC Art. 29: 20)
     * @param scope how far apart the complaints of a group may have been received
     */
    public GroupDetector(Duration window, int minCustomers, int majorInPerson, GroupScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the group window must be positive");
        }
        if (minCustomers < 2 || majorInPerson < 1) {
            throw new IllegalArgumentException("a group needs at least 2 customers and a major one at least 1 person");
        }
        this.window = window;
        this.minCustomers = minCustomers;
        this.majorInPerson = majorInPerson;
        this.scope = scope;
    }

    /**
     * Returns how far apart the complaints of a group may have been received.
     *
     * @return the scope; {@link GroupScope#RECEIVING_UNIT} unless set
     */
    public GroupScope scope() {
        return scope;
    }

    /**
     * The same detector with another incident scope.
     *
     * @param scope how far apart the complaints of a group may have been received
     * @return the detector
     */
    public GroupDetector withScope(GroupScope scope) {
        return new GroupDetector(window, minCustomers, majorInPerson, scope);
    }

    /**
     * Returns how close in time the complaints of a group must be.
     *
     * @return the window
     */
    public Duration window() {
        return window;
    }

    /**
     * The seeds' rule: three or more customers within 24 hours at one receiving unit; twenty or more in person is
     * major. {@link #withScope} widens the scope to the branch or the bank.
     *
     * @return the detector
     */
    public static GroupDetector standard() {
        return new GroupDetector(Duration.ofHours(24), 3, 20);
    }

    /**
     * Finds the group incidents among arrivals.
     *
     * @param arrivals the complaints, in any order
     * @return the incidents, by fingerprint in order of first appearance, then by time
     */
    public List<Incident> detect(List<Arrival> arrivals) {
        Map<String, List<Arrival>> byFingerprint = new LinkedHashMap<>();
        for (Arrival a : arrivals) {
            byFingerprint.computeIfAbsent(a.fingerprint(), k -> new ArrayList<>()).add(a);
        }
        List<Incident> out = new ArrayList<>();
        for (Map.Entry<String, List<Arrival>> entry : byFingerprint.entrySet()) {
            List<Arrival> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparing(Arrival::receivedAt).thenComparing(a -> a.complaint().value()));
            out.addAll(incidents(entry.getKey(), sorted));
        }
        return out;
    }

    private List<Incident> incidents(String fingerprint, List<Arrival> sorted) {
        List<Incident> out = new ArrayList<>();
        People inWindow = new People();
        int left = 0;
        int groupFrom = -1;
        int groupTo = -1;
        for (int right = 0; right < sorted.size(); right++) {
            inWindow.add(sorted.get(right));
            Instant end = sorted.get(right).receivedAt();
            while (Duration.between(sorted.get(left).receivedAt(), end).compareTo(window) > 0) {
                inWindow.remove(sorted.get(left));
                left++;
            }
            if (inWindow.total >= minCustomers) {
                if (groupFrom >= 0 && left <= groupTo) {
                    groupTo = right;
                } else {
                    if (groupFrom >= 0) {
                        out.add(incident(fingerprint, sorted.subList(groupFrom, groupTo + 1)));
                    }
                    groupFrom = left;
                    groupTo = right;
                }
            }
        }
        if (groupFrom >= 0) {
            out.add(incident(fingerprint, sorted.subList(groupFrom, groupTo + 1)));
        }
        return out;
    }

    /**
     * The people among the arrivals in the window: each customer counted with the largest headcount of their
     * arrivals there, kept as the window slides (a count of each headcount per customer, so removal is exact).
     */
    private static final class People {
        private final Map<CustomerRef, TreeMap<Integer, Integer>> byCustomer = new HashMap<>();
        private int total;

        void add(Arrival a) {
            TreeMap<Integer, Integer> counts = byCustomer.computeIfAbsent(a.customer(), k -> new TreeMap<>());
            int before = counts.isEmpty() ? 0 : counts.lastKey();
            counts.merge(a.people(), 1, Integer::sum);
            total += counts.lastKey() - before;
        }

        void remove(Arrival a) {
            TreeMap<Integer, Integer> counts = byCustomer.get(a.customer());
            int before = counts.lastKey();
            counts.computeIfPresent(a.people(), (k, v) -> v == 1 ? null : v - 1);
            int after = counts.isEmpty() ? 0 : counts.lastKey();
            if (counts.isEmpty()) {
                byCustomer.remove(a.customer());
            }
            total += after - before;
        }
    }

    private Incident incident(String fingerprint, List<Arrival> members) {
        Set<CustomerRef> customers = new LinkedHashSet<>();
        People people = new People();
        int inPerson = 0;
        List<ComplaintId> ids = new ArrayList<>();
        for (Arrival a : members) {
            customers.add(a.customer());
            people.add(a);
            inPerson += a.inPerson();
            ids.add(a.complaint());
        }
        return new Incident(fingerprint, ids, customers.size(), inPerson, inPerson >= majorInPerson, people.total);
    }
}
