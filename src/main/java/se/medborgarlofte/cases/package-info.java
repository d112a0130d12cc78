/**
 * The read side, on top: queries over the case file (the list with its filters, one whole case), the case API under
 * {@code /api/pledges} and the Swedish pages for browsers, the start page at {@code /} and the case pages under
 * {@code /arenden}, both reading through one access check ({@code web}), and the documents (pledge document,
 * follow-up report, minutes) as HTML, PDF and CSV ({@code document}). Reads {@code casefile}, starts pledges through {@code pledge}, uses {@code system}; nothing
 * depends on it.
 */
package se.medborgarlofte.cases;
