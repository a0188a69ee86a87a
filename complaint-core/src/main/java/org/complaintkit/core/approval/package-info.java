/**
 * The approval matrix: who may approve a proposed resolution, by outcome, compensation, class, flags and the
 * level of the unit handling the complaint, as data a bank keeps in a file. Start with
 * {@link org.complaintkit.core.approval.ApprovalMatrix}; load a file with
 * {@link org.complaintkit.core.approval.ApprovalMatrixFile}.
 */
package org.complaintkit.core.approval;
