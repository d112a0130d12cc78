/**
 * Revising a running pledge's commitments when the steering group decides so after a follow-up: the coordinator keeps,
 * changes, adds or withdraws commitments; only the changed and new ones are signed by the police and the municipality;
 * then the changes are applied beside the running implementation, so unchanged measures keep running, changed ones
 * carry their new promise, withdrawn ones end with the reason and new ones start. The steps live in the event
 * sub-process {@code revise-commitments} of {@code bpmn/medborgarlofte.bpmn}; {@code process} holds its listener,
 * recorder and delegate. Uses {@code casefile}, {@code measure}, {@code pledge} and {@code system}.
 */
package se.medborgarlofte.revision;
