/**
 * The conformance kit: extend {@link org.complaintkit.testkit.ComplaintStoreContract} with your store
 * factory to check a {@link org.complaintkit.spi.storage.ComplaintStore} against the SPI's contract.
 */
package org.complaintkit.testkit;
