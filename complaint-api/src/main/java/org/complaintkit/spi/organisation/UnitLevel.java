package org.complaintkit.spi.organisation;

/**
 * The levels of a bank's hierarchy, from the top (DOMAIN.md §4).
 */
public enum UnitLevel {
    /** Head office (总行). */
    HEAD_OFFICE,
    /** Provincial branch (省行 / 分行). */
    PROVINCIAL_BRANCH,
    /** Branch (分行). */
    BRANCH,
    /** Sub-branch (支行). */
    SUB_BRANCH,
    /** Outlet (网点). */
    OUTLET
}
