package se.medborgarlofte.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.council.CouncilMeeting;
import se.medborgarlofte.council.CouncilRecords;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.system.web.CurrentUser;
import se.medborgarlofte.system.web.ForbiddenException;
import se.medborgarlofte.system.web.NotFoundException;

/** The council's meetings for its members: each month's agenda, minutes and decisions. */
@RestController
@Tag(
        name = "Brottsförebyggande rådet",
        description = "Rådets månadsmöten: dagordning ur ärendena, protokoll och beslut")
@RequiredArgsConstructor
class CouncilController {

    static final int MAX_MEETINGS = 120;

    private final CouncilRecords records;
    private final IdentityService identity;

    @GetMapping(path = "/api/council-meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rådets möten, senaste först, med dagordning, protokoll och beslut")
    List<CouncilMeeting> meetings(@RequestParam(required = false, defaultValue = "12") int limit) {
        requireCouncilMember();
        return records.meetings(Math.max(1, Math.min(limit, MAX_MEETINGS)));
    }

    @GetMapping(path = "/api/council-meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ett av rådets möten")
    CouncilMeeting meeting(@PathVariable long id) {
        requireCouncilMember();
        return records.meeting(id)
                .orElseThrow(() -> new NotFoundException("Det finns inget rådsmöte med id " + id + "."));
    }

    /** The council gathers all the organisations; a user outside them (e.g. only an administrator) has no seat. */
    private void requireCouncilMember() {
        List<String> groups = CurrentUser.groups(identity).orElse(List.of());
        boolean member = Arrays.stream(OrganisationGroup.values())
                .map(OrganisationGroup::id)
                .anyMatch(groups::contains);
        if (!member) {
            throw new ForbiddenException("Rådets möten är bara tillgängliga för rådets organisationer.");
        }
    }
}
