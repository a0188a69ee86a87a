/**
 * Tamper evidence: every event the engine stores carries a seal, a hash chained to the seal of the event
 * before it in the same complaint ({@link org.complaintkit.core.integrity.EventSealer}), and a
 * {@link org.complaintkit.core.integrity.ChainVerifier} reads what a store holds and reports the first
 * event altered, removed, reordered or left unsealed.
 *
 * <p>With a keyed sealer ({@link org.complaintkit.core.integrity.EventSealer#hmacSha256}) whose key lives
 * outside the database, someone who can edit the database but not read the key cannot forge a consistent
 * chain. Cutting events off the end of a history leaves a consistent, shorter chain; a
 * {@link org.complaintkit.core.integrity.ChainHead} kept elsewhere (a daily export, say) catches that.
 *
 * <p>What a store keeps beside the events, where no seal reaches (index rows, notices not yet delivered), is
 * reconciled with what the sealed history implies by a {@link org.complaintkit.core.integrity.Reconciler}
 * the engine gives ({@code ComplaintEngine.verifier()}); each disagreement is a
 * {@link org.complaintkit.core.integrity.Mismatch}.
 */
package org.complaintkit.core.integrity;
