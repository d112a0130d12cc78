package se.medborgarlofte.cases.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.medborgarlofte.place.InvalidPlaceException;
import se.medborgarlofte.place.PlaceGeometry;
import se.medborgarlofte.pledge.PledgeStarter.NewPledgeRequest;
import se.medborgarlofte.system.web.InvalidRequestException;

/** The body of {@code POST /api/pledges}: the fields of the start form, validated the same way. */
@Schema(name = "NewPledge", description = "Ett nytt medborgarlöfte")
record NewPledgeBody(
        @Schema(example = "Tryggare Gustav Adolfs plan")
        @NotBlank(message = "Rubrik saknas.")
        @Size(min = 5, max = 120, message = "Rubriken ska vara 5–120 tecken.")
        String title,

        @Schema(example = "Gustav Adolfs plan")
        @NotBlank(message = "Område saknas.")
        @Size(min = 2, max = 120, message = "Området ska vara 2–120 tecken.")
        String area,

        @Size(max = 2000, message = "Beskrivningen får vara högst 2000 tecken.")
        String areaDescription,

        @Schema(example = "Unga med tidig brottslig debut")
        @Size(max = 500, message = "Målgruppen får vara högst 500 tecken.")
        String targetGroup,

        @NotBlank(message = "Bakgrund saknas.")
        @Size(min = 20, max = 4000, message = "Bakgrunden ska vara 20–4000 tecken.")
        String background,

        @Schema(example = "2027-01-01") @NotNull(message = "Periodens första dag saknas.")
        LocalDate periodStart,

        @Schema(example = "2028-12-31") @NotNull(message = "Periodens sista dag saknas.")
        LocalDate periodEnd,

        @Schema(example = "[\"polisen\", \"kommunen\"]") @NotEmpty(message = "Ange minst en part.")
        List<
                        @NotNull(message = "En part saknar värde.")
                        @Pattern(
                                regexp = "polisen|kommunen|socialtjansten|forening|naringsliv",
                                message =
                                        "Okänd part; använd polisen, kommunen, socialtjansten, forening eller naringsliv.")
                        String>
                parties,

        @Schema(
                description = "Platsen på kartan som GeoJSON i WGS84: en Point, Polygon eller MultiPolygon, en Feature"
                        + " eller en FeatureCollection med ett objekt",
                example = "{\"type\": \"Point\", \"coordinates\": [17.0770, 59.6389]}")
        JsonNode place) {

    void requireValidPeriod() {
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidRequestException("periodEnd", "Periodens sista dag ligger före dess första dag.");
        }
        if (periodEnd.isAfter(periodStart.plusYears(3))) {
            throw new InvalidRequestException("periodEnd", "Ett medborgarlöfte gäller högst tre år.");
        }
    }

    /** The place, checked; null when none is given. */
    String checkedPlace() {
        if (place == null || place.isNull()) {
            return null;
        }
        try {
            return PlaceGeometry.parse(place).json();
        } catch (InvalidPlaceException refused) {
            throw new InvalidRequestException("place", refused.getMessage());
        }
    }

    NewPledgeRequest toRequest() {
        return new NewPledgeRequest(
                title.trim(),
                area.trim(),
                areaDescription,
                targetGroup,
                background.trim(),
                periodStart,
                periodEnd,
                parties.stream().distinct().toList(),
                checkedPlace());
    }
}
