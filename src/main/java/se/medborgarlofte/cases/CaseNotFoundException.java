package se.medborgarlofte.cases;

import se.medborgarlofte.system.web.NotFoundException;

/** No pledge has the registration number asked for, or the pledge lacks the part asked for. */
public class CaseNotFoundException extends NotFoundException {

    private static final String HINT = " Kontrollera löftesnumret (t.ex. ML-2026-0001).";

    private final String registrationNumber;

    public CaseNotFoundException(String registrationNumber) {
        this(registrationNumber, "Det finns inget medborgarlöfte med löftesnummer " + registrationNumber + ".");
    }

    protected CaseNotFoundException(String registrationNumber, String message) {
        super("Ärendet finns inte", message + HINT);
        this.registrationNumber = registrationNumber;
    }

    /** The pledge exists but has no collective steering decision with this number. */
    public static CaseNotFoundException decision(String registrationNumber, int number) {
        return new CaseNotFoundException(
                registrationNumber,
                "Medborgarlöftet " + registrationNumber + " har inget protokollfört styrgruppsbeslut nummer " + number
                        + ".");
    }

    public String registrationNumber() {
        return registrationNumber;
    }
}
