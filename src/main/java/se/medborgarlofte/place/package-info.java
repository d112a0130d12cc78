/**
 * The pledge's place on a map: a point or an area as GeoJSON (WGS84), checked and normalised on the way in
 * ({@link se.medborgarlofte.place.PlaceGeometry}, from the start form, the API and the case page's map editor),
 * stored in the case file ({@link se.medborgarlofte.place.PledgePlaces}, table {@code pledge_place}), and prepared
 * for the pages' map ({@link se.medborgarlofte.place.PlaceMaps}; the map library, Leaflet, is served from the
 * application's own resources, tiles from the configured server in {@code medborgarlofte.map.*}). Uses
 * {@code casefile} and {@code system}; the pledge's start and the read side ({@code cases}) use it.
 */
package se.medborgarlofte.place;
