package org.complaintkit.core.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerResponse;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.complaint.SubjectKind;

/**
 * Builds the view of a complaint that a staff member's rights allow: masked or withheld values are
 * replaced before the view exists, so nothing hidden can leak from it. Without the right to personal data
 * the contact is masked by its kind ({@link PersonalDataMask#contact}), and the content and request are
 * masked with the complainant's own name looked for in them ({@link PersonalDataMask#text(String, String)}).
 */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /**
     * Builds a view.
     *
     * @param state the complaint
     * @param rights what the reader may see
     * @return the view
     */
    public static ComplaintView of(ComplaintState state, ViewRights rights) {
        Registration r = state.registration();
        boolean withheld = r.confidential() && !rights.confidentialContent();
        List<String> products = new ArrayList<>();
        for (ComplaintSubject subject : r.subjects()) {
            if (subject.kind() == SubjectKind.PRODUCT) {
                products.add(subject.reference());
            }
        }
        Sensitive address = r.complainant().contact() == null ? null : r.complainant().contact().address();
        String name = r.complainant().name().reveal();
        return new ComplaintView(state.id(), state.status(), r.channel(), r.receivedAt(), r.receivingUnit(),
                state.assignment() == null ? null : state.assignment().firstResponsible().unit(),
                rights.personalData() ? r.complainant().customer().value()
                        : PersonalDataMask.identifier(r.complainant().customer().value()),
                rights.personalData() ? name : PersonalDataMask.name(name),
                address == null ? null : rights.personalData() ? address.reveal()
                        : PersonalDataMask.contact(r.complainant().contact()),
                withheld ? ComplaintView.WITHHELD : shown(r.content(), name, rights),
                withheld ? ComplaintView.WITHHELD : shown(r.request(), name, rights), products, rights);
    }

    /**
     * Returns a complaint's state as a reader with these rights may hold it: the same state for a reader who may
     * see everything; else with the complainant's name, customer number and contact masked (the customer number
     * reads {@code masked}), the free texts (content, request, resolution, answer, root cause) masked, and the
     * content and request withheld from a reader without the right to confidential content. What the engine
     * returns to whoever ran a command is this, so a command is no way round the view.
     *
     * @param state the complaint
     * @param rights what the reader may see
     * @return the state as the reader may hold it
     */
    public static ComplaintState forReader(ComplaintState state, ViewRights rights) {
        return forReader(state, rights, r -> registrationFor(r, rights));
    }

    /**
     * Returns a complaint's state as {@link #forReader(ComplaintState, ViewRights)} does, with its registration
     * masked by the function given: for a caller that keeps the masked registration of a complaint it returns
     * again and again (the engine, after each command), since a registration seldom changes and masking its texts
     * is most of the cost.
     *
     * @param state the complaint
     * @param rights what the reader may see
     * @param registrations gives {@link #registrationFor registrationFor(registration, rights)}, or one kept from
     *     before for the same registration and rights
     * @return the state as the reader may hold it
     */
    public static ComplaintState forReader(ComplaintState state, ViewRights rights,
                                           UnaryOperator<Registration> registrations) {
        Registration r = state.registration();
        boolean withheld = r.confidential() && !rights.confidentialContent();
        if (rights.personalData() && !withheld) {
            return state;
        }
        String name = r.complainant().name().reveal();
        Registration registration = registrations.apply(r);
        Resolution resolution = state.resolution() == null ? null : new Resolution(masked(state.resolution().summary(),
                name, rights), state.resolution().outcome(), state.resolution().compensation(),
                state.resolution().proposedBy());
        CustomerResponse response = state.response() == null ? null : new CustomerResponse(
                masked(state.response().result(), name, rights), masked(state.response().basis(), name, rights),
                masked(state.response().followUpMeasures(), name, rights), state.response().via(),
                state.response().respondedAt());
        return new ComplaintState(state.id(), state.version(), state.status(), registration, state.assignment(),
                resolution, state.approvedBy(), response, state.satisfaction(), state.pauseReason(),
                state.reinvestigations(), state.liability(), masked(state.rootCause(), name, rights),
                state.referredTo(), state.mergedInto(), state.lastChangedAt(), state.endorsedBy());
    }

    /**
     * Returns a registration as a reader with these rights may hold it: the complainant's name, customer number and
     * contact masked without the right to personal data, the content and request masked, or withheld without the
     * right to confidential content.
     *
     * @param r the registration
     * @param rights what the reader may see
     * @return the registration as the reader may hold it; {@code r} itself for a reader who may see everything
     */
    public static Registration registrationFor(Registration r, ViewRights rights) {
        boolean withheld = r.confidential() && !rights.confidentialContent();
        if (rights.personalData() && !withheld) {
            return r;
        }
        String name = r.complainant().name().reveal();
        Complainant c = r.complainant();
        Complainant complainant = rights.personalData() ? c : new Complainant(CustomerRef.of("masked"),
                Sensitive.of(PersonalDataMask.name(name)), c.segment(), c.vulnerabilities(),
                c.contact() == null || c.contact().address() == null ? c.contact()
                        : new ContactPoint(c.contact().method(), Sensitive.of(PersonalDataMask.contact(c.contact()))));
        return new Registration(complainant, r.channel(), r.receivedAt(), r.receivingUnit(),
                r.subjects(), withheld ? Sensitive.of(ComplaintView.WITHHELD) : masked(r.content(), name, rights),
                withheld ? Sensitive.of(ComplaintView.WITHHELD) : masked(r.request(), name, rights),
                r.forwardedFrom(), r.firstContactOwner(), r.jurisdiction(), r.confidential());
    }

    private static Sensitive masked(Sensitive text, String name, ViewRights rights) {
        return text == null || rights.personalData() ? text : Sensitive.of(PersonalDataMask.text(text.reveal(), name));
    }

    private static String shown(Sensitive text, String name, ViewRights rights) {
        return rights.personalData() ? text.reveal() : PersonalDataMask.text(text.reveal(), name);
    }
}
