package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser with axe-core (the npm package in {@code src/test/a11y}, which the build installs
 * with {@code npm ci}; no CDN): the script is injected with Selenium and run against WCAG 2.1 A and AA and axe's best
 * practices.
 */
public final class AxeCore {

    static final Path SCRIPT = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");
    /** The impacts a page must not have. */
    public static final Set<String> GRAVE = Set.of("serious", "critical");
    /** axe's tags of the success criteria of WCAG 2.1 levels A and AA. */
    static final Set<String> WCAG_21_AA = Set.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One rule the page breaks: its id and impact, what it asks, and where (CSS selectors of the elements). */
    public record Violation(String rule, String impact, String help, List<String> elements, List<String> tags) {

        public boolean grave() {
            return GRAVE.contains(impact);
        }

        /** Whether the rule is a success criterion of WCAG 2.1 level A or AA (not only axe's best practice). */
        public boolean wcag() {
            return tags.stream().anyMatch(WCAG_21_AA::contains);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + elements;
        }
    }

    private AxeCore() {}

    public static List<Violation> check(WebDriver driver) {
        return check(driver, null);
    }

    /**
     * Fails on a serious or critical violation in the elements matching {@code selector} (the whole page when null);
     * returns the line for the test's report, with the lesser violations found.
     */
    public static String assertNoGraveViolations(WebDriver driver, String selector, String page) {
        List<Violation> violations = check(driver, selector);
        assertThat(violations).as(page).noneMatch(Violation::grave);
        return "axe-core, " + page + ": "
                + (violations.isEmpty() ? "no violations" : violations.size() + " " + violations);
    }

    /**
     * Checks only the elements matching {@code selector} (e.g. our panel inside Tasklist, whose own markup is
     * Camunda's), or the whole document when it is null.
     */
    public static List<Violation> check(WebDriver driver, String selector) {
        if (!Files.isReadable(SCRIPT)) {
            throw new AssertionError(SCRIPT + " is missing: the build installs it (npm ci in src/test/a11y)");
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const context = arguments[0] ? {include: [[arguments[0]]]} : document;
                axe.run(context, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                    .then(results => done(JSON.stringify(results.violations.map(v => ({
                        rule: v.id, impact: v.impact, help: v.help, tags: v.tags,
                        elements: v.nodes.map(n => n.target.join(' '))})))))
                    .catch(error => done(JSON.stringify({error: String(error)})));""", selector);
        JsonNode violations = EngineRestClient.read(String.valueOf(result));
        if (violations.has("error")) {
            throw new AssertionError(
                    "axe-core failed: " + violations.path("error").asText());
        }
        List<Violation> found = new ArrayList<>();
        for (JsonNode violation : violations) {
            List<String> elements = new ArrayList<>();
            violation.path("elements").forEach(element -> elements.add(element.asText()));
            List<String> tags = new ArrayList<>();
            violation.path("tags").forEach(tag -> tags.add(tag.asText()));
            found.add(new Violation(
                    violation.path("rule").asText(),
                    violation.path("impact").asText(),
                    violation.path("help").asText(),
                    elements,
                    tags));
        }
        return found;
    }
}
