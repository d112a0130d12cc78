package se.medborgarlofte.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's attachments: a one-page PDF of the signed agreement and the notes of a safety walk as text. The PDF is
 * written by hand (one page, Helvetica, Latin-1 for å, ä and ö) so that the demo needs no document library.
 */
final class DemoDocuments {

    private DemoDocuments() {}

    static byte[] agreementPdf(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 16 Tf 56 780 Td (" + escaped(title) + ") Tj /F1 11 Tf");
        for (String line : lines) {
            text.append(" 0 -20 Td (").append(escaped(line)).append(") Tj");
        }
        text.append(" ET");
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + stream.length + " >>\nstream\n" + text + "\nendstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(
                pdf,
                table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    static byte[] safetyWalkNotes() {
        return """
                Trygghetsvandring på Gustav Adolfs plan
                Deltagare: kommunpolisen, gata/park, fältassistenterna, två föreningar och sju boende.

                Iakttagelser
                - Belysningen är trasig vid gångtunneln mot resecentrum.
                - Buskagen bakom busshållplatsen skymmer sikten.
                - Boende undviker torget efter kl. 21 på helgerna.

                Förslag
                - Byta belysningen i gångtunneln (gata/park).
                - Glesa ut buskagen (gata/park).
                - Vuxenvandring fredag och lördag kväll (föreningarna).
                """.getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
