/**
 * An evidence store on the file system: {@link org.complaintkit.evidence.fs.FileSystemEvidenceStore}.
 */
package org.complaintkit.evidence.fs;
