package se.medborgarlofte.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A pledge's place as a GeoJSON geometry (RFC 7946): a point, or an area as a {@code Polygon} or {@code MultiPolygon},
 * in WGS84 longitude/latitude. Made only by {@link #parse}, which takes a plain geometry, a {@code Feature}, or a
 * {@code FeatureCollection} of exactly one feature (as a municipality's GIS exports a single object), checks it, and
 * keeps the geometry alone: a feature's properties may hold anything, personal data included, so they are dropped.
 * Positions are rounded to seven decimals (about a centimetre) and altitudes dropped. Every refusal is an
 * {@link InvalidPlaceException} with a Swedish message that says what to change.
 */
public final class PlaceGeometry {

    /** The most characters of GeoJSON taken in; a simplified municipal area is far below this. */
    public static final int MAX_CHARACTERS = 200_000;
    /** The most positions in all rings together. */
    public static final int MAX_POSITIONS = 5_000;
    /** The most polygons of a MultiPolygon, and rings (outline and holes) of one polygon. */
    static final int MAX_PARTS = 100;

    private static final Set<String> TYPES = Set.of("Point", "Polygon", "MultiPolygon");
    private static final Set<String> WGS84_NAMES =
            Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final GeometryFactory SHAPES = new GeometryFactory();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** Metres per degree of latitude, and of longitude at the equator: enough for the size of a place in words. */
    private static final double METRES_PER_DEGREE_LATITUDE = 110_574;

    private static final double METRES_PER_DEGREE_LONGITUDE = 111_320;

    private final String type;
    private final ObjectNode geometry;
    private final String json;
    private final Geometry shape;

    private PlaceGeometry(String type, ObjectNode geometry, Geometry shape) {
        this.type = type;
        this.geometry = geometry;
        this.json = geometry.toString();
        this.shape = shape;
    }

    /** The place from GeoJSON text, as pasted into a form or stored in the case file. */
    public static PlaceGeometry parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPlaceException(
                    "Platsen saknas: ange en GeoJSON-geometri (Point, Polygon eller MultiPolygon).");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidPlaceException(
                    "Platsen får vara högst %d tecken GeoJSON, inte %d. Förenkla området i GIS-programmet och försök igen."
                            .formatted(MAX_CHARACTERS, text.length()));
        }
        try {
            return parse(MAPPER.readTree(text));
        } catch (JsonProcessingException notJson) {
            throw new InvalidPlaceException("Platsen är inte giltig JSON. Klistra in GeoJSON som GIS-programmet"
                    + " exporterar det, t.ex. {\"type\": \"Point\", \"coordinates\": [17.0770, 59.6389]}.");
        }
    }

    /** The place from a GeoJSON object, as an API request carries it. */
    public static PlaceGeometry parse(JsonNode node) {
        JsonNode geometry = geometryOf(node);
        String type = geometry.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw new InvalidPlaceException(("Typen '%s' stöds inte: en plats är en punkt (Point) eller ett område"
                            + " (Polygon eller MultiPolygon).")
                    .formatted(type.length() > 40 ? type.substring(0, 40) + "…" : type));
        }
        requireWgs84(node);
        requireWgs84(geometry);
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new InvalidPlaceException("Geometrin saknar 'coordinates', eller så är de inte en lista.");
        }
        Counter positions = new Counter();
        ArrayNode normalised = NODES.arrayNode();
        Geometry shape = switch (type) {
            case "Point" -> {
                Coordinate point = position(coordinates, normalised, positions);
                yield SHAPES.createPoint(point);
            }
            case "Polygon" -> polygon(coordinates, normalised, positions);
            default -> multiPolygon(coordinates, normalised, positions);
        };
        if (!type.equals("MultiPolygon")) {
            // a point's position and a polygon's rings were collected one level down, as a MultiPolygon's are
            normalised = (ArrayNode) normalised.get(0);
        }
        requireValid(shape);
        ObjectNode result = NODES.objectNode();
        result.put("type", type);
        result.set("coordinates", normalised);
        return new PlaceGeometry(type, result, shape);
    }

    /** {@code Point}, {@code Polygon} or {@code MultiPolygon}. */
    public String type() {
        return type;
    }

    /** The normalised GeoJSON geometry: {@code type} and {@code coordinates}, nothing else. */
    public String json() {
        return json;
    }

    /** The normalised GeoJSON geometry as a JSON object (a copy). */
    public ObjectNode geometry() {
        return geometry.deepCopy();
    }

    /** Whether the place is an area rather than a point. */
    public boolean isArea() {
        return !type.equals("Point");
    }

    /** The place in words, for those who do not see the map (and for pages without script). */
    public String describe() {
        Point centre = shape.getCentroid();
        String where = coordinates(centre.getY(), centre.getX());
        if (!isArea()) {
            return "En punkt på kartan: " + where + ".";
        }
        String size = area(squareMetres());
        if (shape.getNumGeometries() > 1) {
            return "%d områden på kartan, tillsammans %s, med mittpunkt %s."
                    .formatted(shape.getNumGeometries(), size, where);
        }
        return "Ett område på kartan, %s, med mittpunkt %s.".formatted(size, where);
    }

    /** The area's size in square metres, in a local flat projection around its centre (close enough for words). */
    double squareMetres() {
        Point centre = shape.getCentroid();
        double xScale = METRES_PER_DEGREE_LONGITUDE * Math.cos(Math.toRadians(centre.getY()));
        Geometry flat = shape.copy();
        flat.apply((CoordinateFilter) c -> {
            c.setX((c.getX() - centre.getX()) * xScale);
            c.setY((c.getY() - centre.getY()) * METRES_PER_DEGREE_LATITUDE);
        });
        flat.geometryChanged();
        return flat.getArea();
    }

    private static String area(double squareMetres) {
        if (squareMetres < 10_000) {
            return "cirka %s kvadratmeter".formatted(String.format(SWEDISH, "%,d", Math.round(squareMetres / 10) * 10));
        }
        if (squareMetres < 1_000_000) {
            return "cirka %s hektar".formatted(String.format(SWEDISH, "%.1f", squareMetres / 10_000));
        }
        return "cirka %s kvadratkilometer".formatted(String.format(SWEDISH, "%.1f", squareMetres / 1_000_000));
    }

    private static String coordinates(double latitude, double longitude) {
        return String.format(
                SWEDISH,
                "%.5f° %s, %.5f° %s",
                Math.abs(latitude),
                latitude < 0 ? "S" : "N",
                Math.abs(longitude),
                longitude < 0 ? "V" : "O");
    }

    private static JsonNode geometryOf(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidPlaceException("Platsen ska vara ett GeoJSON-objekt med 'type' och 'coordinates'.");
        }
        String type = node.path("type").asText("");
        if (type.equals("FeatureCollection")) {
            JsonNode features = node.path("features");
            if (!features.isArray() || features.size() != 1) {
                throw new InvalidPlaceException(("Samlingen (FeatureCollection) har %d objekt; en plats är ett enda"
                                + " objekt. Exportera bara punkten eller området för löftet.")
                        .formatted(features.isArray() ? features.size() : 0));
            }
            requireWgs84(node);
            return geometryOf(features.get(0));
        }
        if (type.equals("Feature")) {
            JsonNode geometry = node.get("geometry");
            if (geometry == null || !geometry.isObject()) {
                throw new InvalidPlaceException("Objektet (Feature) saknar geometri.");
            }
            requireWgs84(node);
            return geometry;
        }
        return node;
    }

    /**
     * RFC 7946 GeoJSON is WGS84 by definition and has no {@code crs}; older exports name theirs. A named system other
     * than WGS84 (e.g. SWEREF 99 TM, EPSG:3006) is refused rather than drawn in the wrong place.
     */
    private static void requireWgs84(JsonNode node) {
        JsonNode name = node.path("crs").path("properties").path("name");
        if (name.isTextual() && !WGS84_NAMES.contains(name.asText())) {
            throw new InvalidPlaceException(("Koordinaterna ska vara WGS84 (longitud, latitud; EPSG:4326), inte %s."
                            + " Exportera om området som WGS84 i GIS-programmet.")
                    .formatted(name.asText().length() > 60 ? name.asText().substring(0, 60) + "…" : name.asText()));
        }
    }

    private static Polygon polygon(JsonNode rings, ArrayNode normalised, Counter positions) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new InvalidPlaceException("Ett område (Polygon) behöver minst en ring av positioner: sin gräns.");
        }
        if (rings.size() > MAX_PARTS) {
            throw new InvalidPlaceException("Ett område får ha högst %d ringar (gräns och hål).".formatted(MAX_PARTS));
        }
        List<LinearRing> linearRings = new ArrayList<>();
        ArrayNode polygon = normalised.addArray();
        for (JsonNode ring : rings) {
            linearRings.add(ring(ring, polygon.addArray(), positions));
        }
        return SHAPES.createPolygon(
                linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
    }

    private static Geometry multiPolygon(JsonNode polygons, ArrayNode normalised, Counter positions) {
        if (polygons.isEmpty()) {
            throw new InvalidPlaceException("Ett område (MultiPolygon) behöver minst ett delområde.");
        }
        if (polygons.size() > MAX_PARTS) {
            throw new InvalidPlaceException("Ett område får ha högst %d delområden.".formatted(MAX_PARTS));
        }
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            parts.add(polygon(polygon, normalised, positions));
        }
        return SHAPES.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    /** One ring of a polygon; its positions are added to {@code into}. */
    private static LinearRing ring(JsonNode ring, ArrayNode into, Counter positions) {
        if (!ring.isArray() || ring.size() < 4) {
            throw new InvalidPlaceException(
                    "En ring i ett område behöver minst fyra positioner: tre hörn och det" + " första hörnet igen.");
        }
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : ring) {
            coordinates.add(position(position, into, positions));
        }
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            throw new InvalidPlaceException(
                    "En ring i området är inte sluten: den sista positionen ska vara" + " densamma som den första.");
        }
        return SHAPES.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }

    private static Coordinate position(JsonNode position, ArrayNode into, Counter positions) {
        if (!position.isArray()
                || position.size() < 2
                || position.size() > 3
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()
                || (position.size() == 3 && !position.get(2).isNumber())) {
            throw new InvalidPlaceException(
                    "En position ska vara [longitud, latitud] med två tal, t.ex. [17.0770," + " 59.6389].");
        }
        if (positions.add() > MAX_POSITIONS) {
            throw new InvalidPlaceException(
                    ("Platsen har fler än %d positioner. Förenkla området i GIS-programmet" + " och försök igen.")
                            .formatted(MAX_POSITIONS));
        }
        double longitude = position.get(0).asDouble();
        double latitude = position.get(1).asDouble();
        if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
            throw new InvalidPlaceException(("Positionen [%s, %s] ligger utanför WGS84: longituden ska vara mellan"
                            + " -180 och 180 och latituden mellan -90 och 90. Är koordinaterna i SWEREF 99 TM?"
                            + " Exportera dem som WGS84 (EPSG:4326).")
                    .formatted(position.get(0).asText(), position.get(1).asText()));
        }
        double roundedLongitude = round(longitude);
        double roundedLatitude = round(latitude);
        into.addArray().add(roundedLongitude).add(roundedLatitude);
        return new Coordinate(roundedLongitude, roundedLatitude);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    /** JTS finds what the structure cannot show: a boundary that crosses itself, holes outside, overlapping parts. */
    private static void requireValid(Geometry shape) {
        TopologyValidationError error = new IsValidOp(shape).getValidationError();
        if (error == null) {
            return;
        }
        String problem = switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                "gränsen korsar sig själv";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "ett hål ligger utanför områdets gräns";
            case TopologyValidationError.NESTED_HOLES -> "ett hål ligger i ett annat hål";
            case TopologyValidationError.NESTED_SHELLS, TopologyValidationError.DUPLICATE_RINGS ->
                "delområdena överlappar varandra";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "hålen delar området i flera delar";
            case TopologyValidationError.TOO_FEW_POINTS -> "en ring har färre än tre olika hörn";
            default -> "ytan är inte giltig";
        };
        Coordinate at = error.getCoordinate();
        String near = at == null ? "" : String.format(Locale.ROOT, " nära [%.5f, %.5f]", at.getX(), at.getY());
        throw new InvalidPlaceException(
                "Området går inte att rita: %s%s. Rita om gränsen och försök igen.".formatted(problem, near));
    }

    /** Positions seen so far, to stop a huge geometry early. */
    private static final class Counter {
        private int count;

        int add() {
            return ++count;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlaceGeometry place && place.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
