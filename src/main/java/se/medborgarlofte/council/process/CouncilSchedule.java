package se.medborgarlofte.council.process;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.medborgarlofte.council.CouncilProperties;

/** Gives the council process's start timer its cycle from configuration ({@code ${councilSchedule.cron()}}). */
@Component("councilSchedule")
@RequiredArgsConstructor
public class CouncilSchedule {

    private final CouncilProperties properties;

    public String cron() {
        return properties.schedule();
    }
}
