/**
 * Results as data: the targets of docs/performance.md ({@code targets.txt}) and {@link
 * org.complaintkit.benchmarks.results.Comparison}, which holds a JMH run's JSON against them and writes the
 * tables into the page.
 */
package org.complaintkit.benchmarks.results;
