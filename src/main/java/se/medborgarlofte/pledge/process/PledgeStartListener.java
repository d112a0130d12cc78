package se.medborgarlofte.pledge.process;

import java.time.Instant;
import java.time.ZonedDateTime;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.CaseRecords.NewPledge;
import se.medborgarlofte.casefile.PledgeRegister;
import se.medborgarlofte.place.PlaceGeometry;
import se.medborgarlofte.place.PledgePlaces;
import se.medborgarlofte.pledge.PledgePeriod;
import se.medborgarlofte.pledge.PledgeProcess.Variable;
import se.medborgarlofte.pledge.PledgeProperties;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Runs when a pledge starts, however it is started (Tasklist's start form, the REST API, a renewal): registers it in
 * the case file, which gives it its registration number, and makes that number the business key. A business key
 * given by the caller is replaced: the case file owns the numbering.
 */
@Component
@RequiredArgsConstructor
public class PledgeStartListener implements ExecutionListener {

    private final PledgeProperties properties;
    private final PledgeRegister register;
    private final PledgePlaces places;

    @Override
    public void notify(DelegateExecution execution) {
        PledgePeriod period = PledgePeriod.parse((String) execution.getVariable(Variable.PERIOD_START), (String)
                execution.getVariable(Variable.PERIOD_END));
        Instant now = EngineContext.now();
        NewPledge pledge = new NewPledge(
                required(execution, Variable.PLEDGE_TITLE, "Rubrik"),
                required(execution, Variable.AREA, "Område"),
                (String) execution.getVariable(Variable.AREA_DESCRIPTION),
                (String) execution.getVariable(Variable.TARGET_GROUP),
                (String) execution.getVariable(Variable.BACKGROUND),
                period.firstDay(),
                period.lastDay(),
                JsonVariables.strings(execution.getVariable(Variable.PARTIES)),
                execution.getProcessInstanceId(),
                (String) execution.getVariable(Variable.RENEWED_FROM));
        String initiator = (String) execution.getVariable("initiator");
        String registrationNumber = register.register(
                pledge, ZonedDateTime.ofInstant(now, properties.timeZone()).getYear(), initiator, now);
        execution.setProcessBusinessKey(registrationNumber);
        execution.setVariable(Variable.REGISTRATION_NUMBER, registrationNumber);
        recordPlace(execution, registrationNumber, initiator, now);
    }

    /**
     * The place given at the start (the start form's GeoJSON, the API's), or else a renewed pledge's predecessor's,
     * goes to the case file; the variable is removed, since no gateway or form needs it.
     */
    private void recordPlace(DelegateExecution execution, String registrationNumber, String actor, Instant now) {
        String geometry = JsonVariables.text(execution.getVariable(Variable.PLACE_GEOMETRY));
        String renewedFrom = (String) execution.getVariable(Variable.RENEWED_FROM);
        if (geometry != null && !geometry.isBlank()) {
            places.record(registrationNumber, PlaceGeometry.parse(geometry), actor, now);
        } else if (renewedFrom != null) {
            places.find(renewedFrom).ifPresent(place -> places.record(registrationNumber, place, actor, now));
        }
        execution.removeVariable(Variable.PLACE_GEOMETRY);
    }

    private static String required(DelegateExecution execution, String name, String label) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(label + " saknas.");
        }
        return value.toString().trim();
    }
}
