package org.complaintkit.core.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.access.PersonalDataMask;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * The knowledge base of typical resolutions: the complaints marked with {@code MarkTypicalCase}, found by
 * class. Reading goes through the access policy, so a staff member never finds a case about themselves, and
 * one without the right to personal data reads each summary masked.
 *
 * <pre>{@code
 * List<TypicalCase> cases = TypicalCases.find(store, "seed.matter:business-error", reader, policy);
 * }</pre>
 */
public final class TypicalCases {
    private TypicalCases() {
    }

    /**
     * Returns a complaint's typical case, if it was marked one.
     *
     * @param history the complaint's events in sequence order
     * @return the case as last marked, or empty
     */
    public static Optional<TypicalCase> of(List<ComplaintEvent> history) {
        TypicalCaseMarked last = lastMark(history);
        return last == null ? Optional.empty() : Optional.of(of(ComplaintAggregate.replay(history), history, last));
    }

    private static TypicalCaseMarked lastMark(List<ComplaintEvent> history) {
        TypicalCaseMarked last = null;
        for (ComplaintEvent event : history) {
            if (event instanceof TypicalCaseMarked marked) {
                last = marked;
            }
        }
        return last;
    }

    private static TypicalCase of(ComplaintState state, List<ComplaintEvent> history, TypicalCaseMarked last) {
        return new TypicalCase(state.id(), Classifications.classes(history),
                state.resolution() == null ? null : state.resolution().outcome(), last.summary(), last.occurredAt(),
                last.actor().staffId());
    }

    /** The case with its summary masked, the complainant's own name with it. */
    private static TypicalCase masked(TypicalCase found, ComplaintState state) {
        String summary = PersonalDataMask.text(found.summary().reveal(), state.registration().complainant().name().reveal());
        return new TypicalCase(found.complaintId(), found.classes(), found.outcome(), Sensitive.of(summary),
                found.markedAt(), found.markedBy());
    }

    /**
     * Finds the typical cases of a class that a reader may see, most recently marked first. A reader whose
     * rights do not show personal data ({@code AccessPolicy.rights}) gets each summary with personal data
     * masked ({@link PersonalDataMask#text(String, String)}), as in a view of the complaint.
     *
     * @param store the store
     * @param qualifiedClass the class as {@code scheme:code}, or a scheme followed by {@code :} for every class
     *     of the scheme
     * @param reader who reads
     * @param policy the access policy; cases it denies the reader are left out
     * @return the cases
     */
    public static List<TypicalCase> find(ComplaintStore store, String qualifiedClass, Actor reader,
                                         AccessPolicy policy) {
        Objects.requireNonNull(qualifiedClass, "qualifiedClass");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(policy, "policy");
        boolean wholeScheme = qualifiedClass.endsWith(":");
        List<TypicalCase> out = new ArrayList<>();
        store.scan(ComplaintQuery.all(500), history -> {
            TypicalCaseMarked last = lastMark(history);
            if (last == null) {
                return;
            }
            ComplaintState state = ComplaintAggregate.replay(history);
            TypicalCase found = of(state, history, last);
            boolean matches = wholeScheme ? found.classes().stream().anyMatch(c -> c.startsWith(qualifiedClass))
                    : found.classes().contains(qualifiedClass);
            if (matches && policy.check(reader, state, Permission.VIEW).isEmpty()) {
                out.add(policy.rights(reader, state).personalData() ? found : masked(found, state));
            }
        });
        out.sort(Comparator.comparing(TypicalCase::markedAt).reversed().thenComparing(TypicalCase::complaintId));
        return List.copyOf(out);
    }
}
