package se.medborgarlofte.demo;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.medborgarlofte.citizeninput.Submission;
import se.medborgarlofte.system.JsonVariables;

/**
 * The content of the demo pledges, modelled on the reference municipality's pledges for its town square and for a
 * housing area. Dates are relative to the day the demo data is created.
 */
final class DemoScenarios {

    /** What the four tasks of "identify the need" enter. */
    record Situation(
            Map<String, Object> police,
            Map<String, Object> municipal,
            Map<String, Object> citizenDialogue,
            Map<String, Object> joint) {}

    private DemoScenarios() {}

    /** The town square as an area on the map (WGS84), as the municipality's GIS would export it. */
    static final String TOWN_SQUARE_AREA = """
            {"type": "Feature", "properties": {"namn": "Gustav Adolfs plan"}, "geometry": {"type": "Polygon",
             "coordinates": [[[17.0764, 59.6353], [17.0789, 59.6351], [17.0793, 59.6363], [17.0781, 59.6368],
                              [17.0766, 59.6365], [17.0764, 59.6353]]]}}""";

    /** The housing area's centre building as a point on the map. */
    static final String HOUSING_AREA_CENTRE = """
            {"type": "Point", "coordinates": [17.0496, 59.6391]}""";

    static Map<String, Object> townSquareStart(LocalDate today) {
        return start(
                "Tryggare Gustav Adolfs plan",
                "Gustav Adolfs plan, centrum",
                "Torget och gångstråken mot resecentrum.",
                today.minusMonths(3),
                today.plusMonths(21),
                List.of("polisen", "kommunen", "forening"),
                "Många upplever torget som otryggt sena kvällar, särskilt helger. Ordningsstörningar och narkotikaförsäljning har ökat.",
                TOWN_SQUARE_AREA);
    }

    static Map<String, Object> housingAreaStart(LocalDate today) {
        return start(
                "Trygghet i Västerleden",
                "Västerleden",
                "Bostadsområdet med centrumbyggnaden och parken.",
                today.plusMonths(1),
                today.plusMonths(25),
                List.of("polisen", "kommunen", "forening", "naringsliv"),
                "De boende i Västerleden beskriver skadegörelse, bilbränder och ungdomsgäng som samlas vid centrumbyggnaden.",
                HOUSING_AREA_CENTRE);
    }

    static Situation townSquareSituation() {
        return new Situation(
                Map.of(
                        "policeWhat",
                        "Ordningsstörningar, misshandel och narkotikaförsäljning.",
                        "policeWhere",
                        "Gustav Adolfs plan, busshållplatsen och gångtunneln mot resecentrum.",
                        "policeWhen",
                        "Fredag och lördag 21–03, ökar under sommarhalvåret",
                        "policeFrequency",
                        "Flera händelser varje helg",
                        "policeTrend",
                        "okande",
                        "reportedCrimesBaseline",
                        142,
                        "staffDialogueFindings",
                        "Patrullerna ser samma grupp unga vuxna återkomma och att belysningen är dålig vid gångtunneln."),
                Map.of(
                        "municipalWhat",
                        "Skadegörelse, nedskräpning och otrygghet bland äldre.",
                        "municipalWhere",
                        "Torget och parken bakom biblioteket.",
                        "municipalWhen",
                        "Kvällar och helger",
                        "municipalFrequency",
                        "Varje vecka",
                        "municipalTrend",
                        "oforandrad",
                        "municipalSources",
                        "Gata/park, fältassistenterna, säkerhetsenheten."),
                Map.of(
                        "dialogueMethod",
                        "trygghetsvandring",
                        "dialogueStart",
                        "2026-04-14",
                        "dialogueEnd",
                        "2026-04-28",
                        "dialogueParticipants",
                        64,
                        "dialogueConcerns",
                        "Dålig belysning, grupper som samlas vid busshållplatsen, få vuxna ute på kvällarna."),
                Map.of(
                        "jointSituationPicture",
                        "Otryggheten på torget hänger ihop med helgkvällar, dålig belysning och att få vuxna rör sig i centrum sent.",
                        "prioritisedProblems",
                        JsonVariables.json("""
                                [{"problem":"Ordningsstörningar helgkvällar","place":"Gustav Adolfs plan","causeAnalysis":"Få vuxna och låg polisnärvaro när krogarna stänger."},
                                 {"problem":"Otrygg gångtunnel","place":"Gångtunneln mot resecentrum","causeAnalysis":"Dålig belysning och skymd sikt från buskage."}]
                                """)));
    }

