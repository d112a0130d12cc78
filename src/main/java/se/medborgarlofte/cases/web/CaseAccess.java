package se.medborgarlofte.cases.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import se.medborgarlofte.cases.CaseViews;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.organisation.Organisation;
import se.medborgarlofte.organisation.OrganisationKind;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.system.web.CurrentUser;
import se.medborgarlofte.system.web.ForbiddenException;

/**
 * Who may see how much of a case. The police situation picture (places and persons) is confidential to the police
 * and the coordinator; associations and businesses see the public parts of a pledge and their own tasks. Members of
 * an organisation's own group see as much as its kind allows: a police organisation everything, the municipality's
 * organisations (its departments, social services) the internal parts, every other organisation the public parts.
 */
@Component
@RequiredArgsConstructor
class CaseAccess {

    /** How much of a case the caller sees. */
    enum Audience {
        /** Everything, the police situation picture included. */
        FULL,
        /** Everything but the police situation picture. */
        INTERNAL,
        /** The public pledge: summary, texts, commitments and their progress, the caller's own open tasks. */
        PUBLIC
    }

    private static final Set<String> FULL = Set.of("samordnare", "polis", "polisledning", Groups.CAMUNDA_ADMIN);
    private static final Set<String> INTERNAL = Set.of("kommun", "kommunledning", "styrgrupp");
    private static final Set<String> PUBLIC = Set.of("forening", "naringsliv");

    private final IdentityService identity;
    private final Organisations organisations;

    Audience audience() {
        return audienceOf(groups())
                .orElseThrow(() -> new ForbiddenException(
                        "Du tillhör ingen organisation i medborgarlöftena och kan inte se ärenden."));
    }

    /** Whether the caller belongs to an organisation that sees cases at all. */
    boolean readsCases() {
        return audienceOf(CurrentUser.groups(identity).orElse(List.of())).isPresent();
    }

    /** Whether the caller sees the internal parts of a case: timeline, indicators, follow-up report and minutes. */
    boolean seesInternal() {
        return audience() != Audience.PUBLIC;
    }

    /** Internal information (timeline, follow-ups, decisions) is not for associations and businesses. */
    void requireInternal() {
        if (!seesInternal()) {
            throw new ForbiddenException(
                    "Den här delen av ärendet är bara tillgänglig för kommunen, polisen och styrgruppen.");
        }
    }

    void requireCoordinator() {
        requireCoordinator("Bara samordnare kan registrera nya medborgarlöften.");
    }

    /** @param refusal what a caller who is not a coordinator is told */
    void requireCoordinator(String refusal) {
        if (!isCoordinator()) {
            throw new ForbiddenException(refusal);
        }
    }

    boolean isCoordinator() {
        return groups().contains("samordnare");
    }

    private Optional<Audience> audienceOf(List<String> groups) {
        List<OrganisationKind> kinds =
                organisations.ofGroups(groups).stream().map(Organisation::kind).toList();
        if (groups.stream().anyMatch(FULL::contains) || kinds.contains(OrganisationKind.POLICE)) {
            return Optional.of(Audience.FULL);
        }
        if (groups.stream().anyMatch(INTERNAL::contains) || kinds.stream().anyMatch(CaseAccess::municipal)) {
            return Optional.of(Audience.INTERNAL);
        }
        if (groups.stream().anyMatch(PUBLIC::contains) || !kinds.isEmpty()) {
            return Optional.of(Audience.PUBLIC);
        }
        return Optional.empty();
    }

    private static boolean municipal(OrganisationKind kind) {
        return kind == OrganisationKind.MUNICIPALITY
                || kind == OrganisationKind.MUNICIPAL_DEPARTMENT
                || kind == OrganisationKind.SOCIAL_SERVICES;
    }

    /** The case as the caller may see it. */
    PledgeCase redact(PledgeCase pledge) {
        return switch (audience()) {
            case FULL -> pledge;
            case INTERNAL ->
                withSituationPictures(
                        pledge,
                        pledge.situationPictures().stream()
                                .filter(picture -> !picture.source().equals("police"))
                                .toList());
            case PUBLIC ->
                new PledgeCase(
                        pledge.summary(),
                        pledge.areaDescription(),
                        pledge.targetGroup(),
                        pledge.background(),
                        pledge.pledgeText(),
                        null,
                        pledge.signatories(),
                        pledge.communicatedOn(),
                        pledge.communicationChannels(),
                        pledge.feedbackOn(),
                        pledge.feedbackSummary(),
                        pledge.renewedFrom(),
                        pledge.renewedAs(),
                        List.of(),
                        List.of(),
                        pledge.prioritisedProblems(),
                        pledge.commitments(),
                        pledge.openTasks(),
                        List.of(),
                        List.of(),
                        List.of(),
                        pledge.publicFeedback(),
                        pledge.municipalDecision(),
                        pledge.effectGoals());
        };
    }

    private static PledgeCase withSituationPictures(PledgeCase p, List<CaseViews.SituationPictureView> pictures) {
        return new PledgeCase(
                p.summary(),
                p.areaDescription(),
                p.targetGroup(),
                p.background(),
                p.pledgeText(),
                p.jointSituationPicture(),
                p.signatories(),
                p.communicatedOn(),
                p.communicationChannels(),
                p.feedbackOn(),
                p.feedbackSummary(),
                p.renewedFrom(),
                p.renewedAs(),
                pictures,
                p.citizenDialogues(),
                p.prioritisedProblems(),
                p.commitments(),
                p.openTasks(),
                p.approvals(),
                p.followUps(),
                p.decisions(),
                p.publicFeedback(),
                p.municipalDecision(),
                p.effectGoals());
    }

    private List<String> groups() {
        return CurrentUser.groups(identity).orElseThrow(() -> new ForbiddenException("Logga in för att se ärenden."));
    }
}
