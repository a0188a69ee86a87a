/**
 * Implementation details of the engine. Nothing here appears in a public or SPI signature, and
 * nothing here is a stable API.
 */
package org.complaintkit.core.internal;
