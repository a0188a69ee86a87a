/**
 * The embedded default store, {@link org.complaintkit.core.store.InMemoryComplaintStore}.
 */
package org.complaintkit.core.store;
