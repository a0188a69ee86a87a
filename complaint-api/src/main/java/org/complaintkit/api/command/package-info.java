/**
 * Commands: requests to change a complaint, validated as a whole, each with an actor and an
 * idempotency key. Start with {@link org.complaintkit.api.command.ComplaintCommand}.
 */
package org.complaintkit.api.command;
