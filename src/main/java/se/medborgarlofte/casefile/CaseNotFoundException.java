package se.medborgarlofte.casefile;

/** No pledge has the registration number asked for, or the pledge lacks the part asked for. */
public class CaseNotFoundException extends RuntimeException {

    private final String registrationNumber;

    public CaseNotFoundException(String registrationNumber) {
        super("Det finns inget medborgarlöfte med diarienummer " + registrationNumber + ".");
        this.registrationNumber = registrationNumber;
    }

    protected CaseNotFoundException(String registrationNumber, String message) {
        super(message);
        this.registrationNumber = registrationNumber;
    }

    /** The pledge exists but has no collective steering decision with this number. */
    public static CaseNotFoundException decision(String registrationNumber, int number) {
        return new CaseNotFoundException(registrationNumber, "Medborgarlöftet " + registrationNumber
                + " har inget protokollfört styrgruppsbeslut nummer " + number + ".");
    }

    public String registrationNumber() {
        return registrationNumber;
    }
}
