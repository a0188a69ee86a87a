/**
 * The entry point, {@link org.complaintkit.core.engine.ComplaintEngine}, and how it is configured.
 */
package org.complaintkit.core.engine;
