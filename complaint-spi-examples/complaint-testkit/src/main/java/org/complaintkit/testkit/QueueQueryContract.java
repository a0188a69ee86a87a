package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;

/**
 * The conformance checks of the work-queue conditions of {@link ComplaintQuery}: a store keeps each index row's
 * {@link QueueFacts} exactly, replaces them at each append, and answers every queue condition (handler,
 * co-handler, first-contact owner, class, flag, priority, external reference, overdue clock) with the same pages,
 * in the same order (ascending id), as the in-memory reference store, on random complaints and random queries.
 * {@link ComplaintStoreContract} extends it, so a store that runs the kit runs these too.
 */
public abstract class QueueQueryContract {
    private static final Instant T0 = StoreSamples.T0;

    /**
     * Creates a new, empty store for one test.
     *
     * @return the store
     */
    protected abstract ComplaintStore newStore();

    private static ComplaintId id(int n) {
        return ComplaintId.of(String.format("Q-%06d", n));
    }

    private static Instant hour(int h) {
        return T0.plusSeconds(3600L * h);
    }

    private static AppendRequest append(int n, long version, ComplaintStatus status, QueueFacts facts) {
        ComplaintId complaint = id(n);
        UnitId unit = UnitId.of("U-" + (n % 3));
        CustomerRef customer = CustomerRef.of("CIF-" + (n % 5));
        ComplaintIndex index = StoreSamples.index(status, unit, customer, hour(n % 100), null).withQueue(facts);
        List<ComplaintEvent> events = version == 0
                ? List.of(StoreSamples.registered(complaint, unit, customer, hour(n % 100), "queue " + n))
                : StoreSamples.facts(complaint, version + 1, 1, hour(n % 100).plusSeconds(60));
        return new AppendRequest(complaint, version, events, index, null);
    }

    private static QueueFacts facts(String handler, String owner, Set<String> coHandlers, Set<String> classes,
                                    Set<QueueFlag> flags, Priority priority, Set<String> references,
                                    Map<String, Integer> clockHours) {
        Map<String, Instant> clocks = new HashMap<>();
        clockHours.forEach((clock, h) -> clocks.put(clock, hour(h)));
        return new QueueFacts(handler == null ? null : StaffId.of(handler), owner == null ? null : StaffId.of(owner),
                coHandlers.stream().map(UnitId::of).collect(Collectors.toSet()), classes, flags,
                priority, references, clocks);
    }

    @Example
    void queue_facts_read_back_exactly_and_an_append_replaces_them() {
        ComplaintStore store = newStore();
        QueueFacts first = facts("S-1", "S-9", Set.of("U-7", "U-8"), Set.of("seed.matter:fee", "cbirc:2.1"),
                EnumSet.of(QueueFlag.VIP, QueueFlag.BREACH_MARKED), Priority.HIGH, Set.of("GD-2025-0042", "MED-1"),
                Map.of("bank.feedback", 30, "bank.accept", 2));
        AppendRequest created = append(1, 0, ComplaintStatus.ASSIGNED, first);
        store.append(created);
        assertEquals(Optional.of(new IndexRow(1, created.index())), store.indexRow(id(1)));
        QueueFacts later = facts("S-2", "S-9", Set.of("U-8"), Set.of("seed.matter:fee"), EnumSet.of(QueueFlag.VIP),
                null, Set.of("MED-1"), Map.of());
        AppendRequest changed = append(1, 1, ComplaintStatus.INVESTIGATING, later);
        store.append(changed);
        assertEquals(Optional.of(new IndexRow(2, changed.index())), store.indexRow(id(1)),
                "tags, clocks and columns the history no longer implies are gone");
        assertEquals(List.of(), store.query(ComplaintQuery.all(10).withCoHandler(UnitId.of("U-7"))).ids());
        assertEquals(List.of(), store.query(ComplaintQuery.all(10).withOverdueAt(hour(1000))).ids());
    }

