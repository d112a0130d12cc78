package se.medborgarlofte.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.cases.FormChoices;
import se.medborgarlofte.cases.document.Labels;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.Terms;

/** The Swedish words and formats of the pages: the case file's codes as labels, moments in the installation's zone. */
@Component
@RequiredArgsConstructor
public class PageLabels {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> SOURCES =
            Map.of("police", "Polisens lägesbild", "municipality", "Kommunens lägesbild");
    private static final Map<String, String> APPROVALS =
            Map.of("approve", "Godkänt", "request-changes", "Begärde ändringar");
    /** The parties that approve a draft, as the approvals record them. */
    private static final Map<String, String> SIGNING_PARTIES = Map.of("police", "Polisen", "municipality", "Kommunen");

    private final CaseCalendar calendar;
    private final FormChoices choices;
    private final Terms terms;

    /** What the installation calls a pledge's number (Löftesnummer). */
    public String pledgeNumber() {
        return terms.pledgeNumber();
    }

    public String party(String code) {
        return Labels.party(code);
    }

    public String parties(List<String> codes) {
        return String.join(", ", codes.stream().map(Labels::party).toList());
    }

    public String commitmentStatus(String code) {
        return Labels.status(code);
    }

    public String pledgeStatus(String code) {
        return Labels.pledgeStatus(code);
    }

    public String assessment(String code) {
        return Labels.assessment(code);
    }

    public String measureType(String code) {
        return code == null ? "" : choices.label("measureType", code);
    }

    /** The trend of a situation picture: increasing, unchanged, decreasing. */
    public String trend(String code) {
        return choices.label("policeTrend", code);
    }

    public String dialogueMethod(String code) {
        return choices.label("dialogueMethod", code);
    }

    public String signingParty(String code) {
        return SIGNING_PARTIES.getOrDefault(code, code);
    }

    public String source(String code) {
        return SOURCES.getOrDefault(code, code);
    }

    public String approval(String code) {
        return APPROVALS.getOrDefault(code, code);
    }

    public String followUp(String kind, int number) {
        return "final".equals(kind) ? "Slutuppföljning" : "Uppföljning " + number;
    }

    /** A candidate group by the name of its organisation. */
    public String group(String id) {
        if (Groups.CAMUNDA_ADMIN.equals(id)) {
            return "Administratörer";
        }
        return Arrays.stream(OrganisationGroup.values())
                .filter(group -> group.id().equals(id))
                .map(OrganisationGroup::displayName)
                .findFirst()
                .orElse(id);
    }

    public String groups(List<String> ids) {
        return String.join(", ", ids.stream().map(this::group).toList());
    }

    /** A moment as its day and minute in the installation's time zone, e.g. 2026-11-28 14:03. */
    public String minute(Instant moment) {
        return moment == null ? "" : MINUTE.format(moment.atZone(calendar.zone()));
    }

    /** A moment for a {@code <time datetime>} attribute. */
    public String machine(Instant moment) {
        return moment == null
                ? ""
                : moment.atZone(calendar.zone()).toOffsetDateTime().toString();
    }

    public LocalDate day(Instant moment) {
        return moment == null ? null : calendar.day(moment);
    }

    /** The last day to act before a deadline: a task due at midnight is due that day, not the next. */
    public LocalDate lastDay(Instant deadline) {
        return deadline == null ? null : calendar.lastDayBefore(deadline);
    }

    /** A decimal number the Swedish way, with a comma: 3,4. */
    public String decimal(Object number) {
        if (number == null) {
            return "–";
        }
        String text = number instanceof BigDecimal decimal
                ? decimal.stripTrailingZeros().toPlainString()
                : number.toString();
        return text.replace('.', ',');
    }

    /** Every stage of the case file, in order, by its Swedish name. */
    public Map<String, String> stages() {
        Map<String, String> stages = new LinkedHashMap<>();
        Stages.keys().forEach(stage -> stages.put(stage, Stages.label(stage)));
        return stages;
    }
}
