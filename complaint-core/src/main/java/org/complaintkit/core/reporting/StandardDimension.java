package org.complaintkit.core.reporting;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/** The fixed dimensions, which {@link Dimension} names as constants. */
enum StandardDimension implements Dimension {
    CHANNEL, RECEIVING_UNIT, HANDLING_UNIT, HANDLING_DEPARTMENT, STATUS, DAY_RECEIVED, WEEK_RECEIVED, MONTH_RECEIVED,
    QUARTER_RECEIVED, HALF_YEAR_RECEIVED, YEAR_RECEIVED, MONTH_CLOSED, OUTCOME, LIABILITY, SATISFACTION, REOPENED,
    ESCALATIONS, REDRESS;

    @Override
    public String of(ComplaintFacts facts, ZoneId zone) {
        ZonedDateTime received = facts.receivedAt().atZone(zone);
        Object value = switch (this) {
            case CHANNEL -> facts.channel();
            case RECEIVING_UNIT -> facts.receivingUnit().value();
            case HANDLING_UNIT -> facts.handlingUnit() == null ? null : facts.handlingUnit().value();
            case HANDLING_DEPARTMENT -> facts.handlingDepartment() == null ? null : facts.handlingDepartment().value();
            case STATUS -> facts.status();
            case DAY_RECEIVED -> received.toLocalDate();
            case WEEK_RECEIVED -> String.format("%d-W%02d", received.get(IsoFields.WEEK_BASED_YEAR),
                    received.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH_RECEIVED -> YearMonth.from(received);
            case QUARTER_RECEIVED -> received.getYear() + "-Q" + received.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEAR_RECEIVED -> received.getYear() + (received.getMonthValue() <= 6 ? "-H1" : "-H2");
            case YEAR_RECEIVED -> received.getYear();
            case MONTH_CLOSED -> facts.closedAt() == null ? null : YearMonth.from(facts.closedAt().atZone(zone));
            case OUTCOME -> facts.outcome();
            case LIABILITY -> facts.liability();
            case SATISFACTION -> facts.satisfaction();
            case REOPENED -> facts.reinvestigations() > 0 ? "reopened" : "not reopened";
            case ESCALATIONS -> facts.escalations();
            case REDRESS -> facts.redress() == null ? "no redress" : "redress";
        };
        return value == null ? NONE : value.toString();
    }
}
