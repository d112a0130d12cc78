/**
 * What citizens send from a running published pledge's public page ("Lämna en synpunkt"): checked and rate-limited
 * here ({@link se.medborgarlofte.citizeninput.CitizenInputs}), stored in the case file's {@code citizen_input} table
 * with a timeline event that holds neither text nor address, and handed to the coordinators as a task of its own
 * process ({@code bpmn/medborgarsynpunkt.bpmn}): answer, forward, or take into the next follow-up. The address and text
 * are cleared after the retention period ({@link se.medborgarlofte.citizeninput.CitizenInputRetention}). Uses
 * {@code casefile} and {@code system}.
 */
package se.medborgarlofte.citizeninput;
