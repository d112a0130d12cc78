package se.medborgarlofte.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.medborgarlofte.system.MapProperties;

/** The pages' content security policy with and without a map tile server: our own scripts, the tile host's images. */
class PageContentSecurityPolicyTests {

    @Test
    void withoutATileServerImagesComeFromOurselvesOnly() {
        MapProperties none = new MapProperties(null, null, 18, "62.0,16.0", 5);

        assertThat(none.hasTiles()).isFalse();
        assertThat(SecurityHeadersFilter.pagePolicy("", none.tileImageSource()))
                .isEqualTo("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                        + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    }

    @Test
    void aTileServerAddsItsHostAndNothingElse() {
        MapProperties tiles = new MapProperties(
                "https://karta.enkoping.se:8443/tiles/{z}/{x}/{y}.png", "© Enköpings kommun", 19, "59.6,17.0", 12);
        MapProperties subdomains =
                new MapProperties("https://{s}.tiles.example.se/{z}/{x}/{y}.png", null, 18, "62,16", 5);

        assertThat(SecurityHeadersFilter.pagePolicy(" connect-src 'self';", tiles.tileImageSource()))
                .contains(
                        "script-src 'self'; connect-src 'self';",
                        "img-src 'self' data: https://karta.enkoping.se:8443;")
                .doesNotContain("unsafe-inline", "/tiles/");
        assertThat(subdomains.tileImageSource()).isEqualTo("https://*.tiles.example.se");
    }

    @Test
    void refusesATileUrlThatIsNoTemplateOrNoWebAddress() {
        assertThatThrownBy(() -> new MapProperties("https://tiles.example.se/karta.png", null, 18, "62,16", 5))
                .hasMessageContaining("{z}, {x} och {y}");
        assertThatThrownBy(() -> new MapProperties("javascript:alert(1)//{z}/{x}/{y}", null, 18, "62,16", 5))
                .hasMessageContaining("https-adress");
        assertThatThrownBy(() -> new MapProperties(null, null, 18, "Enköping", 5))
                .hasMessageContaining("latitud,longitud");
    }
}
