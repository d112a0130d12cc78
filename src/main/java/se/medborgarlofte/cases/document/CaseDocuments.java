package se.medborgarlofte.cases.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.medborgarlofte.cases.CaseNotFoundException;
import se.medborgarlofte.cases.CaseQueries;
import se.medborgarlofte.cases.CaseViews.CommitmentView;
import se.medborgarlofte.cases.CaseViews.DecisionView;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.Terms;

/** Generates the documents of a pledge from its case file. */
@Component
@RequiredArgsConstructor
public class CaseDocuments {

    private final CaseQueries queries;

    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final CaseCalendar calendar;
    private final Terms terms;

    /**
     * The public pledge document: parties, area, period, background, each party's current promises (as revised; the
     * ones a revision withdrew are left out), the signatures.
     */
    public String pledgeHtml(String registrationNumber) {
        PledgeCase pledge = find(registrationNumber);
        Context context = context(pledge);
        java.util.Set<Long> withdrawn = queries.withdrawnCommitments(registrationNumber);
        Map<String, List<CommitmentView>> promises = new LinkedHashMap<>();
        for (String party : Labels.partyOrder()) {
            List<CommitmentView> ofParty = new ArrayList<>();
            pledge.commitments().stream()
                    .filter(commitment -> party.equals(commitment.party()))
                    .filter(commitment -> !withdrawn.contains(commitment.id()))
                    .forEach(ofParty::add);
            if (!ofParty.isEmpty()) {
                promises.put(party, ofParty);
            }
        }
        context.setVariable("promises", promises);
        return templates.process("pledge-document", context);
    }

    public byte[] pledgePdf(String registrationNumber) {
        return pdf.render(pledgeHtml(registrationNumber));
    }

    /** The follow-up report: target against done per commitment, the indicators with a chart, the steering decision. */
    public String followUpHtml(String registrationNumber) {
        PledgeCase pledge = find(registrationNumber);
        Context context = context(pledge);
        context.setVariable("chart", IndicatorChart.of(pledge.followUps()));
        context.setVariable("effectGoals", EffectGoalChart.charted(pledge.effectGoals(), "effektmal"));
        context.setVariable(
                "decision",
                pledge.decisions().stream()
                        .filter(DecisionView::onFollowUp)
                        .reduce((earlier, later) -> later)
                        .orElse(null));
        context.setVariable(
                "latest",
                pledge.followUps().isEmpty()
                        ? null
                        : pledge.followUps().get(pledge.followUps().size() - 1));
        return templates.process("follow-up-report", context);
    }

    public byte[] followUpPdf(String registrationNumber) {
        return pdf.render(followUpHtml(registrationNumber));
    }

    public String followUpCsv(String registrationNumber) {
        return FollowUpCsv.of(find(registrationNumber), terms.pledgeNumber());
    }

    /**
     * The minutes (protokoll) of a collective steering decision, numbered in the pledge's order of decisions: what was
     * decided on (a follow-up, the focus areas, the renewal), who sat in the group, quorum and deadline, how the decision came about, the consolidated
     * assessment of each commitment, and each member's position with dissent marked as a reservation.
     */
    public String minutesHtml(String registrationNumber, int number) {
        PledgeCase pledge = find(registrationNumber);
        DecisionView decision = pledge.decisions().stream()
                .filter(candidate -> candidate.number() == number)
                .filter(candidate -> candidate.decidedWhen() != null)
                .findFirst()
                .orElseThrow(() -> CaseNotFoundException.decision(registrationNumber, number));
        Context context = context(pledge);
        context.setVariable("decision", decision);
        return templates.process("steering-minutes", context);
    }

    public byte[] minutesPdf(String registrationNumber, int number) {
        return pdf.render(minutesHtml(registrationNumber, number));
    }

    private PledgeCase find(String registrationNumber) {
        return queries.find(registrationNumber).orElseThrow(() -> new CaseNotFoundException(registrationNumber));
    }

    private Context context(PledgeCase pledge) {
        Context context = new Context();
        context.setVariable("pledge", pledge);
        context.setVariable("labels", new LabelsView(calendar, terms));
        return context;
    }

    /** Gives templates access to the labels as an object (${labels.party(...)}). */
    public static final class LabelsView {

        private final CaseCalendar calendar;
        private final Terms terms;

        LabelsView(CaseCalendar calendar, Terms terms) {
            this.calendar = calendar;
            this.terms = terms;
        }

        /** What the installation calls a pledge's number (Löftesnummer). */
        public String pledgeNumber() {
            return terms.pledgeNumber();
        }

        public String party(String code) {
            return Labels.party(code);
        }

        public String promiseHeading(String party) {
            return Labels.promiseHeading(party);
        }

        public String promiseUnderHeading(String party, String promise) {
            return Labels.promiseUnderHeading(party, promise);
        }

        public String status(String code) {
            return Labels.status(code);
        }

        public String assessment(String code) {
            return Labels.assessment(code);
        }

        /** The calendar day of an instant, in the installation's time zone. */
        public LocalDate day(Instant instant) {
            return instant == null ? null : calendar.day(instant);
        }
    }
}