    static Situation housingAreaSituation() {
        return new Situation(
                Map.of(
                        "policeWhat",
                        "Skadegörelse, bilbränder och stölder ur bilar.",
                        "policeWhere",
                        "Parkeringarna och centrumbyggnaden i Västerleden.",
                        "policeWhen",
                        "Kvällar året runt, toppar under skollov",
                        "policeFrequency",
                        "Flera gånger i månaden",
                        "policeTrend",
                        "okande",
                        "reportedCrimesBaseline",
                        87,
                        "staffDialogueFindings",
                        "Få boende anmäler och grannsamverkan saknas helt."),
                Map.of(
                        "municipalWhat",
                        "Ungdomar utan fritidssysselsättning samlas vid centrumbyggnaden.",
                        "municipalWhere",
                        "Centrumbyggnaden och parken.",
                        "municipalWhen",
                        "Kvällar, särskilt under skollov",
                        "municipalFrequency",
                        "Dagligen",
                        "municipalTrend",
                        "okande",
                        "municipalSources",
                        "Skolan, fritidsgården och bostadsbolaget."),
                Map.of(
                        "dialogueMethod",
                        "enkat",
                        "dialogueStart",
                        "2026-09-01",
                        "dialogueEnd",
                        "2026-09-30",
                        "dialogueParticipants",
                        212,
                        "dialogueConcerns",
                        "Bilbränder, skadegörelse och att ingen reagerar."),
                Map.of(
                        "jointSituationPicture",
                        "Skadegörelsen är koncentrerad till parkeringarna; boende saknar sätt att samverka och ungdomar saknar meningsfull fritid.",
                        "prioritisedProblems",
                        JsonVariables.json("""
                                [{"problem":"Bilbränder och skadegörelse","place":"Parkeringarna","causeAnalysis":"Låg social kontroll och ingen grannsamverkan."},
                                 {"problem":"Ungdomar utan sysselsättning","place":"Centrumbyggnaden","causeAnalysis":"Fritidsgården har begränsade öppettider."}]
                                """)));
    }

    /**
     * The town square's draft with its effect goal; {@code organisation} gives the id (as the form's select holds it) of
     * a group's organisation.
     */
    static Map<String, Object> townSquareDraft(LocalDate today, Function<String, String> organisation) {
        Map<String, Object> draft = new HashMap<>(draft(
                "Polisen och Enköpings kommun lovar tillsammans med föreningslivet att göra Gustav Adolfs plan tryggare.",
                today.minusMonths(3),
                today.plusMonths(21),
                """
                [{"organisation":"%s","promise":"Polisen lovar att vara synlig på torget fredag och lördag kväll.","measureType":"polisnarvaro","targetQuantity":40,"targetUnit":"närvaropass","dueDate":"%s","indicator":"Antal genomförda närvaropass"},
                 {"organisation":"%s","promise":"Kommunen lovar att förbättra belysningen och röja buskage vid gångtunneln.","measureType":"fysisk-miljo","targetQuantity":12,"targetUnit":"nya belysningspunkter","dueDate":"%s","indicator":"Antal nya belysningspunkter"},
                 {"organisation":"%s","promise":"Nattvandrarna lovar att ordna vuxenvandringar varje fredag under terminerna.","measureType":"vuxenvandring","targetQuantity":30,"targetUnit":"vandringar","dueDate":"%s","indicator":"Antal vandringar och deltagare"}]
                """.formatted(
                                organisation.apply("polis"),
                                today.plusMonths(9),
                                organisation.apply("kommun"),
                                today.plusMonths(6),
                                organisation.apply("nattvandrarna"),
                                today.plusMonths(12))));
        draft.put("effectGoals", JsonVariables.json("""
                [{"indicator":"andel-otrygga","goal":"Andelen som känner sig otrygga på torget kvällstid ska minska från 38 %% till under 25 %%.","scope":"Gustav Adolfs plan, sent på kvällen","baselineValue":38,"baselineOn":"%s","baselineSource":"Polisens och kommunens trygghetsmätning %d","targetValue":25}]
                """.formatted(
                        today.minusMonths(8), today.minusMonths(8).getYear())));
        return draft;
    }

    /**
     * The town square's two follow-ups so far: each a new value of the share feeling unsafe, from the municipality's own
     * survey on the square and from the yearly safety survey.
     */
    static List<FollowUp> townSquareFollowUps(LocalDate today) {
        return List.of(
                new FollowUp(
                        Map.of(
                                "activityParticipants",
                                48,
                                "reportedCrimesContext",
                                "Polisen har varit mer närvarande helgkvällar; fler ordningsstörningar anmäls därför.",
                                "followUpAssessment",
                                "Vandringarna och närvaropassen har kommit i gång; belysningen är beställd."),
                        new BigDecimal("33"),
                        today.minusMonths(2),
                        "Kommunens enkät vid torget"),
                new FollowUp(
                        Map.of(
                                "activityParticipants",
                                112,
                                "reportedCrimesContext",
                                "Färre ordningsstörningar anmäls sedan belysningen vid gångtunneln byttes.",
                                "followUpAssessment",
                                "Otryggheten minskar; fler vuxna rör sig på torget fredag och lördag kväll."),
                        new BigDecimal("29"),
                        today.minusDays(10),
                        "Polisens och kommunens trygghetsmätning "
                                + today.minusDays(10).getYear()));
    }

    /** What a follow-up enters, with the new value of the pledge's (first) effect goal. */
    record FollowUp(Map<String, Object> values, BigDecimal goalValue, LocalDate measuredOn, String source) {}

