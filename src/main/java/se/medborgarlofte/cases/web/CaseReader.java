package se.medborgarlofte.cases.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.cases.CaseNotFoundException;
import se.medborgarlofte.cases.CaseQueries;
import se.medborgarlofte.cases.CaseViews.IndicatorPoint;
import se.medborgarlofte.cases.CaseViews.Page;
import se.medborgarlofte.cases.CaseViews.PledgeCase;
import se.medborgarlofte.cases.CaseViews.PledgeSummary;
import se.medborgarlofte.cases.CaseViews.TimelineEvent;
import se.medborgarlofte.citizeninput.CitizenInput;
import se.medborgarlofte.citizeninput.CitizenInputRecords;

/**
 * The one way to read cases, for the API and the pages alike: every read first asks {@link CaseAccess} about the
 * caller, and a case is handed out only as far as the caller may see it.
 */
@Component
@RequiredArgsConstructor
class CaseReader {

    private final CaseQueries queries;
    private final CaseAccess access;
    private final PledgeListParameters listParameters;
    private final CitizenInputRecords citizenInput;

    Page<PledgeSummary> list(ListQuery query) {
        access.audience();
        PledgeListParameters.Parsed parsed = listParameters.parse(query);
        return queries.list(parsed.filter(), parsed.page(), parsed.size(), parsed.sort(), parsed.ascending());
    }

    /** The whole case as the caller may see it; the police situation picture only for the police and coordinator. */
    PledgeCase pledge(String registrationNumber) {
        return access.redact(
                queries.find(registrationNumber).orElseThrow(() -> new CaseNotFoundException(registrationNumber)));
    }

    List<TimelineEvent> timeline(String registrationNumber) {
        access.requireInternal();
        requireExists(registrationNumber);
        return queries.timeline(registrationNumber);
    }

    List<IndicatorPoint> indicators(String registrationNumber) {
        access.requireInternal();
        requireExists(registrationNumber);
        return queries.indicators(registrationNumber);
    }

    /** What citizens sent about the pledge and how it was handled; for those who see the internal parts. */
    List<CitizenInput> citizenInput(String registrationNumber) {
        access.requireInternal();
        requireExists(registrationNumber);
        return citizenInput.ofPledge(registrationNumber);
    }

    /** Whether the caller sees the internal parts of a case (timeline, indicators, reports, minutes). */
    boolean seesInternal() {
        return access.seesInternal();
    }

    /** Whether the caller is a coordinator, who may change the pledge's place. */
    boolean isCoordinator() {
        return access.isCoordinator();
    }

    /** Whether the caller belongs to an organisation that reads cases at all. */
    boolean readsCases() {
        return access.readsCases();
    }

    private void requireExists(String registrationNumber) {
        if (!queries.exists(registrationNumber)) {
            throw new CaseNotFoundException(registrationNumber);
        }
    }
}
