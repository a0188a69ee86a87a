/**
 * The classifier SPI: plug in a host's own model beside, before or after the rule classifier.
 */
package org.complaintkit.spi.classification;
