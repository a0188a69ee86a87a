package org.complaintkit.spi.organisation;

/**
 * The kinds of department the seed documents name inside a unit (DOMAIN.md §4).
 */
public enum DepartmentKind {
    /** Customer service (客户服务). */
    CUSTOMER_SERVICE,
    /** Complaint management, which tracks, urges and supervises handling (投诉管理). */
    COMPLAINT_MANAGEMENT,
    /** A business line, such as personal banking or cards, which co-approves compensation (业务条线). */
    BUSINESS_LINE,
    /** The card centre, with its tiers of agents and managers (信用卡中心). */
    CARD_CENTRE,
    /** Operations (运营管理). */
    OPERATIONS,
    /** Information technology (科技). */
    IT,
    /** Risk management (风险管理). */
    RISK,
    /** The office or petition office (办公室 / 信访办). */
    OFFICE
}
