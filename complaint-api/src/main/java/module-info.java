/**
 * ComplaintKit API: the types a bank's code uses to register and move complaints, and the SPIs an
 * integrator implements to plug in storage, notification and the organisation directory.
 *
 * <p>This module depends on {@code jakarta.validation} only (constraint annotations on commands).
 */
module org.complaintkit.api {
    requires transitive jakarta.validation;

    exports org.complaintkit.api.complaint;
    exports org.complaintkit.api.organisation;
    exports org.complaintkit.api.command;
    exports org.complaintkit.api.event;
    exports org.complaintkit.api.error;
    exports org.complaintkit.api.calendar;
    exports org.complaintkit.api.sla;
    exports org.complaintkit.api.classification;
    exports org.complaintkit.api.escalation;
    exports org.complaintkit.api.access;
    exports org.complaintkit.spi.storage;
    exports org.complaintkit.spi.storage.codec;
    exports org.complaintkit.spi.notification;
    exports org.complaintkit.spi.organisation;
    exports org.complaintkit.spi.classification;
    exports org.complaintkit.spi.access;
    exports org.complaintkit.api.casework;
    exports org.complaintkit.spi.evidence;
    exports org.complaintkit.spi.observation;
    exports org.complaintkit.spi.integrity;
    exports org.complaintkit.api.retention;
    exports org.complaintkit.spi.retention;
    exports org.complaintkit.spi.erasure;

    // Hibernate Validator reads the constraint annotations on command records reflectively.
    opens org.complaintkit.api.command to org.hibernate.validator;
    opens org.complaintkit.api.complaint to org.hibernate.validator;
    opens org.complaintkit.api.organisation to org.hibernate.validator;
}
