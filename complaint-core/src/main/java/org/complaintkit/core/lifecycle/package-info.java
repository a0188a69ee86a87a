/**
 * The lifecycle as data: the {@link org.complaintkit.core.lifecycle.TransitionTable}, its named
 * {@link org.complaintkit.core.lifecycle.Guard}s, the {@link org.complaintkit.core.lifecycle.StandardLifecycle}
 * and the diagram drawn from it.
 */
package org.complaintkit.core.lifecycle;
