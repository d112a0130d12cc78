package se.medborgarlofte.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.system.web.ForbiddenException;
import se.medborgarlofte.system.web.InvalidRequestException;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * The attachments of a pledge for the logged-in user (the engine's current authentication, set by the API's and the
 * pages' filters): list what they may read, read one, attach one; and the public ones, for the citizens' page, which
 * itself decides whether the pledge is published.
 */
@Service
@RequiredArgsConstructor
public class Attachments {

    /** The longest description. */
    public static final int MAX_DESCRIPTION = 500;

    private final AttachmentRecords records;
    private final UploadCheck check;
    private final IdentityService identity;
    private final Organisations organisations;
    private final Clock clock = Clock.systemUTC();

    /** An upload as the form or the API sent it; nothing of it is trusted yet. */
    public record Upload(String subject, String description, String confidentiality, String fileName, byte[] content) {

        /**
         * An upload from a form or the API. A form sent without choosing a file carries an empty part without a name:
         * that is no file, not an empty one.
         */
        public static Upload of(MultipartFile file, String subject, String description, String confidentiality) {
            boolean chosen = file != null && !(file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()));
            return new Upload(
                    subject,
                    description,
                    confidentiality,
                    chosen ? file.getOriginalFilename() : null,
                    chosen ? UploadCheck.contentOf(file) : null);
        }
    }

    /** One attachment's bytes, with the name and type to serve them under. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** The pledge's attachments the user may read, newest first. */
    public List<Attachment> list(String registrationNumber) {
        AttachmentRecords.PledgeRef pledge = pledge(registrationNumber);
        AttachmentAccess access = requireReader(pledge);
        Map<String, String> labels = labels(pledge);
        return records.ofPledge(pledge.id()).stream()
                .filter(row -> access.mayRead(row.confidentiality()))
                .map(row -> view(row, labels))
                .toList();
    }

    /** What the user may attach to (the pledge, its commitments, follow-ups and meetings); empty if they may not. */
    public List<Subject> subjects(String registrationNumber) {
        AttachmentRecords.PledgeRef pledge = pledge(registrationNumber);
        return requireReader(pledge).mayUpload() ? records.subjects(pledge) : List.of();
    }

    /** The confidentialities the user may choose for an upload. */
    public List<Confidentiality> confidentialities(String registrationNumber) {
        AttachmentAccess access = requireReader(pledge(registrationNumber));
        return java.util.Arrays.stream(Confidentiality.values())
                .filter(access::mayUpload)
                .toList();
    }

    /** One attachment's bytes, if the user may read it. */
    public Download download(String registrationNumber, long id) {
        AttachmentRecords.PledgeRef pledge = pledge(registrationNumber);
        AttachmentAccess access = requireReader(pledge);
        AttachmentRecords.Row row = records.find(pledge.id(), id).orElseThrow(Attachments::unknown);
        if (!access.mayRead(row.confidentiality())) {
            throw new ForbiddenException(
                    "Bilagan är märkt \"" + row.confidentiality().label()
                            + "\" och du får inte öppna den. Be den som laddade upp den om en kopia om du behöver den.");
        }
        return new Download(row.fileName(), row.contentType(), records.content(row.id()));
    }

    /**
     * Attaches a file: every field checked (all problems at once), the subject checked to belong to the pledge, the
     * type detected from the content, the checksum computed here. Refused input changes nothing.
     */
    @Transactional
    public Attachment upload(String registrationNumber, Upload upload) {
        AttachmentRecords.PledgeRef pledge = pledge(registrationNumber);
        AttachmentAccess access = requireReader(pledge);
        if (!access.mayUpload()) {
            throw new ForbiddenException(
                    "Bara samordnaren och medborgarlöftets parter kan bifoga dokument till det här ärendet.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Confidentiality> confidentiality = Confidentiality.ofCode(blankToEmpty(upload.confidentiality()));
        if (confidentiality.isEmpty()) {
            problems.add(new FieldProblem(
                    "confidentiality", "Välj vem som får läsa bilagan: Offentlig, Parterna eller Endast polisen."));
        } else if (!access.mayUpload(confidentiality.get())) {
            problems.add(new FieldProblem(
                    "confidentiality", "Bara polisen kan bifoga dokument som endast polisen får läsa."));
        }
        String description = blankToEmpty(upload.description()).strip();
        if (description.isEmpty()) {
            problems.add(new FieldProblem("description", "Beskriv kort vad bilagan är."));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(
                    new FieldProblem("description", "Beskrivningen får vara högst " + MAX_DESCRIPTION + " tecken."));
        }
        Optional<SubjectRef> subject = subject(pledge, upload.subject(), problems);
        UploadCheck.CheckedFile file = null;
        try {
            file = check.check(upload.fileName(), upload.content());
        } catch (InvalidRequestException refused) {
            problems.addAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long id = records.insert(new AttachmentRecords.NewRow(
                pledge.id(),
                subject.orElseThrow().kind(),
                subject.orElseThrow().id(),
                file.fileName(),
                file.contentType(),
                sha256(file.content()),
                description,
                confidentiality.orElseThrow(),
                identity.getCurrentAuthentication().getUserId(),
                Instant.now(clock),
                file.content()));
        return view(records.find(pledge.id(), id).orElseThrow(), labels(pledge));
    }

    /** The public attachments of a pledge; the caller has made sure the pledge is published. */
    public List<Attachment> publicOnes(String registrationNumber) {
        return records.pledge(registrationNumber)
                .map(pledge -> {
                    Map<String, String> labels = labels(pledge);
                    return records.ofPledge(pledge.id()).stream()
                            .filter(row -> row.confidentiality() == Confidentiality.PUBLIC)
                            .map(row -> view(row, labels))
                            .toList();
                })
                .orElse(List.of());
    }

    /** A public attachment's bytes; empty for an unknown one and for one that is not public, alike. */
    public Optional<Download> publicDownload(String registrationNumber, long id) {
        return records.pledge(registrationNumber)
                .flatMap(pledge -> records.find(pledge.id(), id))
                .filter(row -> row.confidentiality() == Confidentiality.PUBLIC)
                .map(row -> new Download(row.fileName(), row.contentType(), records.content(row.id())));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }

    private record SubjectRef(SubjectKind kind, Long id) {}

    /** The subject as "kind" or "kind:id", checked to be in this pledge; a problem added otherwise. */
    private Optional<SubjectRef> subject(
            AttachmentRecords.PledgeRef pledge, String value, List<FieldProblem> problems) {
        String given = blankToEmpty(value).strip();
        String[] parts = given.split(":", 2);
        Optional<SubjectKind> kind = SubjectKind.ofCode(parts[0]);
        if (kind.isEmpty()) {
            problems.add(new FieldProblem(
                    "subject",
                    "Välj vad bilagan gäller: medborgarlöftet, ett åtagande, en uppföljning eller ett möte."));
            return Optional.empty();
        }
        if (kind.get() == SubjectKind.PLEDGE) {
            if (parts.length > 1) {
                problems.add(new FieldProblem("subject", "Medborgarlöftet anges utan nummer: \"pledge\"."));
                return Optional.empty();
            }
            return Optional.of(new SubjectRef(SubjectKind.PLEDGE, null));
        }
        Long id = parts.length > 1 && parts[1].matches("\\d{1,18}") ? Long.valueOf(parts[1]) : null;
        if (id == null || !records.belongs(pledge, kind.get(), id)) {
            problems.add(new FieldProblem(
                    "subject",
                    "Valet (" + kind.get().label() + ") hör inte till " + pledge.registrationNumber()
                            + ". Välj bland dem som formuläret visar."));
            return Optional.empty();
        }
        return Optional.of(new SubjectRef(kind.get(), id));
    }

    private AttachmentRecords.PledgeRef pledge(String registrationNumber) {
        return records.pledge(registrationNumber)
                .orElseThrow(() -> new NotFoundException("Det finns inget medborgarlöfte " + registrationNumber + "."));
    }

    /** The user's access to the pledge's attachments; refused outright for one who reads no cases. */
    private AttachmentAccess requireReader(AttachmentRecords.PledgeRef pledge) {
        var authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new ForbiddenException("Logga in för att se ärendets bilagor.");
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        AttachmentAccess access = new AttachmentAccess(
                groups,
                pledge.parties(),
                pledge.organisationGroups(),
                !organisations.ofGroups(groups).isEmpty());
        if (!access.readsCases()) {
            throw new ForbiddenException("Du tillhör ingen organisation i medborgarlöftena och kan inte se ärenden.");
        }
        return access;
    }

    private Map<String, String> labels(AttachmentRecords.PledgeRef pledge) {
        return records.subjects(pledge).stream().collect(Collectors.toMap(Subject::value, Subject::label, (a, b) -> a));
    }

    private static Attachment view(AttachmentRecords.Row row, Map<String, String> labels) {
        String value = Subject.of(row.subject(), row.subjectId(), "").value();
        return new Attachment(
                row.id(),
                row.subject().code(),
                row.subjectId(),
                labels.getOrDefault(value, row.subject().label()),
                row.fileName(),
                row.contentType(),
                row.size(),
                row.sha256(),
                row.description(),
                row.confidentiality().code(),
                row.confidentiality().label(),
                row.uploadedBy(),
                row.uploadedAt());
    }

    private static NotFoundException unknown() {
        return new NotFoundException("Bilagan finns inte i det här ärendet.");
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
