package se.medborgarlofte.place;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.MapProperties;

/** The map of a pledge's place for the case and public pages, with the installation's background. */
@Component
@RequiredArgsConstructor
public class PlaceMaps {

    private final PledgePlaces places;
    private final MapProperties properties;

    /** The map of the pledge; without a place, an empty map (its geometry and description are null). */
    public PlaceMap of(String registrationNumber) {
        PlaceGeometry place = places.find(registrationNumber).orElse(null);
        return new PlaceMap(
                place == null ? null : place.json(),
                place == null ? null : place.describe(),
                properties.tileUrl(),
                properties.attribution(),
                properties.maxZoom(),
                properties.centre(),
                properties.centreZoom());
    }
}
