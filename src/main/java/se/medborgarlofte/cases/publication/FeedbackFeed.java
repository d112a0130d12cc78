package se.medborgarlofte.cases.publication;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.medborgarlofte.cases.publication.PublishedPledges.PublicFeedback;
import se.medborgarlofte.cases.publication.PublishedPledges.Published;

/** The feedback to the citizens as an Atom feed (RFC 4287), newest first, each entry linking to its pledge's page. */
final class FeedbackFeed {

    static final int MAX_ENTRIES = 100;

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedbackFeed() {}

    private record Entry(Published pledge, PublicFeedback feedback) {}

    /**
     * @param root the application's address, e.g. {@code https://medborgarlofte.kommunen.se}
     * @param publisher who gives the feedback (the feed's author)
     */
    static String of(List<Published> pledges, String root, String publisher) {
        // the same day's feedback of one pledge in the order it was published
        List<Entry> entries = pledges.stream()
                .flatMap(pledge -> pledge.feedback().stream().map(feedback -> new Entry(pledge, feedback)))
                .sorted(Comparator.comparing((Entry entry) -> entry.feedback().publishedOn())
                        .reversed()
                        .thenComparing(entry -> entry.pledge().summary().registrationNumber()))
                .limit(MAX_ENTRIES)
                .toList();
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "sv");
            element(xml, "id", root + PublicPageController.PATH + "/aterkoppling");
            element(xml, "title", "Återkoppling om medborgarlöftena");
            element(
                    xml,
                    "updated",
                    timestamp(
                            entries.isEmpty()
                                    ? LocalDate.EPOCH
                                    : entries.get(0).feedback().publishedOn()));
            xml.writeStartElement("author");
            element(xml, "name", publisher);
            xml.writeEndElement();
            link(xml, "self", root + OpenDataController.PATH + "/aterkoppling.atom");
            link(xml, "alternate", root + PublicPageController.PATH);
            for (Entry entry : entries) {
                String page = root + PublicPageController.PATH + "/"
                        + entry.pledge().summary().registrationNumber();
                xml.writeStartElement("entry");
                PublicFeedback feedback = entry.feedback();
                element(
                        xml,
                        "id",
                        page + "#aterkoppling-"
                                + (feedback.followUpNumber() == null ? "slutlig" : feedback.followUpNumber()));
                element(
                        xml,
                        "title",
                        entry.pledge().summary().title() + ": "
                                + feedback.heading().toLowerCase() + ", " + feedback.publishedOn());
                element(xml, "updated", timestamp(entry.feedback().publishedOn()));
                link(xml, "alternate", page);
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(text(entry.feedback()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feedback feed could not be written", e);
        }
    }

    /** The feedback as plain text: what was done, what changes, the decision. */
    static String text(PublicFeedback feedback) {
        StringBuilder text = new StringBuilder(feedback.done());
        if (feedback.changes() != null && !feedback.changes().isBlank()) {
            text.append("\n\nDet här ändras: ").append(feedback.changes());
        }
        if (feedback.decision() != null && !feedback.decision().isBlank()) {
            text.append("\n\nBeslut: ").append(feedback.decision());
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
