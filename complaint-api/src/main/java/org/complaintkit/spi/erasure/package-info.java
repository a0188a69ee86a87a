/**
 * Where the keys that encrypt complaints' personal data live, so that destroying a complaint's key erases its
 * personal data (crypto-shredding) while every seal over its stored events still verifies.
 */
package org.complaintkit.spi.erasure;
