package se.medborgarlofte.pledge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.system.JsonVariables;

/** Starts the lifecycle of a new pledge for an API caller, exactly as Tasklist's start form does. */
@Component
@RequiredArgsConstructor
public class PledgeStarter {

    /** What a new pledge needs; the same fields as the start form. */
    public record NewPledgeRequest(
            String title,
            String area,
            String areaDescription,
            String targetGroup,
            String background,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> parties,
            String placeGeometry) {

        /** A pledge without a place on the map. */
        public NewPledgeRequest(
                String title,
                String area,
                String areaDescription,
                String targetGroup,
                String background,
                LocalDate periodStart,
                LocalDate periodEnd,
                List<String> parties) {
            this(title, area, areaDescription, targetGroup, background, periodStart, periodEnd, parties, null);
        }
    }

    private final RuntimeService runtime;
    private final IdentityService identity;

    /** Starts the pledge; returns its registration number. */
    public String start(NewPledgeRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.PLEDGE_TITLE, request.title());
        variables.put(Variable.AREA, request.area());
        variables.put(Variable.AREA_DESCRIPTION, request.areaDescription());
        variables.put(Variable.TARGET_GROUP, request.targetGroup());
        variables.put(Variable.BACKGROUND, request.background());
        variables.put(Variable.PERIOD_START, request.periodStart().toString());
        variables.put(Variable.PERIOD_END, request.periodEnd().toString());
        variables.put(Variable.PARTIES, JsonVariables.json(request.parties()));
        if (request.placeGeometry() != null) {
            // a JSON variable: a GIS export may be longer than a string variable holds
            variables.put(Variable.PLACE_GEOMETRY, JsonVariables.json(request.placeGeometry()));
        }
        var authentication = identity.getCurrentAuthentication();
        variables.put("initiator", authentication == null ? null : authentication.getUserId());
        return runtime.startProcessInstanceByKey(PledgeProcess.KEY, variables).getBusinessKey();
    }
}
