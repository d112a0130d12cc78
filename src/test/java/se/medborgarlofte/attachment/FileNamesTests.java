package se.medborgarlofte.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsAnOrdinarySwedishName() {
        assertThat(FileNames.sanitise("Trygghetsvandring på torget 2026.pdf"))
                .isEqualTo("Trygghetsvandring på torget 2026.pdf");
    }

    @Test
    void dropsFoldersReservedAndControlCharactersAndLeadingDots() {
        assertThat(FileNames.sanitise("C:\\Users\\sara\\avtal.pdf")).isEqualTo("avtal.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("..hemlig.txt")).isEqualTo("hemlig.txt");
        assertThat(FileNames.sanitise("rapport\r\nSet-Cookie: x\".pdf")).isEqualTo("rapportSet-Cookie x.pdf");
        assertThat(FileNames.sanitise("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe");
        assertThat(FileNames.sanitise("  ")).isEqualTo("bilaga");
        assertThat(FileNames.sanitise(null)).isEqualTo("bilaga");
    }

    @Test
    void shortensALongNameKeepingItsExtension() {
        String name = FileNames.sanitise("a".repeat(300) + ".docx");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("a.docx");
    }
}
