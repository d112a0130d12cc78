package se.medborgarlofte.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.SteeringSubject;
import se.medborgarlofte.system.CaseCalendar;

/**
 * Builds the council's agenda from the case file as it is today: new needs (pledges whose need is being identified),
 * overdue measures, follow-ups and period ends coming before the next meeting, and decisions the steering group has
 * still to take; and the citizens' input: how much is waiting to be handled and how much the coordinators took into the
 * next follow-up (since the pledge's last one), never what a citizen wrote.
 */
@Component
@RequiredArgsConstructor
public class CouncilAgenda {

    private final JdbcClient jdbc;

    /** The agenda's sections in order, with their headings. */
    public static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("new-need", "Nya behov");
        SECTIONS.put("overdue-measure", "Försenade åtgärder");
        SECTIONS.put("coming-follow-up", "Kommande uppföljningar");
        SECTIONS.put("decision-due", "Beslut som ska fattas");
        SECTIONS.put("citizen-input", "Synpunkter från medborgare");
    }

    private final CaseCalendar calendar;

    /** The agenda of a meeting prepared on {@code today} whose next meeting is before {@code until}. */
    public List<AgendaItem> build(LocalDate today, LocalDate until) {
        List<AgendaItem> items = new ArrayList<>();
        items.addAll(jdbc.sql("""
                SELECT registration_number, title, area FROM pledge
                WHERE status = 'active' AND stage IN ('registered', 'identify-need') ORDER BY registration_number""")
                .query((rs, n) -> new AgendaItem(
                        "new-need",
                        rs.getString("registration_number"),
                        "%s, %s: behovet identifieras (lägesbilder, medborgardialog, fokusområden)."
                                .formatted(rs.getString("title"), rs.getString("area"))))
                .list());
        items.addAll(jdbc.sql("""
                SELECT p.registration_number, c.promise, c.responsible_group, c.due_date FROM commitment c
                JOIN pledge p ON p.id = c.pledge_id
                WHERE p.status = 'active' AND c.status = 'in-progress' AND c.due_date < ?
                ORDER BY c.due_date, p.registration_number, c.position""")
                .param(today)
                .query((rs, n) -> new AgendaItem(
                        "overdue-measure",
                        rs.getString("registration_number"),
                        "%s (ansvarig: %s) skulle vara klar %s."
                                .formatted(
                                        rs.getString("promise"),
                                        rs.getString("responsible_group"),
                                        rs.getObject("due_date", LocalDate.class))))
                .list());
        items.addAll(jdbc.sql("""
                SELECT p.registration_number, f.due_on, 'Uppföljning' AS kind FROM planned_follow_up f
                JOIN pledge p ON p.id = f.pledge_id
                WHERE p.status = 'active' AND p.stage IN ('implement', 'follow-up', 'steering-review') AND f.due_on >= ? AND f.due_on < ?
                UNION ALL
                SELECT p.registration_number, p.period_end AS due_on, 'Slutuppföljning' AS kind FROM pledge p
                WHERE p.status = 'active' AND p.stage IN ('implement', 'follow-up', 'steering-review')
                  AND p.period_end >= ? AND p.period_end < ?
                ORDER BY due_on, registration_number""")
                .params(today, until, today.minusDays(1), until.minusDays(1))
                .query((rs, n) -> new AgendaItem(
                        "coming-follow-up",
                        rs.getString("registration_number"),
                        rs.getString("kind").equals("Uppföljning")
                                ? "Uppföljning %s.".formatted(rs.getObject("due_on", LocalDate.class))
                                : "Perioden slutar %s; slutuppföljning därefter."
                                        .formatted(rs.getObject("due_on", LocalDate.class))))
                .list());
        items.addAll(jdbc.sql("""
                SELECT p.registration_number, r.deadline, r.subject, f.follow_up_number, f.kind,
                       (SELECT COUNT(*) FROM steering_position s WHERE s.review_id = r.id AND s.answered_at IS NOT NULL) AS answered,
                       r.members FROM steering_review r
                JOIN pledge p ON p.id = r.pledge_id LEFT JOIN follow_up f ON f.id = r.follow_up_id
                WHERE NOT EXISTS (SELECT 1 FROM steering_decision d WHERE d.review_id = r.id)
                ORDER BY r.deadline, p.registration_number""")
                .query((rs, n) -> new AgendaItem(
                        "decision-due",
                        rs.getString("registration_number"),
                        "Styrgruppen %s; %d av %d ledamöter har svarat; sista svarsdag %s."
                                .formatted(
                                        switch (SteeringSubject.of(rs.getString("subject"))) {
                                            case FOCUS_AREAS -> "beslutar om fokusområdena";
                                            case RENEWAL -> "beslutar om förnyelse";
                                            case FOLLOW_UP ->
                                                "final".equals(rs.getString("kind"))
                                                        ? "granskar slutuppföljningen"
                                                        : "granskar uppföljning "
                                                                + rs.getObject("follow_up_number", Integer.class);
                                        },
                                        rs.getInt("answered"),
                                        rs.getInt("members"),
                                        calendar.lastDayBefore(
                                                rs.getTimestamp("deadline").toInstant()))))
                .list());
        items.addAll(jdbc.sql(
                        "SELECT registration_number, title FROM pledge WHERE status = 'active' AND stage = 'conclude'"
                                // once the renewal is put to the steering group, its open decision is on the agenda
                                + " AND NOT EXISTS (SELECT 1 FROM steering_review r WHERE r.pledge_id = pledge.id"
                                + " AND r.subject = 'renewal' AND NOT EXISTS"
                                + " (SELECT 1 FROM steering_decision d WHERE d.review_id = r.id))"
                                + " ORDER BY registration_number")
                .query((rs, n) -> new AgendaItem(
                        "decision-due",
                        rs.getString("registration_number"),
                        "%s: perioden är slut; beslut om förnyelse eller avslut.".formatted(rs.getString("title"))))
                .list());
        items.addAll(jdbc.sql("""
                SELECT * FROM (
                  SELECT p.registration_number, p.title,
                         SUM(CASE WHEN i.status = 'new' THEN 1 ELSE 0 END) AS waiting,
                         SUM(CASE WHEN i.status = 'next-follow-up' AND i.follow_up_id IS NULL
                             THEN 1 ELSE 0 END) AS for_follow_up
                  FROM citizen_input i JOIN pledge p ON p.id = i.pledge_id
                  WHERE p.status = 'active'
                  GROUP BY p.id, p.registration_number, p.title, p.created_at) counted
                WHERE waiting > 0 OR for_follow_up > 0
                ORDER BY registration_number""")
                .query((rs, n) -> new AgendaItem(
                        "citizen-input",
                        rs.getString("registration_number"),
                        "%s: %d nya synpunkter att hantera; %d tas med i nästa uppföljning."
                                .formatted(rs.getString("title"), rs.getLong("waiting"), rs.getLong("for_follow_up"))))
                .list());
        return items;
    }

    /**
     * The agenda as the coordinator reads it in the meeting's task. A process variable holds at most 4,000 characters,
     * so a very long agenda ends with how many items are left out and where the whole agenda is.
     */
    public static String text(String council, String month, List<AgendaItem> items, long meetingId) {
        StringBuilder text = new StringBuilder("Dagordning för " + council + ", " + month + "\n");
        // room kept for what is written whatever fits: every section's heading (or its "nothing" line) and the end line
        int reserved = CLOSING_LINE;
        for (String heading : SECTIONS.values()) {
            reserved += heading.length() + NOTHING.length() + 8;
        }
        int number = 0;
        int shown = 0;
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            text.append('\n')
                    .append(++number)
                    .append(". ")
                    .append(section.getValue())
                    .append('\n');
            List<AgendaItem> inSection = items.stream()
                    .filter(item -> item.section().equals(section.getKey()))
                    .toList();
            if (inSection.isEmpty()) {
                text.append(NOTHING);
            }
            for (AgendaItem item : inSection) {
                String line = "   " + item.registrationNumber() + ": " + item.text() + "\n";
                if (text.length() + line.length() > MAX_TEXT - reserved) {
                    continue;
                }
                text.append(line);
                shown++;
            }
        }
        if (shown < items.size()) {
            text.append("\n... och ")
                    .append(items.size() - shown)
                    .append(" punkter till. Hela dagordningen: /api/council-meetings/")
                    .append(meetingId)
                    .append('\n');
        }
        return text.toString();
    }

    /** The most characters a string process variable holds. */
    static final int MAX_TEXT = 4000;

    private static final String NOTHING = "   Inget att ta upp.\n";

    /** The longest "... och N punkter till. Hela dagordningen: …" line. */
    private static final int CLOSING_LINE = 100;
}
