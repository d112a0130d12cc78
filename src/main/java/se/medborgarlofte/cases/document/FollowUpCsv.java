package se.medborgarlofte.cases.document;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.medborgarlofte.cases.CaseViews.CommitmentView;
import se.medborgarlofte.cases.CaseViews.FollowUpView;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.system.web.CsvCells;

/**
 * The follow-up report as CSV for spreadsheets: semicolon-separated with a UTF-8 byte order mark, as Swedish Excel
 * expects; first the commitments (target against done), then the indicators per follow-up. Cells that a spreadsheet
 * would take for a formula are prefixed with an apostrophe.
 */
final class FollowUpCsv {

    private static final String BOM = "\uFEFF";

    private FollowUpCsv() {}

    static String of(PledgeCase pledge, String numberTerm) {
        StringBuilder csv = new StringBuilder(BOM);
        line(
                csv,
                numberTerm,
                "Nr",
                "Part",
                "Åtagande",
                "Mål",
                "Enhet",
                "Utfört",
                "Tillfällen",
                "Deltagare",
                "Andel av mål (%)",
                "Klart senast",
                "Status");
        for (CommitmentView c : pledge.commitments()) {
            line(
                    csv,
                    pledge.summary().registrationNumber(),
                    String.valueOf(c.position()),
                    Labels.party(c.party()),
                    c.promise(),
                    text(c.targetQuantity()),
                    c.targetUnit(),
                    String.valueOf(c.reportedQuantity()),
                    String.valueOf(c.occurrences()),
                    String.valueOf(c.participants()),
                    text(c.progressPercent()),
                    String.valueOf(c.dueDate()),
                    Labels.status(c.status()));
        }
        csv.append("\r\n");
        line(
                csv,
                numberTerm,
                "Uppföljning",
                "Slag",
                "Trygghetsindex",
                "Andel otrygga (%)",
                "Andel utsatta (%)",
                "Anmälda brott",
                "Deltagare i aktiviteter",
                "Sammanställd");
        for (FollowUpView f : pledge.followUps()) {
            line(
                    csv,
                    pledge.summary().registrationNumber(),
                    String.valueOf(f.number()),
                    f.kind().equals("final") ? "Slut" : "Löpande",
                    text(f.safetyIndex()),
                    text(f.shareFeelingUnsafe()),
                    text(f.shareVictimised()),
                    f.reportedCrimes() == null ? "" : String.valueOf(f.reportedCrimes()),
                    String.valueOf(f.activityParticipants()),
                    String.valueOf(f.compiledAt()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        csv.append(Stream.of(cells).map(CsvCells::cell).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
