package se.medborgarlofte.casefile;

/** No pledge has the registration number asked for. */
public class CaseNotFoundException extends RuntimeException {

    private final String registrationNumber;

    public CaseNotFoundException(String registrationNumber) {
        super("Det finns inget medborgarlöfte med diarienummer " + registrationNumber + ".");
        this.registrationNumber = registrationNumber;
    }

    public String registrationNumber() {
        return registrationNumber;
    }
}
