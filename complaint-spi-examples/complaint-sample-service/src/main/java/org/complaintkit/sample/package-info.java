/**
 * A sample REST service for the complaint desk on the ComplaintKit Spring Boot starter. It shows how a bank service
 * maps HTTP onto the engine: commands as JSON driven by {@link org.complaintkit.api.command.CommandType}, RFC 9457
 * problem details carrying the library's codes, idempotent retries and optimistic concurrency with {@code If-Match}.
 *
 * <p><strong>A sample, not a product:</strong> who calls is read from request headers (the class {@code HeaderActor}), which
 * anyone can set. A real service replaces that with Spring Security and the bank's identity provider.
 */
package org.complaintkit.sample;
