package se.medborgarlofte.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceGeometryTests {

    private static final String SQUARE = "[[[17.0764, 59.6353], [17.0789, 59.6351], [17.0793, 59.6363], [17.0766,"
            + " 59.6365], [17.0764, 59.6353]]]";

    @Test
    void takesAPointAndDescribesItInSwedish() {
        PlaceGeometry point = PlaceGeometry.parse("{\"type\": \"Point\", \"coordinates\": [17.0496, 59.6391]}");

        assertThat(point.type()).isEqualTo("Point");
        assertThat(point.isArea()).isFalse();
        assertThat(point.json()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[17.0496,59.6391]}");
        assertThat(point.describe()).isEqualTo("En punkt på kartan: 59,63910° N, 17,04960° O.");
    }

    @Test
    void takesAnAreaFromAFeatureKeepingOnlyItsGeometryRoundedToACentimetre() {
        PlaceGeometry area = PlaceGeometry.parse("{\"type\": \"Feature\", \"properties\": {\"ansvarig\": \"Anna"
                + " Svensson\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[17.07640000001, 59.6353,"
                + " 12.5], [17.0789, 59.6351], [17.0793, 59.6363], [17.0766, 59.6365], [17.07640000001, 59.6353,"
                + " 12.5]]]}}");

        assertThat(area.type()).isEqualTo("Polygon");
        assertThat(area.json())
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[17.0764,59.6353],[17.0789,59.6351],"
                        + "[17.0793,59.6363],[17.0766,59.6365],[17.0764,59.6353]]]}")
                .doesNotContain("Anna", "properties");
        // about 160 m east-west (0.0029° of longitude at 59.6° N) by 125 m north-south
        assertThat(area.squareMetres()).isBetween(18_000.0, 22_000.0);
        assertThat(area.describe())
                .isEqualTo("Ett område på kartan, cirka 2,0 hektar, med mittpunkt 59,63581° N, 17,07780° O.");
    }

    @Test
    void takesAMultiPolygonAndAFeatureCollectionOfOneFeature() {
        PlaceGeometry parts = PlaceGeometry.parse("{\"type\": \"FeatureCollection\", \"features\": [{\"type\":"
                + " \"Feature\", \"properties\": null, \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": ["
                + SQUARE + ", [[[17.05, 59.63], [17.06, 59.63], [17.06, 59.64], [17.05, 59.63]]]]}}]}");

        assertThat(parts.type()).isEqualTo("MultiPolygon");
        assertThat(parts.describe()).startsWith("2 områden på kartan, tillsammans cirka");
        assertThat(PlaceGeometry.parse(parts.json())).isEqualTo(parts);
    }

    @Test
    void refusesWhatIsNotAPointOrAnArea() {
        refused("", "Platsen saknas");
        refused("{\"type\": \"Point\", ", "inte giltig JSON");
        refused("[17.0, 59.6]", "GeoJSON-objekt");
        refused("{\"type\": \"LineString\", \"coordinates\": [[17.0, 59.6], [17.1, 59.7]]}", "Typen 'LineString'");
        refused("{\"type\": \"Feature\", \"geometry\": null}", "saknar geometri");
        refused("{\"type\": \"FeatureCollection\", \"features\": []}", "har 0 objekt");
        refused("{\"type\": \"Point\"}", "saknar 'coordinates'");
        refused("{\"type\": \"Point\", \"coordinates\": [\"17.0\", 59.6]}", "[longitud, latitud]");
        refused("{\"type\": \"Point\", \"coordinates\": [17.0]}", "[longitud, latitud]");
    }

    @Test
    void refusesCoordinatesOutsideWgs84WithAHintAboutSweref() {
        refused("{\"type\": \"Point\", \"coordinates\": [648000, 6613000]}", "utanför WGS84", "SWEREF 99 TM");
        refused("{\"type\": \"Point\", \"coordinates\": [17.0, 91]}", "utanför WGS84");
        refused(
                "{\"type\": \"Point\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
                        + " \"urn:ogc:def:crs:EPSG::3006\"}}, \"coordinates\": [17.0, 59.6]}",
                "ska vara WGS84",
                "EPSG::3006");
        assertThat(PlaceGeometry.parse("{\"type\": \"Point\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
                                + " \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}, \"coordinates\": [17.0, 59.6]}")
                        .type())
                .isEqualTo("Point");
    }

    @Test
    void refusesRingsThatAreOpenTooShortOrCrossThemselves() {
        refused(
                "{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 59.6], [17.1, 59.6], [17.1, 59.7], [17.0,"
                        + " 59.7]]]}",
                "inte sluten");
        refused("{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 59.6], [17.1, 59.6], [17.0, 59.6]]]}", "minst fyra");
        refused("{\"type\": \"Polygon\", \"coordinates\": []}", "minst en ring");
        // a bow tie: its boundary crosses itself in the middle
        refused(
                "{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 59.6], [17.1, 59.7], [17.1, 59.6], [17.0, 59.7],"
                        + " [17.0, 59.6]]]}",
                "korsar sig själv",
                "nära [17.05000, 59.65000]");
        refused(
                "{\"type\": \"Polygon\", \"coordinates\": [[[17.0, 59.6], [17.1, 59.6], [17.1, 59.7], [17.0, 59.7],"
                        + " [17.0, 59.6]], [[18.0, 59.6], [18.1, 59.6], [18.1, 59.7], [18.0, 59.6]]]}",
                "hål ligger utanför");
    }

    @Test
    void refusesGeometriesBeyondTheLimits() {
        StringBuilder ring = new StringBuilder("[");
        int corners = PlaceGeometry.MAX_POSITIONS + 1;
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners;
            ring.append("[%.6f, %.6f], ".formatted(17 + 0.01 * Math.cos(angle), 59.6 + 0.01 * Math.sin(angle)));
        }
        ring.append("[17.01, 59.6]]");
        refused("{\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}", "fler än 5000 positioner");
        refused(" ".repeat(PlaceGeometry.MAX_CHARACTERS + 1) + "{}", "högst 200000 tecken");
    }

    private static void refused(String geoJson, String... messageParts) {
        assertThatThrownBy(() -> PlaceGeometry.parse(geoJson))
                .isInstanceOf(InvalidPlaceException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .contains(messageParts)
                .doesNotContain("Exception", "jackson", "jts");
    }
}
