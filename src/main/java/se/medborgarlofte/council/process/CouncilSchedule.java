package se.medborgarlofte.council.process;

import org.springframework.stereotype.Component;
import se.medborgarlofte.council.CouncilProperties;

/** Gives the council process's start timer its cycle from configuration ({@code ${councilSchedule.cron()}}). */
@Component("councilSchedule")
public class CouncilSchedule {

    private final CouncilProperties properties;

    public CouncilSchedule(CouncilProperties properties) {
        this.properties = properties;
    }

    public String cron() {
        return properties.schedule();
    }
}
