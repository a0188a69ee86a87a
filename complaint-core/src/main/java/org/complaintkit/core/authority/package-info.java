/**
 * Authority limits (DOMAIN.md §7): how much compensation or emergency payment a staff member's roles
 * allow. Start with {@link org.complaintkit.core.authority.AuthorityCheck}.
 */
package org.complaintkit.core.authority;
