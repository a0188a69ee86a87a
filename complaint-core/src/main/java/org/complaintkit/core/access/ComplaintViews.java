package org.complaintkit.core.access;

import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.Registration;
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

    private static String shown(Sensitive text, String name, ViewRights rights) {
        return rights.personalData() ? text.reveal() : PersonalDataMask.text(text.reveal(), name);
    }
}
