package se.medborgarlofte.council;

/**
 * One line of the council's agenda.
 *
 * @param section            {@code new-need}, {@code overdue-measure}, {@code coming-follow-up}, {@code decision-due} or
 *                           {@code citizen-input}
 * @param registrationNumber the pledge it concerns
 */
public record AgendaItem(String section, String registrationNumber, String text) {}
