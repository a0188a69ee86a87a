/**
 * The case file of a complaint (seed 002 第二篇 三.1, "整个办理过程和办理结果…形成书面记录存档备查"): a record of its
 * registration, every event with actor and time, its notes, contacts and evidence, its clocks and their
 * explanation, its notices with proof of sending and the verdict on its seals, as a reader may see it.
 * The engine builds it ({@code ComplaintEngine.caseFile}); {@link org.complaintkit.core.casefile.CaseFileHtml}
 * and {@link org.complaintkit.core.casefile.CaseFileText} print it. Each event type's one-line description is
 * one entry of {@link org.complaintkit.core.casefile.EventDescriptions}.
 */
package org.complaintkit.core.casefile;
