/**
 * SLA presets: the time limits of the bank's own procedures and of several regulators, each as an
 * {@link org.complaintkit.api.sla.SlaPolicy} whose clocks cite their rule. Every figure is data and can be
 * changed with {@link org.complaintkit.api.sla.SlaPolicy#withClock} and
 * {@link org.complaintkit.api.sla.ClockDefinition#toBuilder()}; figures not read in the rule's own text
 * are marked as such in the Javadoc of the clock that holds them.
 *
 * <p>Presets of the bank and of China run on the handling unit's calendar; the foreign ones on the
 * calendar registered under the complaint's jurisdiction code (such as {@code GB}). Either falls back to
 * the engine's default calendar.
 */
package org.complaintkit.core.sla.preset;
