/**
 * The stored form of events and notifications: {@link org.complaintkit.spi.storage.codec.EventCodec} writes
 * and reads their canonical JSON text, for stores that keep them in a database or a file. It sits beside the
 * storage SPI so that a store needs only this module.
 */
package org.complaintkit.spi.storage.codec;
