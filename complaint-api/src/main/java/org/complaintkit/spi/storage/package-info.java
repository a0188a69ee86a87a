/**
 * The storage SPI: what a host implements to keep complaints in its own database. Start with
 * {@link org.complaintkit.spi.storage.ComplaintStore}.
 */
package org.complaintkit.spi.storage;
