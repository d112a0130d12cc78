/**
 * The case file: the system of record of every pledge (registration, situation pictures, commitments, occurrence
 * reports, approvals, follow-ups, decisions and the timeline of events). The processes write it through
 * {@link se.medborgarlofte.casefile.CaseFile} inside the engine's transaction, so the case file and the process never
 * disagree; the REST API under {@code /api} and the documents read it, long after the engine's history is gone.
 */
package se.medborgarlofte.casefile;
