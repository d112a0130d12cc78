package se.medborgarlofte.cases.publication;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public pages' publisher, as the accessibility statement and the page footer name them.
 *
 * @param publisher       who publishes the pledges, e.g. "Enköpings kommun och Polisen i Enköping"
 * @param contactEmail    where a visitor reports an accessibility problem or asks for content in another form
 * @param statementDate   when the accessibility statement was last reviewed
 */
@ConfigurationProperties("medborgarlofte.publication")
public record PublicationProperties(
        @DefaultValue("Kommunen och lokalpolisområdet") String publisher,
        @DefaultValue("medborgarlofte@kommunen.example") String contactEmail,
        @DefaultValue("2026-11-28") LocalDate statementDate) {}