    static Map<String, Object> housingAreaDraft(LocalDate today, Function<String, String> organisation) {
        return draft(
                "Polisen, kommunen och bostadsbolaget lovar de boende i Västerleden ett tryggare bostadsområde.",
                today.plusMonths(1),
                today.plusMonths(25),
                """
                [{"organisation":"%s","promise":"Polisen lovar att starta minst 8 nya grannsamverkansområden.","measureType":"grannsamverkan","targetQuantity":8,"targetUnit":"grannsamverkansområden","dueDate":"%s","indicator":"Antal nya grannsamverkansområden"},
                 {"organisation":"%s","promise":"Bostadsbolaget lovar att satsa på de lokala föreningarna med lokaler och bidrag.","measureType":"foreningsstod","targetQuantity":4,"targetUnit":"föreningar","dueDate":"%s","indicator":"Antal föreningar med stöd"},
                 {"organisation":"%s","promise":"Kommunen lovar att hålla fritidsgården öppen fredag och lördag kväll.","measureType":"ovrigt","dueDate":"%s","indicator":"Antal öppna kvällar och besökare"}]
                """.formatted(
                                organisation.apply("polis"),
                                today.plusMonths(13),
                                organisation.apply("bostadsbolaget"),
                                today.plusMonths(10),
                                organisation.apply("kommun"),
                                today.plusMonths(4)));
    }

    static Map<String, Object> communication(LocalDate today) {
        return Map.of(
                "communicatedOn",
                today.toString(),
                "communicationChannels",
                JsonVariables.json("[\"webb\",\"press\",\"affischering\"]"),
                "communicationNote",
                "Presenterat på torget under trygghetsveckan.");
    }

    static Map<String, Object> nightWalkPlan(LocalDate today) {
        return Map.of(
                "measurePlan",
                "Två vandringsgrupper turas om varje fredag 21–01 med start vid biblioteket.",
                "plannedStart",
                today.toString(),
                "contactPerson",
                "Fatima Ali, 070-123 45 67");
    }

    /** A resident writes from the published pledge's page; the coordinator has it to handle. */
    static Submission townSquareInput() {
        return new Submission(
                "Lamporna vid busshållplatsen är släckta igen, och det samlas folk där på kvällarna.",
                "Busshållplatsen på torgets norra sida",
                null);
    }

    static Map<String, Object> firstNightWalk(LocalDate today) {
        return Map.ofEntries(
                entry("occurrenceAction", "report"),
                entry("occurrenceDate", today.toString()),
                entry("occurrenceParticipants", 6),
                entry("occurrenceHours", 4.0),
                entry("occurrenceQuantity", 1),
                entry(
                        "occurrenceObservations",
                        "Mötte ett tjugotal ungdomar vid busshållplatsen, lugn kväll. En skadegörelse anmäld till polisen."));
    }

    /** The town square's revision: the lighting commitment gets more lighting points and a later due date. */
    static Map<String, Object> lightingRevised(LocalDate today) {
        return Map.of(
                "promise",
                "Kommunen lovar att förbättra belysningen och röja buskage vid gångtunneln och busshållplatsen.",
                "targetQuantity",
                16,
                "dueDate",
                today.plusMonths(8).toString());
    }

    /**
     * The town square's revision of the night walkers' commitment (a co-signing association, which signs the revision
     * in its own task): Saturdays too, so more walks.
     */
    static Map<String, Object> nightWalksRevised(LocalDate today) {
        return Map.of(
                "promise",
                "Nattvandrarna lovar att ordna vuxenvandringar varje fredag och lördag under terminerna.",
                "targetQuantity",
                45);
    }

    /** The revision draft's rows with the one whose promise starts so marked changed to the new wording. */
    static String revisedRows(String rows, String promiseStart, Map<String, Object> revised) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var list = mapper.readTree(rows);
            for (var row : list) {
                if (row.path("promise").asText().startsWith(promiseStart)) {
                    var changed = (com.fasterxml.jackson.databind.node.ObjectNode) row;
                    changed.put("revisionAction", "change");
                    revised.forEach((field, value) -> changed.set(field, mapper.valueToTree(value)));
                }
            }
            return list.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> start(
            String title,
            String area,
            String description,
            LocalDate first,
            LocalDate last,
            List<String> parties,
            String background,
            String placeGeometry) {
        return Map.of(
                "pledgeTitle",
                title,
                "area",
                area,
                "areaDescription",
                description,
                "periodStart",
                first.toString(),
                "periodEnd",
                last.toString(),
                "parties",
                JsonVariables.json(parties),
                "background",
                background,
                "placeGeometry",
                placeGeometry);
    }

    private static Map<String, Object> draft(String text, LocalDate first, LocalDate last, String commitments) {
        return Map.of(
                "pledgeText",
                text,
                "periodStart",
                first.toString(),
                "periodEnd",
                last.toString(),
                "commitments",
                JsonVariables.json(commitments));
    }
}
