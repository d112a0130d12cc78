-- The pledge's place on a map: a point or an area as a GeoJSON geometry (Point, Polygon or MultiPolygon, WGS84
-- longitude/latitude), validated and normalised by the application before it is stored (place/PlaceGeometry). One
-- place per pledge; the text description of the place stays in pledge.area and pledge.area_description.
CREATE TABLE pledge_place (
    pledge_id     BIGINT         NOT NULL PRIMARY KEY REFERENCES pledge (id),
    geometry_type VARCHAR(20)    NOT NULL,
    geometry      VARCHAR(300000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)
);
