/**
 * The citizen pledge (medborgarlöfte) and its lifecycle process {@code medborgarlofte}: registration numbers,
 * the pledge period, signing, the steering group's review and renewal. The BPMN model lives in {@code bpmn/};
 * the classes in {@code process} are the thin delegates and listeners it calls.
 */
package se.medborgarlofte.pledge;
