package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.medborgarlofte.organisation.OrganisationKind;
import se.medborgarlofte.organisation.Organisations.Details;

/** The body of {@code POST} and {@code PUT /api/organisations}: what a coordinator enters about an organisation. */
@Schema(name = "OrganisationInput", description = "En organisation som är part i medborgarlöften")
record OrganisationBody(
        @Schema(example = "Nattvandrarna Gustav Adolf")
        @NotBlank(message = "Namn saknas.")
        @Size(min = 2, max = 200, message = "Namnet ska vara 2–200 tecken.")
        String name,

        @Schema(
                example = "association",
                allowableValues = {
                    "police",
                    "municipality",
                    "municipal-department",
                    "social-services",
                    "association",
                    "housing-company",
                    "business",
                    "other"
                })
        @NotBlank(message = "Ange vilken sorts organisation det är.")
        @Pattern(
                regexp =
                        "police|municipality|municipal-department|social-services|association|housing-company|business|other",
                message = "Okänd sort; använd police (polisen), municipality (kommun), municipal-department (kommunal "
                        + "förvaltning), social-services (socialtjänsten), association (förening), housing-company "
                        + "(bostadsbolag), business (näringsliv) eller other (övrig).")
        String kind,

        @Schema(example = "Fatima Ali") @Size(max = 200, message = "Kontaktpersonens namn får vara högst 200 tecken.")
        String contactName,

        @Schema(example = "kontakt@nattvandrarna.example")
        @Email(message = "Kontaktens e-postadress har inte rätt format, t.ex. namn@exempel.se.")
        @Size(max = 200, message = "E-postadressen får vara högst 200 tecken.")
        String contactEmail,

        @Schema(example = "070-123 45 67")
        @Pattern(
                regexp = "\\+?[0-9 ()-]{6,20}",
                message = "Telefonnumret ska vara 6–20 siffror (mellanslag, bindestreck och parenteser går bra).")
        String contactPhone) {

    Details details() {
        return new Details(
                name.strip(),
                OrganisationKind.ofCode(kind).orElseThrow(),
                blankAsNull(contactName),
                blankAsNull(contactEmail),
                blankAsNull(contactPhone));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
