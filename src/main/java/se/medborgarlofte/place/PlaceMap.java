package se.medborgarlofte.place;

/**
 * What a page needs to draw a pledge's place: the geometry for the map script (in a {@code data-} attribute, since
 * the pages allow no inline script), the place in words for everyone else, and the configured background.
 *
 * @param geometry    the normalised GeoJSON geometry, or {@code null} when the pledge has no place yet
 * @param description the place in words, or {@code null} without a place
 * @param tileUrl     the tile server's URL template, or {@code null} for a plain background
 * @param attribution the tile server's notice, or {@code null}
 * @param centre      where an empty map opens ("latitude,longitude")
 */
public record PlaceMap(
        String geometry,
        String description,
        String tileUrl,
        String attribution,
        int maxZoom,
        String centre,
        int centreZoom) {

    public boolean hasPlace() {
        return geometry != null;
    }
}
