package se.medborgarlofte.demo;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    static Map<String, Object> townSquareStart(LocalDate today) {
        return start(
                "Tryggare Gustav Adolfs plan",
                "Gustav Adolfs plan, centrum",
                "Torget och gångstråken mot resecentrum.",
                today.minusMonths(3),
                today.plusMonths(21),
                List.of("polisen", "kommunen", "forening"),
                "Många upplever torget som otryggt sena kvällar, särskilt helger. Ordningsstörningar och narkotikaförsäljning har ökat.");
    }

    static Map<String, Object> housingAreaStart(LocalDate today) {
        return start(
                "Trygghet i Västerleden",
                "Västerleden",
                "Bostadsområdet med centrumbyggnaden och parken.",
                today.plusMonths(1),
                today.plusMonths(25),
                List.of("polisen", "kommunen", "forening", "naringsliv"),
                "De boende i Västerleden beskriver skadegörelse, bilbränder och ungdomsgäng som samlas vid centrumbyggnaden.");
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

    static Map<String, Object> townSquareDraft(LocalDate today) {
        return draft(
                "Polisen och Enköpings kommun lovar tillsammans med föreningslivet att göra Gustav Adolfs plan tryggare.",
                today.minusMonths(3),
                today.plusMonths(21),
                """
                [{"party":"polisen","promise":"Polisen lovar att vara synlig på torget fredag och lördag kväll.","measureType":"polisnarvaro","targetQuantity":40,"targetUnit":"närvaropass","dueDate":"%s","indicator":"Antal genomförda närvaropass"},
                 {"party":"kommunen","promise":"Kommunen lovar att förbättra belysningen och röja buskage vid gångtunneln.","measureType":"fysisk-miljo","targetQuantity":12,"targetUnit":"nya belysningspunkter","dueDate":"%s","indicator":"Antal nya belysningspunkter"},
                 {"party":"forening","promise":"Föreningarna lovar att ordna vuxenvandringar varje fredag under terminerna.","measureType":"vuxenvandring","targetQuantity":30,"targetUnit":"vandringar","dueDate":"%s","indicator":"Antal vandringar och deltagare"}]
                """.formatted(today.plusMonths(9), today.plusMonths(6), today.plusMonths(12)));
    }

    static Map<String, Object> housingAreaDraft(LocalDate today) {
        return draft(
                "Polisen, kommunen och bostadsbolaget lovar de boende i Västerleden ett tryggare bostadsområde.",
                today.plusMonths(1),
                today.plusMonths(25),
                """
                [{"party":"polisen","promise":"Polisen lovar att starta minst 8 nya grannsamverkansområden.","measureType":"grannsamverkan","targetQuantity":8,"targetUnit":"grannsamverkansområden","dueDate":"%s","indicator":"Antal nya grannsamverkansområden"},
                 {"party":"naringsliv","promise":"Bostadsbolaget lovar att satsa på de lokala föreningarna med lokaler och bidrag.","measureType":"foreningsstod","targetQuantity":4,"targetUnit":"föreningar","dueDate":"%s","indicator":"Antal föreningar med stöd"},
                 {"party":"kommunen","promise":"Kommunen lovar att hålla fritidsgården öppen fredag och lördag kväll.","measureType":"ovrigt","dueDate":"%s","indicator":"Antal öppna kvällar och besökare"}]
                """.formatted(today.plusMonths(13), today.plusMonths(10), today.plusMonths(4)));
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

    /** The first follow-up of the town square, as the coordinator compiles it. */
    static Map<String, Object> firstFollowUp() {
        return Map.of(
                "reportedCrimes",
                31,
                "activityParticipants",
                48,
                "reportedCrimesContext",
                "Fler polispass på helgerna ger fler anmälningar; det betyder inte fler brott.",
                "followUpAssessment",
                "Vandringarna och polisens pass går enligt plan; belysningen vid gångtunneln räcker inte.");
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
            String background) {
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
                background);
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
