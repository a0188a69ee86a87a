/**
 * The organisation SPI: how ComplaintKit sees the bank's units and staff. Start with
 * {@link org.complaintkit.spi.organisation.OrganisationDirectory}.
 */
package org.complaintkit.spi.organisation;
