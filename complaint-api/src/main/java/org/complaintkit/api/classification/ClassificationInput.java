package org.complaintkit.api.classification;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.SubjectKind;
import org.complaintkit.api.complaint.Vulnerability;

/**
 * What a classifier reads: the structured fields of a complaint and its text. The text is personal data:
 * {@link #toString()} never shows it, and a classifier must not log it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel how the complaint arrived
 * @param products the product codes it is about
 * @param amount the amount at stake or claimed, or null
 * @param segment the customer's segment
 * @param vulnerabilities the customer's vulnerabilities
 * @param tags the host's tags on the customer or complaint, such as {@code cross-province}
 * @param forwardedBy the forwarding body, or null
 * @param text what the customer says and asks for
 */
public record ClassificationInput(Channel channel, Set<String> products, Money amount, CustomerSegment segment,
                                  Set<Vulnerability> vulnerabilities, Set<String> tags, ForwardingSource forwardedBy,
                                  String text) {

    /**
     * Checks and copies the components.
     *
     * @param channel how the complaint arrived
     * @param products the product codes
     * @param amount the amount, or null
     * @param segment the customer's segment
     * @param vulnerabilities the customer's vulnerabilities
     * @param tags the host's tags
     * @param forwardedBy the forwarding body, or null
     * @param text what the customer says and asks for
     */
    public ClassificationInput {
        Objects.requireNonNull(channel, "channel");
        products = Set.copyOf(products);
        Objects.requireNonNull(segment, "segment");
        vulnerabilities = vulnerabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(vulnerabilities));
        tags = Set.copyOf(tags);
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads a registration: its channel, product subjects, customer segment and vulnerabilities,
     * forwarding body, and the content and request as text.
     *
     * @param registration the registration
     * @param amount the amount at stake, or null
     * @param tags the host's tags
     * @return the input
     */
    public static ClassificationInput of(Registration registration, Money amount, Set<String> tags) {
        Set<String> products = new LinkedHashSet<>();
        for (ComplaintSubject subject : registration.subjects()) {
            if (subject.kind() == SubjectKind.PRODUCT) {
                products.add(subject.reference());
            }
        }
        return new ClassificationInput(registration.channel(), products, amount,
                registration.complainant().segment(), registration.complainant().vulnerabilities(), tags,
                registration.forwardedFrom() == null ? null : registration.forwardedFrom().source(),
                registration.content().reveal() + "\n" + registration.request().reveal());
    }

    /**
     * The input for a text alone: an ordinary customer with no vulnerabilities and no tags, no product, no
     * amount and no forwarding body. Add what is known with the {@code with...} methods.
     *
     * @param channel how the complaint arrived
     * @param text what the customer says and asks for
     * @return the input
     */
    public static ClassificationInput of(Channel channel, String text) {
        return new ClassificationInput(channel, Set.of(), null, CustomerSegment.ORDINARY, Set.of(), Set.of(), null,
                text);
    }

    /**
     * Returns a copy about these products.
     *
     * @param codes the product codes
     * @return the copy
     */
    public ClassificationInput withProducts(String... codes) {
        return new ClassificationInput(channel, Set.of(codes), amount, segment, vulnerabilities, tags, forwardedBy,
                text);
    }

    /**
     * Returns a copy with the amount at stake or claimed.
     *
     * @param value the amount
     * @return the copy
     */
    public ClassificationInput withAmount(Money value) {
        return new ClassificationInput(channel, products, Objects.requireNonNull(value, "amount"), segment,
                vulnerabilities, tags, forwardedBy, text);
    }

    /**
     * Returns a copy for a customer in another segment.
     *
     * @param value the segment
     * @return the copy
     */
    public ClassificationInput withSegment(CustomerSegment value) {
        return new ClassificationInput(channel, products, amount, value, vulnerabilities, tags, forwardedBy, text);
    }

    /**
     * Returns a copy for a customer with these vulnerabilities.
     *
     * @param values the vulnerabilities
     * @return the copy
     */
    public ClassificationInput withVulnerabilities(Vulnerability... values) {
        return new ClassificationInput(channel, products, amount, segment, Set.of(values), tags, forwardedBy, text);
    }

    /**
     * Returns a copy with the host's tags.
     *
     * @param values the tags, such as {@code cross-province}
     * @return the copy
     */
    public ClassificationInput withTags(String... values) {
        return new ClassificationInput(channel, products, amount, segment, vulnerabilities, Set.of(values),
                forwardedBy, text);
    }

    /**
     * Returns a copy for a complaint forwarded by a body.
     *
     * @param value the forwarding body
     * @return the copy
     */
    public ClassificationInput withForwardedBy(ForwardingSource value) {
        return new ClassificationInput(channel, products, amount, segment, vulnerabilities, tags,
                Objects.requireNonNull(value, "forwardedBy"), text);
    }

    /**
     * Returns a copy with other text, for tests that vary the text alone.
     *
     * @param other the text
     * @return the copy
     */
    public ClassificationInput withText(String other) {
        return new ClassificationInput(channel, products, amount, segment, vulnerabilities, tags, forwardedBy, other);
    }

    @Override
    public String toString() {
        return "ClassificationInput[channel=" + channel + ", products=" + products + ", segment=" + segment
                + ", forwardedBy=" + forwardedBy + ", text=[redacted]]";
    }
}
