package se.medborgarlofte.cases.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.place.InvalidPlaceException;
import se.medborgarlofte.place.PlaceGeometry;
import se.medborgarlofte.place.PledgePlaces;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.web.InvalidRequestException;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * The pledge's place on a map as GeoJSON: read by everyone who sees the case, set (a point or an area, pasted from a
 * GIS or drawn in the case page's map editor) and removed by the coordinator while the pledge runs. The answer is a
 * GeoJSON {@code Feature} with the geometry as stored and the place in words.
 */
@RestController
@RequestMapping(path = "/api/pledges/{registrationNumber}/place", produces = "application/json")
@Tag(name = "Medborgarlöften")
@RequiredArgsConstructor
class PledgePlaceController {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ONLY_COORDINATORS = "Bara samordnare kan ändra löftets plats på kartan.";

    private final CaseReader reader;
    private final CaseAccess access;
    private final PledgePlaces places;
    private final IdentityService identity;

    @GetMapping
    @Operation(summary = "Löftets plats på kartan som GeoJSON (Feature med en Point, Polygon eller MultiPolygon)")
    JsonNode get(@PathVariable String registrationNumber) {
        reader.pledge(registrationNumber);
        return places.find(registrationNumber)
                .map(PledgePlaceController::feature)
                .orElseThrow(() ->
                        new NotFoundException("Löftet har ingen plats på kartan ännu. Samordnaren kan rita in den."));
    }

    @PutMapping(consumes = "application/json")
    @Operation(
            summary = "Sätt löftets plats: en punkt eller ett område",
            description = "GeoJSON i WGS84 (longitud, latitud): en geometri (Point, Polygon, MultiPolygon), en Feature"
                    + " eller en FeatureCollection med ett enda objekt. Bara geometrin sparas; egenskaper tas bort."
                    + " Högst " + PlaceGeometry.MAX_POSITIONS + " positioner.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"type\":\"Point\",\"coordinates\":[17.077,59.6389]}"))))
    JsonNode set(@PathVariable String registrationNumber, @RequestBody String body, HttpServletRequest request) {
        requireChangeable(registrationNumber);
        if (request.getContentLengthLong() > PlaceGeometry.MAX_CHARACTERS * 4L) {
            throw new InvalidRequestException(
                    "place", "Platsen får vara högst %d tecken GeoJSON.".formatted(PlaceGeometry.MAX_CHARACTERS));
        }
        PlaceGeometry place;
        try {
            place = PlaceGeometry.parse(body);
        } catch (InvalidPlaceException refused) {
            throw new InvalidRequestException("place", refused.getMessage());
        }
        places.record(registrationNumber, place, currentUser(), EngineContext.now());
        return feature(place);
    }

    @DeleteMapping
    @Operation(summary = "Ta bort löftets plats från kartan")
    ResponseEntity<Void> remove(@PathVariable String registrationNumber) {
        requireChangeable(registrationNumber);
        if (!places.remove(registrationNumber, currentUser(), EngineContext.now())) {
            throw new NotFoundException("Löftet har ingen plats på kartan att ta bort.");
        }
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /** Only the coordinator changes the place, and only of a pledge that still runs: a closed case is a record. */
    private void requireChangeable(String registrationNumber) {
        access.requireCoordinator(ONLY_COORDINATORS);
        PledgeCase pledge = reader.pledge(registrationNumber);
        if (!"active".equals(pledge.summary().status())) {
            throw new InvalidRequestException(
                    "place", "Löftet är avslutat; platsen för ett avslutat löfte kan inte ändras.");
        }
    }

    private String currentUser() {
        return identity.getCurrentAuthentication().getUserId();
    }

    private static JsonNode feature(PlaceGeometry place) {
        ObjectNode feature = MAPPER.createObjectNode();
        feature.put("type", "Feature");
        feature.set("geometry", place.geometry());
        feature.putObject("properties").put("description", place.describe());
        return feature;
    }
}
