/**
 * Classification: taxonomy and rule files, the explainable rule classifier, chaining with a host's model,
 * and the text normalisation that lets phrases match Chinese (simplified or traditional, full-width or
 * half-width) and English alike. Start with {@link org.complaintkit.core.classification.RuleClassifier}.
 */
package org.complaintkit.core.classification;