    @Example
    void each_queue_condition_finds_exactly_the_complaints_with_that_fact() {
        ComplaintStore store = newStore();
        store.append(append(1, 0, ComplaintStatus.ASSIGNED, facts("S-1", "S-9", Set.of("U-7"),
                Set.of("seed.matter:fee"), EnumSet.of(QueueFlag.VULNERABLE), Priority.URGENT, Set.of("GD-1"),
                Map.of("bank.feedback", 10))));
        store.append(append(2, 0, ComplaintStatus.ASSIGNED, facts("S-2", "S-8", Set.of("U-6"),
                Set.of("seed.matter:attitude"), EnumSet.of(QueueFlag.TYPICAL_CASE), Priority.NORMAL, Set.of("GD-2"),
                Map.of("bank.accept", 20))));
        store.append(append(3, 0, ComplaintStatus.REGISTERED, QueueFacts.NONE));
        ComplaintQuery all = ComplaintQuery.all(10);
        assertEquals(List.of(id(1)), store.query(all.withHandler(StaffId.of("S-1"))).ids());
        assertEquals(List.of(id(2)), store.query(all.withOwner(StaffId.of("S-8"))).ids());
        assertEquals(List.of(id(1)), store.query(all.withCoHandler(UnitId.of("U-7"))).ids());
        assertEquals(List.of(id(2)), store.query(all.withClass("seed.matter", "attitude")).ids());
        assertEquals(List.of(id(1)), store.query(all.withFlag(QueueFlag.VULNERABLE)).ids());
        assertEquals(List.of(id(1), id(2)), store.query(all.withPriorities(Set.of(Priority.URGENT,
                Priority.NORMAL))).ids());
        assertEquals(List.of(id(2)), store.query(all.withExternalReference("GD-2")).ids());
        assertEquals(List.of(), store.query(all.withOverdueAt(hour(10))).ids(), "a deadline at the instant is not past");
        assertEquals(List.of(id(1)), store.query(all.withOverdueAt(hour(10).plusNanos(1))).ids());
        assertEquals(List.of(id(1), id(2)), store.query(all.withOverdueAt(hour(21))).ids());
        assertEquals(List.of(id(2)), store.query(all.withOverdueAt(hour(21), "bank.accept")).ids());
        assertEquals(List.of(id(1)), store.query(all.withHandler(StaffId.of("S-1")).withFlag(QueueFlag.VULNERABLE)
                .withOverdueAt(hour(11), "bank.feedback")).ids(), "conditions combine");
    }

    /**
     * Seed 001 §4.2.3 "对于特殊客户（如残障人士、孕妇等），接待工作人员应优先安排服务": complaints registered through the engine
     * with the standard classifier, on this store, are found by the vulnerable and VIP flags and by priority, whether
     * the customer's vulnerability was given at registration or read in the text.
     */
    @Example
    void priority_customers_registered_through_the_engine_are_found_by_flag_and_by_priority() {
        ComplaintStore store = newStore();
        AtomicInteger next = new AtomicInteger();
        ComplaintEngine engine = ComplaintEngine.builder().store(store).discoverPlugins(false)
                .clock(MutableClock.at("2025-03-03T03:00:00Z")).classifier(RuleClassifier.standard())
                .idSource(registration -> id(next.incrementAndGet())).build();
        ComplaintId pregnant = register(engine, "CIF-P", CustomerSegment.ORDINARY, "柜台排队太久",
                Vulnerability.PREGNANT);
        ComplaintId wheelchair = register(engine, "CIF-W", CustomerSegment.ORDINARY, "我坐轮椅，进不了网点");
        ComplaintId vip = register(engine, "CIF-V", CustomerSegment.VIP, "柜台排队太久");
        ComplaintId ordinary = register(engine, "CIF-O", CustomerSegment.ORDINARY, "柜台排队太久");

        ComplaintQuery all = ComplaintQuery.all(10);
        assertEquals(List.of(pregnant, wheelchair), store.query(all.withFlag(QueueFlag.VULNERABLE)).ids(),
                "a reason given at registration and a vulnerability read in the text");
        assertEquals(List.of(vip), store.query(all.withFlag(QueueFlag.VIP)).ids());
        assertEquals(List.of(pregnant, wheelchair, vip), store.query(all.withPriorities(Set.of(Priority.HIGH,
                Priority.URGENT))).ids(), "a vulnerability read in the text is raised as one given at registration");
        assertEquals(List.of(pregnant, wheelchair), store.query(all.withFlag(QueueFlag.VULNERABLE)
                .withPriorities(Set.of(Priority.HIGH))).ids(), "conditions combine");
        assertEquals(List.of(vip), store.query(all.withFlag(QueueFlag.VIP).withPriorities(Set.of(Priority.HIGH)))
                .ids(), "conditions combine");
        assertEquals(List.of(ordinary), store.query(all.withPriorities(Set.of(Priority.NORMAL))).ids());
    }

