/**
 * JMH benchmarks of ComplaintKit beside its peers: each benchmark has one adapter interface, one
 * implementation per contender, and a cross-check that every contender gives the same answers before it is
 * timed.
 */
package org.complaintkit.benchmarks;
