/**
 * ComplaintKit core: the complaint aggregate, the lifecycle transition table, the engine and the
 * in-memory store. Start with {@code org.complaintkit.core.engine.ComplaintEngine}.
 */
module org.complaintkit.core {
    requires transitive org.complaintkit.api;
    requires org.slf4j;
    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module: on the module path it reads what it needs, but only modules that
    // something requires are resolved. These two are its run-time needs; without them build() fails with
    // NoClassDefFoundError (ModulePathTest starts an application that requires only this module).
    requires com.fasterxml.classmate;
    requires org.jboss.logging;

    exports org.complaintkit.core.engine;
    exports org.complaintkit.core.lifecycle;
    exports org.complaintkit.core.complaint;
    exports org.complaintkit.core.store;
    exports org.complaintkit.core.calendar;
    exports org.complaintkit.core.sla;
    exports org.complaintkit.core.sla.preset;
    exports org.complaintkit.core.classification;
    exports org.complaintkit.core.escalation;
    exports org.complaintkit.core.authority;
    exports org.complaintkit.core.access;
    exports org.complaintkit.core.reporting;
    exports org.complaintkit.core.learning;
    exports org.complaintkit.core.integrity;
    exports org.complaintkit.core.routing;
    exports org.complaintkit.core.organisation;
    exports org.complaintkit.core.notification;
    exports org.complaintkit.core.casefile;
    exports org.complaintkit.core.casework;
    exports org.complaintkit.core.approval;
    exports org.complaintkit.core.tier;
    exports org.complaintkit.core.accountability;
    exports org.complaintkit.core.retention;
    exports org.complaintkit.core.erasure;

    uses org.complaintkit.spi.storage.ComplaintStoreProvider;
    uses org.complaintkit.spi.organisation.OrganisationProvider;
    uses org.complaintkit.spi.classification.ClassifierProvider;
}
