package se.medborgarlofte.cases;

/**
 * Criteria of the pledge list; null means "any". {@code text} matches registration number, title, area and background.
 */
public record PledgeFilter(String stage, String status, Integer year, String area, String party, String text) {}
