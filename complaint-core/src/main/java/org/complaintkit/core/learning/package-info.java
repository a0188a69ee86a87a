/**
 * Close and learn (总结; DOMAIN.md §1 step 11): root causes with their remediation actions (溯源整改), and the
 * knowledge base of typical resolutions (业务知识库), both read from complaint histories.
 */
package org.complaintkit.core.learning;
