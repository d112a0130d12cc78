package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.medborgarlofte.organisation.Organisations;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.web.CurrentUser;
import se.medborgarlofte.system.web.ForbiddenException;
import se.medborgarlofte.system.web.InvalidRequestException;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * The organisations that are parties to pledges, managed by the coordinator (and the administrator): list, add,
 * change. Adding one creates its group; its members are then added to the group in Camunda Admin.
 */
@RestController
@RequestMapping(path = "/api/organisations", produces = "application/json")
@Tag(name = "Organisationer", description = "Parterna i medborgarlöftena, var och en med egen grupp")
@RequiredArgsConstructor
class OrganisationController {

    private final Organisations organisations;
    private final IdentityService identity;

    @GetMapping
    @Operation(summary = "Alla organisationer, i namnordning")
    List<OrganisationView> list() {
        requireManager();
        return organisations.list().stream().map(OrganisationView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En organisation")
    OrganisationView get(@PathVariable long id) {
        requireManager();
        return organisations.find(id).map(OrganisationView::of).orElseThrow(() -> notFound(id));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Lägg till en organisation och skapa dess grupp")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationBody body) {
        requireManager();
        requireFreeName(body, null);
        OrganisationView created = OrganisationView.of(organisations.create(body.details(), EngineContext.now()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Ändra en organisations namn, sort och kontakt (gruppen är densamma)")
    OrganisationView update(@PathVariable long id, @Valid @RequestBody OrganisationBody body) {
        requireManager();
        requireFreeName(body, id);
        return organisations
                .update(id, body.details(), EngineContext.now())
                .map(OrganisationView::of)
                .orElseThrow(() -> notFound(id));
    }

    private void requireFreeName(OrganisationBody body, Long id) {
        if (organisations.nameTaken(body.name(), id)) {
            throw new InvalidRequestException(
                    "name",
                    "Det finns redan en organisation som heter " + body.name().strip() + "; välj ett annat namn.");
        }
    }

    private void requireManager() {
        List<String> groups = CurrentUser.groups(identity)
                .orElseThrow(() -> new ForbiddenException("Logga in för att se organisationer."));
        if (!groups.contains("samordnare") && !groups.contains(Groups.CAMUNDA_ADMIN)) {
            throw new ForbiddenException("Bara samordnare och administratörer hanterar organisationerna.");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Det finns ingen organisation med id " + id + ".");
    }
}
