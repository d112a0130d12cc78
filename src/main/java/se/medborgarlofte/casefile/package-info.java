/**
 * The case file, the store at the bottom of the house: the tables and records of every pledge (registration and its
 * gap-free numbers, situation pictures, commitments per draft round, occurrence reports, approvals, follow-ups,
 * steering decisions, the feedback published to the citizens, the timeline), written inside the engine's transaction so that case file and process never
 * disagree. Features write their completed user tasks through {@link se.medborgarlofte.casefile.TaskRecorder}: the
 * task listener in {@code process} hands each task to the one recorder that names it. Uses only {@code system}.
 */
package se.medborgarlofte.casefile;
