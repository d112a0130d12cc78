/**
 * Measures (åtgärder): the process {@code atgard} that carries out one commitment of a pledge, from planning through
 * occurrence reports to closing, with the escalation of overdue measures to the coordinator. Which group is
 * responsible is decided by the DMN table {@code measure-responsible-group}, not by code. {@code process} holds its
 * listeners and the recorder of its tasks. Uses {@code casefile} and {@code system}.
 */
package se.medborgarlofte.measure;
