/**
 * Classification as data: taxonomies (versioned trees of coded classes, in Chinese and English), the
 * classes and flags assigned to a complaint, and the explanation behind each assignment. Start with
 * {@link org.complaintkit.api.classification.Taxonomy} and
 * {@link org.complaintkit.api.classification.ClassificationResult}.
 */
package org.complaintkit.api.classification;
