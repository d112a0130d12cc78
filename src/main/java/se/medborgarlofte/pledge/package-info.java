/**
 * The citizen pledge (medborgarlöfte) and its lifecycle process {@code medborgarlofte}: starting a pledge, its period
 * and follow-up days, signing and renewal. The BPMN model lives in {@code bpmn/}; {@code process} holds the thin
 * delegates and listeners it calls and the recorders of its tasks (need, agreement, follow-up). Uses {@code casefile}
 * and {@code system}.
 */
package se.medborgarlofte.pledge;