    /**
     * Issue 24: a complaint no rule could place in its primary scheme is not a silent "other"; it is found by
     * {@link QueueFlag#NEEDS_CLASSIFICATION} on this store, and one the rules placed is not.
     */
    @Example
    void a_complaint_nothing_classified_is_found_by_the_needs_classification_flag() {
        ComplaintStore store = newStore();
        AtomicInteger next = new AtomicInteger();
        ComplaintEngine engine = ComplaintEngine.builder().store(store).discoverPlugins(false)
                .clock(MutableClock.at("2025-03-03T03:00:00Z")).classifier(RuleClassifier.standard())
                .idSource(registration -> id(next.incrementAndGet())).build();
        ComplaintId placed = register(engine, "CIF-A", CustomerSegment.ORDINARY, "柜台排队太久");
        ComplaintId unplaced = register(engine, "CIF-B", CustomerSegment.ORDINARY, "那件事到现在也没个说法");

        ComplaintQuery all = ComplaintQuery.all(10);
        assertEquals(List.of(unplaced), store.query(all.withFlag(QueueFlag.NEEDS_CLASSIFICATION)).ids());
        assertEquals(List.of(placed, unplaced), store.query(all).ids());
    }

    private static ComplaintId register(ComplaintEngine engine, String customer, CustomerSegment segment, String text,
                                        Vulnerability... reasons) {
        RegisterComplaint base = Fixtures.registration(Instant.parse("2025-03-03T03:00:00Z"));
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), segment, Set.of(reasons),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return engine.execute(new RegisterComplaint(base.actor(), Fixtures.key(), who, base.channel(),
                base.receivedAt(), base.receivingUnit(), base.subjects(), Sensitive.of(text), base.request(), null))
                .complaintId();
    }

    /** A random complaint for the differential property: its facts, and facts an earlier append wrote, if any. */
    public record QueueRow(int id, ComplaintStatus status, QueueFacts facts, QueueFacts before) {
    }

    private static Arbitrary<QueueFacts> randomFacts() {
        Arbitrary<String> staff = Arbitraries.integers().between(1, 4).map(n -> "S-" + n);
        Arbitrary<Set<String>> units = Arbitraries.of("U-1", "U-2", "U-3").set().ofMaxSize(2);
        Arbitrary<Set<String>> classes = Arbitraries.of("s1:A", "s1:B", "s2:X").set().ofMaxSize(2);
        Arbitrary<Set<QueueFlag>> flags = Arbitraries.of(QueueFlag.class).set().ofMaxSize(3);
        Arbitrary<Priority> priority = Arbitraries.of(Priority.class).injectNull(0.3);
        Arbitrary<Set<String>> references = Arbitraries.of("R-1", "R-2", "R-3").set().ofMaxSize(2);
        Arbitrary<Map<String, Integer>> clocks = Arbitraries.maps(Arbitraries.of("c1", "c2"),
                Arbitraries.integers().between(0, 300)).ofMaxSize(2);
        return Combinators.combine(staff.injectNull(0.3), staff.injectNull(0.1), units, classes, flags, priority,
                references, clocks).as(QueueQueryContract::facts);
    }

    @Provide
    Arbitrary<List<QueueRow>> queueRows() {
        Arbitrary<QueueRow> row = Combinators.combine(Arbitraries.integers().between(1, 300),
                Arbitraries.of(ComplaintStatus.class), randomFacts(), randomFacts().injectNull(0.7)).as(QueueRow::new);
        return row.list().ofMaxSize(50).uniqueElements(QueueRow::id);
    }

    @Provide
    Arbitrary<ComplaintQuery> queueQueries() {
        Arbitrary<StaffId> staff = Arbitraries.integers().between(1, 4).map(n -> StaffId.of("S-" + n));
        Arbitrary<UnitId> unit = Arbitraries.of("U-1", "U-2", "U-3").map(UnitId::of).injectNull(0.7);
        Arbitrary<String[]> classCode = Arbitraries.of(new String[] {"s1", "A"}, new String[] {"s1", "B"},
                new String[] {"s2", "X"}, new String[] {"s2", "A"}).injectNull(0.7);
        Arbitrary<QueueFlag> flag = Arbitraries.of(QueueFlag.class).injectNull(0.7);
        Arbitrary<Set<Priority>> priorities = Arbitraries.of(Priority.class).set().ofMaxSize(2);
        Arbitrary<String> reference = Arbitraries.of("R-1", "R-2", "R-3").injectNull(0.7);
        Arbitrary<Integer> overdue = Arbitraries.integers().between(0, 310).injectNull(0.6);
        Arbitrary<String> clock = Arbitraries.of("c1", "c2", "c3").injectNull(0.5);
        Arbitrary<ComplaintQuery.Builder> people = Combinators.combine(staff.injectNull(0.7), staff.injectNull(0.8),
                unit, classCode, flag, Arbitraries.integers().between(1, 25)).as((h, o, u, c, f, l) -> {
                    ComplaintQuery.Builder b = ComplaintQuery.builder(l).handler(h).owner(o).coHandler(u).flag(f);
                    return c == null ? b : b.classCode(c[0], c[1]);
                });
        return Combinators.combine(people, priorities, reference, overdue, clock,
                Arbitraries.of(ComplaintStatus.class).set().ofMaxSize(3)).as((b, p, r, o, c, s) -> b.priorities(p)
                .externalReference(r).overdueAt(o == null ? null : hour(o), o == null ? null : c).statuses(s).build());
    }

    @Property(tries = 60)
    void every_queue_query_pages_as_the_in_memory_reference_does(@ForAll("queueRows") List<QueueRow> rows,
                                                                 @ForAll("queueQueries") ComplaintQuery query) {
        ComplaintStore store = newStore();
        ComplaintStore reference = new InMemoryComplaintStore();
        for (QueueRow row : rows) {
            List<AppendRequest> appends = new ArrayList<>();
            if (row.before() == null) {
                appends.add(append(row.id(), 0, row.status(), row.facts()));
            } else {
                appends.add(append(row.id(), 0, row.status(), row.before()));
                appends.add(append(row.id(), 1, row.status(), row.facts()));
            }
            for (AppendRequest append : appends) {
                store.append(append);
                reference.append(append);
            }
        }
        assertEquals(pages(reference, query), pages(store, query), query.toString());
    }

    private static List<List<ComplaintId>> pages(ComplaintStore store, ComplaintQuery first) {
        List<List<ComplaintId>> pages = new ArrayList<>();
        ComplaintQuery query = first;
        while (true) {
            ComplaintPage page = store.query(query);
            pages.add(page.ids());
            if (page.next().isEmpty()) {
                return pages;
            }
            query = query.after(page.next().get());
        }
    }
}
