package se.medborgarlofte.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The indicator catalogue as {@code application.yaml} configures it, bound as the application binds it. */
public final class ConfiguredIndicators {

    private ConfiguredIndicators() {}

    public static IndicatorCatalogue catalogue() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader()
                    .load("application", new ClassPathResource("application.yaml"))
                    .forEach(source -> environment.getPropertySources().addLast(source));
            return new IndicatorCatalogue(Binder.get(environment)
                    .bind("medborgarlofte", IndicatorProperties.class)
                    .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
