package se.medborgarlofte;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, as a user would upload them: enough of each format for its content to be recognised. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A 1×1 PNG. */
    public static byte[] png() {
        return Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

    /** The skeleton of a Word document: the container's parts as Word writes them. */
    public static byte[] docx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                    <w:body><w:p><w:r><w:t>Beslut</w:t></w:r></w:p></w:body></w:document>""");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Windows program, which no allowed type is. */
    public static byte[] executable() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert('x')</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
