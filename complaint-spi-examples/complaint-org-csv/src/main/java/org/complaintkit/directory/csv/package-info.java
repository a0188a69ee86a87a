/**
 * A file-based {@link org.complaintkit.spi.organisation.OrganisationDirectory}: the bank's units,
 * departments, staff and authority limits in four CSV files, read with Apache Commons CSV. Start with
 * {@link org.complaintkit.directory.csv.CsvOrganisationDirectory}.
 */
package org.complaintkit.directory.csv;
