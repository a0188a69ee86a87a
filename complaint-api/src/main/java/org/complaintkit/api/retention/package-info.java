/**
 * Retention as data: how long each kind of record is kept, by jurisdiction, and what happens to it then.
 */
package org.complaintkit.api.retention;
