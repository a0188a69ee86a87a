/**
 * The evidence SPI: where the host keeps the bytes of documents attached to complaints, while the sealed history
 * keeps their names, sizes and SHA-256 hashes. Start with {@link org.complaintkit.spi.evidence.EvidenceStore}.
 */
package org.complaintkit.spi.evidence;
