/**
 * Erasure by crypto-shredding: each complaint's personal data encrypted under its own key
 * ({@link org.complaintkit.spi.erasure.PersonalDataKeys}), so destroying the key erases the data while the stored
 * events, and the seals over them, stay as they were.
 */
package org.complaintkit.core.erasure;
