/**
 * The monthly meeting of the crime-prevention council (its name is configuration, e.g. Tryggare Enköping): a process started by a timer each month, an
 * agenda generated from the case file, and the minutes and decisions the coordinator records afterwards; its API in
 * {@code web}. Uses {@code notification} (deadlines), {@code identity}, {@code casefile} and {@code system}.
 */
package se.medborgarlofte.council;
