package se.medborgarlofte.system;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background of the maps on the case and public pages. Without a tile server (the default) the pages draw the
 * place on a plain background; with one, its tiles lie under it, and the pages' content security policy lets images
 * come from that server's host and from no other.
 *
 * @param tileUrl     the tiles' URL template with {@code {z}}, {@code {x}}, {@code {y}} and optionally {@code {s}}
 *                    (a subdomain), e.g. {@code https://tiles.example.se/{z}/{x}/{y}.png}; empty for none
 * @param attribution the copyright notice the tile server asks for, shown in the map's corner (plain text)
 * @param maxZoom     the closest zoom level the tile server has
 * @param centre      where the coordinator's map editor opens for a pledge without a place, as "latitude,longitude"
 *                    (by default the middle of Sweden); typically the municipality's centre
 * @param centreZoom  the zoom level at which it opens there
 */
@ConfigurationProperties("medborgarlofte.map")
public record MapProperties(
        String tileUrl,
        String attribution,
        @DefaultValue("18") int maxZoom,
        @DefaultValue("62.0,16.0") String centre,
        @DefaultValue("5") int centreZoom) {

    public MapProperties {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        if (tileUrl != null) {
            imageSource(tileUrl);
        }
        if (maxZoom < 1 || maxZoom > 22) {
            throw new IllegalArgumentException("medborgarlofte.map.max-zoom ska vara 1–22, inte " + maxZoom + ".");
        }
        if (!centre.matches("-?\\d{1,2}(\\.\\d+)?,\\s*-?\\d{1,3}(\\.\\d+)?")
                || centreZoom < 1
                || centreZoom > maxZoom) {
            throw new IllegalArgumentException(
                    "medborgarlofte.map.centre ska vara \"latitud,longitud\" (t.ex. 59.6389,17.0770) och centre-zoom 1–max-zoom.");
        }
    }

    /** Whether a tile server is configured. */
    public boolean hasTiles() {
        return tileUrl != null;
    }

    /**
     * The source the content security policy allows images from: the tile server's scheme, host and port, with a
     * {@code {s}} subdomain as a wildcard ({@code https://*.tiles.example.se}); empty without a tile server.
     */
    public String tileImageSource() {
        return tileUrl == null ? "" : imageSource(tileUrl);
    }

    private static String imageSource(String template) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException(
                    "medborgarlofte.map.tile-url ska innehålla {z}, {x} och {y}, t.ex. https://tiles.example.se/{z}/{x}/{y}.png");
        }
        try {
            URI uri = new URI(template.replace("{s}", "s0")
                    .replace("{z}", "0")
                    .replace("{x}", "0")
                    .replace("{y}", "0")
                    .replace("{r}", ""));
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("medborgarlofte.map.tile-url ska vara en https-adress.");
            }
            String host = template.contains("{s}.") ? uri.getHost().replaceFirst("^s0\\.", "*.") : uri.getHost();
            return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException invalid) {
            throw new IllegalArgumentException("medborgarlofte.map.tile-url är ingen giltig adress: " + template);
        }
    }
}
