package se.medborgarlofte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Swedish locales of the four Camunda webapps ({@code src/main/resources/META-INF/resources/webjars/camunda/
 * app/<app>/locales/sv.json}) against the English files of the Camunda webjar they translate: every key translated, no
 * key of our own, every placeholder and tag kept, nothing left in English.
 */
class WebappLocaleTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final String APP = "META-INF/resources/webjars/camunda/app/";

    /** Angular-translate interpolations, moment's %s/%d, HTML tags and entities: what the webapp fills in or renders. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|b|br|em|i|p|span|strong|code|ul|li|div)\\b[^>]*>|&[a-z]+;");

    /** A moment.js format (date locales), the same in every language: "L", "HH:mm", "D MMMM YYYY". */
    private static final Pattern MOMENT_FORMAT = Pattern.compile("[LTDMYHhmsd\\s:./,-]+");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Words that may stay as they are: Swedish words spelt like the English ones, abbreviations, names and the engine's
     * type names. A text identical to the English one passes only if all its words are here.
     */
    private static final Set<String> SAME_IN_SWEDISH = Set.of(
            // Swedish words spelt the same
            "diagram",
            "element",
            "filter",
            "global",
            "incident",
            "information",
            "operation",
            "operator",
            "period",
            "process",
            "status",
            "system",
            "version",
            "definition",
            // abbreviations
            "csv",
            "id",
            "json",
            "ok",
            // names: a Camunda product, the engine's variable types and its null
            "optimize",
            "boolean",
            "double",
            "integer",
            "long",
            "short",
            "string",
            "null");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishTextHasASwedishOne(String app) throws IOException {
        Map<String, JsonNode> english = english(app);
        Map<String, JsonNode> swedish = swedish(app);

        List<String> missing = new ArrayList<>(english.keySet());
        missing.removeAll(swedish.keySet());

        assertThat(english).as("%s: en.json has texts", app).hasSizeGreaterThan(100);
        assertThat(missing).as("%s: keys of en.json missing in sv.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void hasNoKeyTheEnglishFileLacks(String app) throws IOException {
        List<String> extra = new ArrayList<>(swedish(app).keySet());
        extra.removeAll(english(app).keySet());

        assertThat(extra)
                .as("%s: keys in sv.json that en.json does not have", app)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void keepsEveryPlaceholderAndTag(String app) throws IOException {
        assertThat(placeholderDifferences(english(app), swedish(app)))
                .as("%s: texts whose placeholders, tags or value type differ from en.json", app)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void leavesNothingInEnglish(String app) throws IOException {
        assertThat(leftInEnglish(english(app), swedish(app)))
                .as("%s: texts in sv.json identical to en.json (translate them, or add a word to SAME_IN_SWEDISH)", app)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void isTheOnlyLanguageOfEveryApp(String app) throws IOException {
        String config = text(ours(app, "scripts/config.js"));

        assertThat(config)
                .as("%s: scripts/config.js", app)
                .contains("availableLocales: ['sv']")
                .contains("fallbackLocale: 'sv'")
                .contains("vendor: 'Medborgarlöfte'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void hidesTheCamunda8BannerWithoutLeavingItsGap(String app) throws IOException {
        String styles = text(ours(app, "styles/user-styles.css")).replaceAll("\\s+", " ");

        assertThat(styles)
                .as("%s: styles/user-styles.css", app)
                .contains("[cam-widget-header] .ce-eol-banner { display: none; }")
                .contains("body { padding-top: 45px; }")
                .contains(".page-wrap, .ctn-main { top: 45px; }");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void loadsTheScriptThatPutsTheRestIntoSwedish(String app) throws IOException {
        assertThat(text(ours(app, "scripts/config.js")))
                .as("%s: scripts/config.js", app)
                .contains("'../medborgarlofte/webapps-sv'");
        assertThat(text(ours("medborgarlofte", "webapps-sv.js"))).contains("document.documentElement.lang = 'sv';");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void namesTheProductInTheFooterAndOnTheLoginPage(String app) throws IOException {
        String styles = text(ours(app, "styles/user-styles.css")).replaceAll("\\s+", " ");

        assertThat(swedish(app).get("labels/CAM_WIDGET_FOOTER_POWERED_BY").asText())
                .as("%s: the footer, followed by \"Camunda Platform / v7.24.0\"", app)
                .isEqualTo("Medborgarlöfte · drivs med");
        assertThat(styles)
                .as("%s: styles/user-styles.css", app)
                .contains(".form-signin .login-header .login-logo svg { display: none; }")
                .contains("content: 'Medborgarl\\f6 fte';");
    }

    @Test
    void tasklistLoadsItsNavbarAndFormScripts() throws IOException {
        String config = text(ours("tasklist", "scripts/config.js"));

        for (String script : List.of("medborgarlofte/navbar-actions", "medborgarlofte/form-js-sv")) {
            assertThat(config).contains("'" + script + "'");
            assertThat(text(ours("tasklist", script + ".js"))).contains("export default [];");
        }
    }

    /**
     * The scripts change what Camunda 7.24 ships by name and by text; after an upgrade (or the move to Operaton) this
     * says which of them no longer finds what it changes.
     */
    @Test
    void theWebappsStillShipWhatTheScriptsChange() throws IOException {
        String deps = webjarText("webjars/camunda/lib/deps.js");

        assertThat(webjarText("plugin/tasklist/app/plugin.js"))
                .as("the navbar action navbar-actions.js takes out")
                .contains("registerDefaultView(\"tasklist.navbar.action\",{id:\"create-task-action\"");
        assertThat(webjarText("webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js"))
                .as("the navbar action navbar-actions.js shows only to who may start a process")
                .contains("id:\"start-process-action\"")
                .contains("startableInTasklist:!0,startablePermissionCheck:!0");
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(webjarText("webjars/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js"))
                    .as("%s: the header webapps-sv.js changes", app)
                    .contains("<em class=\"sr-only\">{{ toggleNavigation }}</em>")
                    .contains("{{ app.label }}")
                    .contains("tasklist:{label:\"Tasklist\"}");
        }
        assertThat(deps)
                .as("ui-bootstrap's alert, form-js's date format and flatpickr, which the scripts change")
                .contains("<span class=\"sr-only\">Close</span>")
                .contains("=\"default\"){return new Intl.DateTimeFormat(")
                .contains("window.flatpickr=");
    }

    @Test
    void translatesEveryValidationMessageOfFormJs() throws IOException {
        String deps = webjarText("webjars/camunda/lib/deps.js");
        List<String> messages = new ArrayList<>();
        Matcher message =
                Pattern.compile("[\"`](Field (?:is required|must)[^\"`]*)[\"`]").matcher(deps);
        while (message.find()) {
            // a template literal's value, e.g. ${t.minLength}, as a number
            messages.add(message.group(1).replaceAll("\\$\\{[^}]*}", "12"));
        }
        messages.addAll(List.of("Value is not a number.", "Value is expected to be an integer."));
        List<Pattern> translated = new ArrayList<>();
        Matcher english = Pattern.compile("^\\s*\\[?/(\\^.*\\$)/,", Pattern.MULTILINE)
                .matcher(text(ours("tasklist", "medborgarlofte/form-js-sv.js")));
        while (english.find()) {
            translated.add(Pattern.compile(english.group(1)));
        }

        assertThat(messages).as("form-js's validation messages in deps.js").hasSizeGreaterThanOrEqualTo(9);
        assertThat(deps).contains("\"Value is not a number.\"", "\"Value is expected to \"+(0===");
        assertThat(messages)
                .as("messages form-js-sv.js has no translation for")
                .filteredOn(text -> translated.stream()
                        .noneMatch(pattern -> pattern.matcher(text).matches()))
                .isEmpty();
    }

    @Test
    void findsTextsLeftInEnglishButNotWordsSpeltTheSame() {
        Map<String, JsonNode> english = Map.of(
                "labels/A", textNode("Save"),
                "labels/B", textNode("Status"),
                "labels/C", textNode("Process Instance : ID"),
                "labels/D", textNode(">="),
                "labels/E", textNode("Incident Type"),
                "dateLocales/longDateFormat/LT", textNode("HH:mm"),
                "dateLocales/calendar/sameDay", textNode("[Today at] LT"));
        Map<String, JsonNode> swedish = Map.of(
                "labels/A", textNode("Save"),
                "labels/B", textNode("Status"),
                "labels/C", textNode("Process Instance : ID"),
                "labels/D", textNode(">="),
                "labels/E", textNode("Incidenttyp"),
                "dateLocales/longDateFormat/LT", textNode("HH:mm"),
                "dateLocales/calendar/sameDay", textNode("[Today at] LT"));

        assertThat(leftInEnglish(english, swedish))
                .containsExactly(
                        "dateLocales/calendar/sameDay = \"[Today at] LT\"",
                        "labels/A = \"Save\"",
                        "labels/C = \"Process Instance : ID\"");
    }

    @Test
    void findsLostPlaceholdersAndTags() {
        Map<String, JsonNode> english = Map.of(
                "labels/A", textNode("Delete {{name}}?"),
                "labels/B", textNode("See the <a href=\"#/batch\">batches</a>"),
                "labels/C", textNode("%d days"),
                "dateLocales/week/dow", JSON.getNodeFactory().numberNode(1));
        Map<String, JsonNode> swedish = Map.of(
                "labels/A", textNode("Ta bort {{namn}}?"),
                "labels/B", textNode("Se batchkörningarna"),
                "labels/C", textNode("%d dagar"),
                "dateLocales/week/dow", textNode("1"));

        assertThat(placeholderDifferences(english, swedish))
                .containsExactly(
                        "dateLocales/week/dow: a NUMBER in en.json, a STRING in sv.json",
                        "labels/A: en.json has [{{name}}], sv.json [{{namn}}]",
                        "labels/B: en.json has [</a>, <a href=\"#/batch\">], sv.json []");
    }

    private static List<String> placeholderDifferences(Map<String, JsonNode> english, Map<String, JsonNode> swedish) {
        List<String> differences = new ArrayList<>();
        english.forEach((key, en) -> {
            JsonNode sv = swedish.get(key);
            if (sv == null) {
                return;
            }
            if (en.getNodeType() != sv.getNodeType()) {
                differences.add(
                        "%s: a %s in en.json, a %s in sv.json".formatted(key, en.getNodeType(), sv.getNodeType()));
            } else if (en.isTextual()) {
                List<String> expected = placeholders(en.asText());
                List<String> actual = placeholders(sv.asText());
                if (!expected.equals(actual)) {
                    differences.add("%s: en.json has %s, sv.json %s".formatted(key, expected, actual));
                }
            }
        });
        Collections.sort(differences);
        return differences;
    }

    private static List<String> leftInEnglish(Map<String, JsonNode> english, Map<String, JsonNode> swedish) {
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, en) -> {
            JsonNode sv = swedish.get(key);
            if (sv != null && en.isTextual() && en.equals(sv) && !mayStayTheSame(key, en.asText())) {
                untranslated.add("%s = \"%s\"".formatted(key, en.asText()));
            }
        });
        Collections.sort(untranslated);
        return untranslated;
    }

    private static boolean mayStayTheSame(String key, String text) {
        if (key.startsWith("dateLocales/") && MOMENT_FORMAT.matcher(text).matches()) {
            return true;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (!SAME_IN_SWEDISH.contains(words.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    /** The English file inside Camunda's webjar, whatever else on the class path has the same name. */
    private static Map<String, JsonNode> english(String app) throws IOException {
        String name = APP + app + "/locales/en.json";
        for (URL url : Collections.list(classLoader().getResources(name))) {
            if (url.toString().contains(WEBJAR)) {
                return flatten(read(url));
            }
        }
        throw new AssertionError(name + " is not in " + WEBJAR + " on the class path");
    }

    private static Map<String, JsonNode> swedish(String app) throws IOException {
        return flatten(read(ours(app, "locales/sv.json")));
    }

    /** A file of Camunda's webjar, by its path under META-INF/resources. */
    private static String webjarText(String path) throws IOException {
        for (URL url : Collections.list(classLoader().getResources("META-INF/resources/" + path))) {
            if (url.toString().contains(WEBJAR)) {
                return text(url);
            }
        }
        throw new AssertionError(path + " is not in " + WEBJAR + " on the class path");
    }

    /** Our copy of a webapp file (src/main/resources), which the application serves instead of the webjar's. */
    private static URL ours(String app, String file) throws IOException {
        String name = APP + app + "/" + file;
        for (URL url : Collections.list(classLoader().getResources(name))) {
            if (!url.toString().contains(WEBJAR)) {
                return url;
            }
        }
        throw new AssertionError(name + " is missing in src/main/resources");
    }

    private static ClassLoader classLoader() {
        return WebappLocaleTests.class.getClassLoader();
    }

    private static JsonNode read(URL url) throws IOException {
        return JSON.readTree(text(url));
    }

    /** The file's text, without the byte-order mark Camunda's locale files start with. */
    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    /** Every leaf of the file by its path, e.g. {@code labels/ADD}, {@code dateLocales/months/0}. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", root, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(path + field.getKey() + "/", field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + i + "/", node.get(i), leaves);
            }
        } else {
            leaves.put(path.substring(0, path.length() - 1), node);
        }
    }

    private static JsonNode textNode(String value) {
        return JSON.getNodeFactory().textNode(value);
    }
}
