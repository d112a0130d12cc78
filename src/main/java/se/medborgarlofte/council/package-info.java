/**
 * The monthly meeting of the crime-prevention council (Tryggare-rådet): a process started by a timer each month,
 * an agenda generated from the case file, and the minutes and decisions the coordinator records afterwards.
 */
package se.medborgarlofte.council;
