/**
 * Access to complaints: what a staff member may see and do, and the masked view they read through.
 * Start with {@link org.complaintkit.api.access.ComplaintView}.
 */
package org.complaintkit.api.access;
