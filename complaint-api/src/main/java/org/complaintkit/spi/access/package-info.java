/**
 * The access policy SPI: who may see and act on which complaint, and what their view shows.
 */
package org.complaintkit.spi.access;
