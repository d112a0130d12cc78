package se.medborgarlofte.attachment;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.web.InvalidRequestException;

/**
 * Checks a file before it is attached: not empty, not larger than allowed, of an allowed type as Apache Tika detects it
 * from the content (a name or a header alone decides nothing), and with a file name whose extension fits that type.
 * Where the content is a container that several types share (DOCX and XLSX are both ZIP files), Tika narrows it by the
 * name, and only to a type of that container.
 */
@Component
public class UploadCheck {

    /** The field of the form and the API that carries the file. */
    public static final String FILE = "file";

    private final Tika tika = new Tika();
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final AttachmentProperties properties;

    public UploadCheck(AttachmentProperties properties) {
        this.properties = properties;
    }

    /** A file that passed: its safe name and its detected media type. */
    public record CheckedFile(String fileName, String contentType, byte[] content) {}

    public CheckedFile check(String originalName, byte[] content) {
        if (content == null) {
            throw refused("Välj en fil att bifoga.");
        }
        if (content.length == 0) {
            throw refused("Filen är tom. Välj en fil med innehåll.");
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw refused("Filen är " + megabytes(content.length) + "; en bilaga får vara högst "
                    + megabytes(properties.maxSize().toBytes()) + ".");
        }
        String name = FileNames.sanitise(originalName);
        String detected = tika.detect(content, name);
        if (!properties.allowedTypes().contains(detected)) {
            throw refused("Filtypen tas inte emot. Tillåtna är " + allowedExtensions() + ".");
        }
        MimeType type = type(detected);
        List<String> extensions = type.getExtensions();
        if (FileNames.extension(name).isEmpty()) {
            name = FileNames.withExtension(name, type.getExtension());
        } else if (!extensions.contains("." + FileNames.extension(name))) {
            throw refused("Filens innehåll stämmer inte med filändelsen ." + FileNames.extension(name)
                    + ". Spara filen med rätt filändelse (" + String.join(", ", extensions) + ") och försök igen.");
        }
        return new CheckedFile(name, detected, content);
    }

    /** The allowed types as a person knows them: their usual extensions, e.g. "PDF, PNG, JPG". */
    public String allowedExtensions() {
        return String.join(
                ", ",
                properties.allowedTypes().stream()
                        .map(this::type)
                        .map(type ->
                                type.getExtension().replaceFirst("^\\.", "").toUpperCase(Locale.ROOT))
                        .toList());
    }

    /** The allowed extensions for a file chooser's {@code accept}. */
    public String acceptedExtensions() {
        return String.join(
                ",",
                properties.allowedTypes().stream()
                        .flatMap(type -> type(type).getExtensions().stream())
                        .toList());
    }

    /** The largest file taken, as a person reads it. */
    public String maxSizeInWords() {
        return megabytes(properties.maxSize().toBytes());
    }

    /** The bytes of an uploaded file; an unreadable one is refused as the client's problem, not ours. */
    public static byte[] contentOf(org.springframework.web.multipart.MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw refused("Filen kunde inte läsas. Försök igen.");
        }
    }

    private MimeType type(String name) {
        try {
            return types.forName(name);
        } catch (MimeTypeException unknown) {
            throw new IllegalStateException("Unknown media type in medborgarlofte.attachments.allowed-types: " + name);
        }
    }

    private static InvalidRequestException refused(String message) {
        return new InvalidRequestException(FILE, message);
    }

    static String megabytes(long bytes) {
        double value = bytes / (1024.0 * 1024.0);
        String text = value >= 10 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
        return text + " MB";
    }
}
