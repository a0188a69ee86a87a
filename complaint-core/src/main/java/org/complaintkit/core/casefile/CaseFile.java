package org.complaintkit.core.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.StaffId;

/**
 * The case file of one complaint as one reader may see it (seed 002 第二篇 三.1: the whole handling and its result
 * kept as a written record): its sections in a fixed order, the registration, every event with actor and time,
 * the notes, contacts and evidence, the clocks with their explanation, the notices with proof of sending and the
 * verdict on the seals. Made by {@code ComplaintEngine.caseFile(id, reader)}, which checks the reader through the
 * access policy; printed by {@link #html()} and {@link #text()}.
 *
 * <p>A reader without the right to personal data gets a file without it: the complainant's name, customer
 * number and contact masked, and every text people wrote masked as {@code ComplaintViews.forReader} masks it.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no content.
 *
 * @param complaintId the complaint
 * @param madeFor the staff member it was made for
 * @param rights what the reader may see
 * @param madeAt when it was made, by the engine's clock
 * @param zone the zone its times are shown in, the engine's
 * @param sections its sections, in order; copied
 */
public record CaseFile(ComplaintId complaintId, StaffId madeFor, ViewRights rights, Instant madeAt,
                       ZoneId zone, List<CaseFileSection> sections) {

    /** The heading of the section that holds the registration. */
    public static final String REGISTRATION = "Registration";
    /** The heading of the section that lists every event. */
    public static final String EVENTS = "Events";
    /** The heading of the section that gathers the case notes, internal reports and co-handlers' opinions. */
    public static final String NOTES = "Notes";
    /** The heading of the section that gathers each contact with the customer: calls, interim replies, promises, return visits. */
    public static final String CONTACTS = "Contacts";
    /** The heading of the section that lists the documents on file, each with its hash. */
    public static final String EVIDENCE = "Evidence";
    /** The heading of the section that lists the clocks. */
    public static final String CLOCKS = "Clocks";
    /** The heading of the section that explains each clock's deadline. */
    public static final String EXPLANATIONS = "Why each deadline";
    /** The heading of the section that lists the notices delivered and failed, the proof of sending. */
    public static final String NOTICES = "Notices";
    /** The heading of the section that lists the outbox. */
    public static final String OUTBOX = "Outbox";
    /** The heading of the section that holds the verdict on the seals. */
    public static final String SEALS = "Seal verification";

    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint
     * @param madeFor the staff member it was made for
     * @param rights what the reader may see
     * @param madeAt when it was made
     * @param zone the zone its times are shown in
     * @param sections its sections, in order
     */
    public CaseFile {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(madeFor, "madeFor");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(zone, "zone");
        sections = List.copyOf(sections);
    }

    /**
     * Returns when the file was made, in its zone and ISO form, such as {@code 2026-03-02T09:00:00+08:00}.
     *
     * @return the time
     */
    public String madeAtText() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(madeAt.atZone(zone));
    }

    /**
     * Finds a section by its heading.
     *
     * @param heading the heading, such as {@link #EVENTS} or {@code Topic.NOTES.heading()}
     * @return the section, or empty if the file has none of that heading
     */
    public Optional<CaseFileSection> section(String heading) {
        return sections.stream().filter(s -> s.heading().equals(heading)).findFirst();
    }

    /**
     * Prints the file as one self-contained HTML page, for the screen and for printing.
     *
     * @return the page
     * @see CaseFileHtml
     */
    public String html() {
        return CaseFileHtml.render(this);
    }

    /**
     * Prints the file as plain text in a fixed layout.
     *
     * @return the text
     * @see CaseFileText
     */
    public String text() {
        return CaseFileText.render(this);
    }

    @Override
    public String toString() {
        return "CaseFile[" + complaintId.value() + " for " + madeFor.value() + ", " + rights + ", made " + madeAtText()
                + ", " + sections.size() + " sections]";
    }
}
