package se.medborgarlofte.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import se.medborgarlofte.TestFiles;
import se.medborgarlofte.system.web.InvalidRequestException;

class UploadCheckTests {

    private final UploadCheck check = new UploadCheck(new AttachmentProperties(
            DataSize.ofKilobytes(64),
            List.of(
                    "application/pdf",
                    "image/png",
                    "image/jpeg",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "text/plain")));

    @Test
    void takesEachAllowedTypeByItsContent() {
        assertThat(check.check("avtal.pdf", TestFiles.pdf("avtal")).contentType())
                .isEqualTo("application/pdf");
        assertThat(check.check("torget.png", TestFiles.png()).contentType()).isEqualTo("image/png");
        assertThat(check.check("beslut.docx", TestFiles.docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check.check("anteckningar.txt", "Trygghetsvandring på torget".getBytes(StandardCharsets.UTF_8))
                        .contentType())
                .isEqualTo("text/plain");
    }

    @Test
    void refusesTypesNotAllowedWhateverTheirName() {
        assertThat(problem("rapport.pdf", TestFiles.executable()))
                .startsWith("Filtypen tas inte emot. Tillåtna är PDF, PNG, JPG, DOCX, TXT");
        assertThat(problem("sida.pdf", TestFiles.html())).startsWith("Filtypen tas inte emot");
        assertThat(problem("program.exe", TestFiles.executable())).startsWith("Filtypen tas inte emot");
    }

    @Test
    void refusesAContentThatDoesNotMatchItsExtension() {
        assertThat(problem("bild.pdf", TestFiles.png()))
                .isEqualTo("Filens innehåll stämmer inte med filändelsen .pdf. Spara filen med rätt filändelse (.png)"
                        + " och försök igen.");
        // a Word document named as a spreadsheet is not narrowed to a type the container does not say
        assertThat(problem("beslut.xlsx", TestFiles.docx())).startsWith("Filtypen tas inte emot");
    }

    @Test
    void refusesEmptyMissingAndTooLargeFiles() {
        assertThat(problem("tom.pdf", new byte[0])).isEqualTo("Filen är tom. Välj en fil med innehåll.");
        assertThat(problem(null, null)).isEqualTo("Välj en fil att bifoga.");
        byte[] large = new byte[64 * 1024 + 1];
        System.arraycopy(TestFiles.pdf("stor"), 0, large, 0, 20);
        assertThat(problem("stor.pdf", large)).isEqualTo("Filen är 0,1 MB; en bilaga får vara högst 0,1 MB.");
    }

    @Test
    void givesAFileWithoutExtensionTheExtensionOfItsType() {
        assertThat(check.check("avtal", TestFiles.pdf("avtal")).fileName()).isEqualTo("avtal.pdf");
    }

    @Test
    void namesTheAllowedTypesAndSizeAsAPersonReadsThem() {
        assertThat(check.allowedExtensions()).isEqualTo("PDF, PNG, JPG, DOCX, TXT");
        assertThat(check.acceptedExtensions()).contains(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".txt");
        assertThat(UploadCheck.megabytes(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(UploadCheck.megabytes(2_621_440)).isEqualTo("2,5 MB");
    }

    private String problem(String name, byte[] content) {
        assertThatThrownBy(() -> check.check(name, content)).isInstanceOf(InvalidRequestException.class);
        try {
            check.check(name, content);
            throw new AssertionError("not refused");
        } catch (InvalidRequestException refused) {
            assertThat(refused.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("file"));
            return refused.problems().get(0).message();
        }
    }
}
