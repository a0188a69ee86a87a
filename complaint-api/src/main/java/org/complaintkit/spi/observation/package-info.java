/**
 * What the engine reports about itself, for metrics: a listener the host gives the engine's builder
 * ({@code ComplaintEngine.Builder.observer}) and binds to its monitoring, such as Micrometer.
 *
 * <p>Everything passed is an enum, a stable error code, the id of a clock, a calendar or a sending channel,
 * or a number: never a complaint id, a customer, a staff member, a unit or any text of a complaint, so that
 * whatever a host does with it carries no personal data.
 */
package org.complaintkit.spi.observation;
