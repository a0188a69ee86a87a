/**
 * What the retention purge hands to the host: a complaint's file to archive before it is deleted, and a ledger
 * entry, without personal data, for each complaint it disposes of.
 */
package org.complaintkit.spi.retention;
