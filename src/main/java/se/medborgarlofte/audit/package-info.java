/**
 * The audit log: an append-only record of who read or changed which case, completed which task, logged in (or failed
 * to) and was refused, when and from where. Written by an HTTP filter for every request that touches case data;
 * searched and exported as CSV by the coordinator ({@code web}). Uses {@code identity}, {@code casefile} and
 * {@code system}.
 */
package se.medborgarlofte.audit;
