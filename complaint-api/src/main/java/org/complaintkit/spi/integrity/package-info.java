/**
 * The seal key SPI: the versioned keys behind the seals of complaint histories, which a host keeps in its
 * key store, HSM or KMS and can rotate. Start with {@link org.complaintkit.spi.integrity.SealKeys}.
 */
package org.complaintkit.spi.integrity;
