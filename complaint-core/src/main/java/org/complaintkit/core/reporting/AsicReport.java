package org.complaintkit.core.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import java.util.TreeSet;

/**
 * An ASIC-style internal dispute resolution report (RG 271): one row per complaint, with when it was received
 * and closed, how it came in, its classes, where it stands, its outcome and the redress paid, and how many
 * calendar days it was open. No personal data: the complaint is named by its id only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zone the zone dates are given in
 * @param rows one row per complaint, by id
 */
public record AsicReport(ZoneId zone, List<Row> rows) {

    /**
     * One complaint.
     *
     * @param complaintId the complaint's id
     * @param received the day it was received
     * @param channel how it came in
     * @param classes its classes, sorted, separated by {@code ;}
     * @param status its status now
     * @param closed the day it was closed, or null if it is open
     * @param outcome its outcome, or {@value Dimension#NONE}
     * @param redress the compensation in its resolution as {@code amount currency}, or empty
     * @param daysOpen calendar days from receipt to closure, or to the report day if it is open
     */
    public record Row(String complaintId, LocalDate received, String channel, String classes, String status,
                      LocalDate closed, String outcome, String redress, long daysOpen) {
        /**
         * Checks the components.
         *
         * @param complaintId the complaint's id
         * @param received the day it was received
         * @param channel how it came in
         * @param classes its classes
         * @param status its status
         * @param closed the day it was closed, or null
         * @param outcome its outcome
         * @param redress the compensation, or empty
         * @param daysOpen calendar days open
         */
        public Row {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(received, "received");
            if (daysOpen < 0) {
                throw new IllegalArgumentException("days open must not be negative");
            }
        }
    }

    /**
     * Copies the components.
     *
     * @param zone the zone dates are given in
     * @param rows one row per complaint
     */
    public AsicReport {
        Objects.requireNonNull(zone, "zone");
        rows = List.copyOf(rows);
    }

    /**
     * Builds the report from the store's report stream.
     *
     * @param store the store
     * @param filter which complaints, such as those received in the reporting period
     * @param zone the zone dates are given in
     * @param asOf the report day, for the days open of complaints still open
     * @return the report
     */
    public static AsicReport compute(ComplaintStore store, ComplaintQuery filter, ZoneId zone, LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        FactsSource.scan(store, filter, f -> {
            LocalDate received = f.receivedAt().atZone(zone).toLocalDate();
            LocalDate closed = f.closedAt() == null ? null : f.closedAt().atZone(zone).toLocalDate();
            rows.add(new Row(f.id().value(), received, f.channel().name(), String.join(";", new TreeSet<>(f.classes())),
                    f.status().name(), closed, f.outcome() == null ? Dimension.NONE : f.outcome().name(),
                    f.redress() == null ? "" : f.redress().amount().toPlainString() + " " + f.redress().currency(),
                    Math.max(0, ChronoUnit.DAYS.between(received, closed == null ? asOf : closed))));
        });
        rows.sort(Comparator.comparing(Row::complaintId));
        return new AsicReport(zone, rows);
    }

    /**
     * Returns the report as a table, one row per complaint.
     *
     * @return the table
     */
    public ReportTable table() {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(r.complaintId(), r.received().toString(), r.channel(), r.classes(), r.status(),
                    r.closed() == null ? "" : r.closed().toString(), r.outcome(), r.redress(), Long.toString(r.daysOpen())));
        }
        return ReportTable.of("IDR complaints (one row per complaint)", List.of("complaint", "received", "channel",
                "classes", "status", "closed", "outcome", "redress", "days open"), cells);
    }
}
