package se.medborgarlofte.cases.publication;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.medborgarlofte.cases.document.Labels;
import se.medborgarlofte.cases.publication.PublishedPledges.PublicCommitment;
import se.medborgarlofte.cases.publication.PublishedPledges.Published;
import se.medborgarlofte.system.web.CsvCells;

/** The open data as CSV: one row per commitment with its pledge's columns, as Swedish spreadsheets read it. */
final class OpenDataCsv {

    /** Excel opens a UTF-8 file with å, ä, ö right only with the byte order mark. */
    private static final String BOM = "\uFEFF";

    private OpenDataCsv() {}

    static String of(List<Published> pledges) {
        StringBuilder csv = new StringBuilder(BOM);
        line(
                csv,
                "Löftesnummer",
                "Löfte",
                "Område",
                "Period från",
                "Period till",
                "Status",
                "Undertecknat",
                "Part",
                "Nr",
                "Åtagande",
                "Mål",
                "Enhet",
                "Utfört",
                "Andel av mål (%)",
                "Klart senast",
                "Läge",
                "Varför");
        for (Published pledge : pledges) {
            for (PublicCommitment c : pledge.commitments()) {
                line(
                        csv,
                        pledge.summary().registrationNumber(),
                        pledge.summary().title(),
                        pledge.summary().area(),
                        String.valueOf(pledge.summary().periodStart()),
                        String.valueOf(pledge.summary().periodEnd()),
                        pledge.summary().running() ? "Pågår" : "Avslutat",
                        String.valueOf(pledge.signedOn()),
                        Labels.party(c.party()),
                        String.valueOf(c.position()),
                        c.promise(),
                        c.target() == null ? "" : String.valueOf(c.target()),
                        c.unit(),
                        String.valueOf(c.done()),
                        c.percent() == null ? "" : String.valueOf(c.percent()),
                        String.valueOf(c.dueDate()),
                        PublicPageController.PublicLabels.progressOf(c.status()),
                        c.status().equals("in-progress") ? null : c.outcomeReason());
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        csv.append(Stream.of(cells).map(CsvCells::cell).collect(Collectors.joining(";")))
                .append("\r\n");
    }
}
