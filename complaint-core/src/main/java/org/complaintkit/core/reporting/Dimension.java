package org.complaintkit.core.reporting;

import java.time.ZoneId;

/**
 * A single-valued property of a complaint that statistics group by. Each complaint has exactly one value in
 * each dimension ({@value #NONE} when the fact is missing), so counts over any dimension add up to the total.
 */
public enum Dimension {
    /** How the complaint arrived. */
    CHANNEL,
    /** Where it was received. */
    RECEIVING_UNIT,
    /** The first-responsible unit. */
    HANDLING_UNIT,
    /** Its status now. */
    STATUS,
    /** The day it was received, in the report's zone ({@code 2026-03-02}). */
    DAY_RECEIVED,
    /** The month it was received, in the report's zone ({@code 2026-03}). */
    MONTH_RECEIVED,
    /** The outcome of its resolution. */
    OUTCOME,
    /** The responsibility recorded at closure (有责 / 无责 / 双方). */
    LIABILITY,
    /** The customer's satisfaction. */
    SATISFACTION,
    /** Whether it was reopened for re-investigation ({@code reopened} or {@code not reopened}). */
    REOPENED;

    /** The value of a missing fact. */
    public static final String NONE = "none";

    /**
     * Returns a complaint's value in this dimension.
     *
     * @param facts the complaint's facts
     * @param zone the zone that days and months are counted in
     * @return the value, never null
     */
    public String of(ComplaintFacts facts, ZoneId zone) {
        Object value = switch (this) {
            case CHANNEL -> facts.channel();
            case RECEIVING_UNIT -> facts.receivingUnit().value();
            case HANDLING_UNIT -> facts.handlingUnit() == null ? null : facts.handlingUnit().value();
            case STATUS -> facts.status();
            case DAY_RECEIVED -> facts.receivedAt().atZone(zone).toLocalDate();
            case MONTH_RECEIVED -> java.time.YearMonth.from(facts.receivedAt().atZone(zone));
            case OUTCOME -> facts.outcome();
            case LIABILITY -> facts.liability();
            case SATISFACTION -> facts.satisfaction();
            case REOPENED -> facts.reinvestigations() > 0 ? "reopened" : "not reopened";
        };
        return value == null ? NONE : value.toString();
    }

    /**
     * Returns a complaint's group key: its value in each of the dimensions, in order.
     *
     * @param facts the complaint's facts
     * @param zone the zone that days and months are counted in
     * @param dimensions the dimensions
     * @return the key, one value per dimension
     */
    static java.util.List<String> keyOf(ComplaintFacts facts, ZoneId zone, java.util.List<Dimension> dimensions) {
        String[] key = new String[dimensions.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = dimensions.get(i).of(facts, zone);
        }
        return java.util.List.of(key);
    }

    /**
     * Orders group keys (one value per dimension) value by value, then shorter first.
     *
     * @param a one key
     * @param b another key
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    static int compareKeys(java.util.List<String> a, java.util.List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
