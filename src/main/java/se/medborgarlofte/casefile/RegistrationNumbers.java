package se.medborgarlofte.casefile;

/**
 * Registration numbers of pledges: {@code ML-<year>-<four-digit sequence>}, one gap-free sequence per year, kept by
 * {@link PledgeRegister}.
 */
public final class RegistrationNumbers {

    private RegistrationNumbers() {}

    public static String format(int year, int sequence) {
        return "ML-%d-%04d".formatted(year, sequence);
    }

    /** The prefix every registration number of the year starts with, for prefix queries. */
    public static String prefix(int year) {
        return "ML-%d-".formatted(year);
    }
}
