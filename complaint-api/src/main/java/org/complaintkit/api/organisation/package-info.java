/**
 * Who acts: staff identifiers, units, departments, roles and the {@link org.complaintkit.api.organisation.Actor}
 * every command and event names.
 */
package org.complaintkit.api.organisation;
