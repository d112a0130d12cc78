package se.medborgarlofte.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import se.medborgarlofte.PledgeJourney;

/**
 * One pledge through a whole year, every task completed through the engine REST API as its user: the need, the
 * agreement and both signatures, two measures, three follow-ups each reviewed by the steering group, the final
 * follow-up, the feedback to the citizens and the decision not to renew. Timers are not waited for: the administrator
 * runs each through the engine REST API as soon as the pledge reaches it, as its day would.
 */
final class Lifecycle {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final PledgeJourney journey;
    private final Http admin;

    Lifecycle(int port) {
        // the journey runs no timers here (it would need the engine in this JVM): the admin runs them over REST
        this.journey = new PledgeJourney(
                new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)), null);
        this.admin = Http.as(port, "admin", Benchmark.PASSWORD);
    }

    /** Runs one pledge-year to its end; returns its registration number. */
    String run(int number) {
        String pledge = journey.start("Ett tryggare år " + number, "Område " + (number % 25));
        journey.identifyNeed(pledge)
                .draft(pledge, PledgeJourney.COMMITMENTS, "2026-12-01", "2027-11-30")
                .sign(pledge)
                .policeReport(pledge)
                .housingCompanyCloses(pledge);
        String instance = journey.processInstanceId(pledge);
        for (int followUp = 0; followUp < 3; followUp++) {
            runTimer(instance, "await-follow-up-date");
            reviewed(pledge, "compile-follow-up", "review-follow-up");
            journey.publishFollowUpFeedback(pledge, "Grannsamverkan och föreningsstödet går enligt plan.");
        }
        runTimer(instance, "period-ended");
        reviewed(pledge, "compile-final-follow-up", "review-final-follow-up");
        await(() -> open(pledge, "give-feedback-to-citizens"), "the feedback to the citizens of " + pledge);
        journey.giveFeedback(pledge, "2027-12-05", "Grannsamverkan startade och skadegörelsen minskade under året.");
        await(() -> open(pledge, "decide-renewal"), "the renewal decision of " + pledge);
        journey.closeWithoutRenewal(pledge);
        await(() -> count("/process-instance/count?processInstanceIds=" + instance) == 0, "the end of " + pledge);
        return pledge;
    }

    /** The coordinator compiles the follow-up and a majority of the steering group answers. */
    private void reviewed(String pledge, String compileTask, String reviewTask) {
        await(() -> open(pledge, compileTask), compileTask + " of " + pledge);
        journey.compileFollowUp(pledge, compileTask);
        journey.review(pledge, reviewTask, "styrgrupp1", "continue");
        journey.review(pledge, reviewTask, "styrgrupp2", "continue");
    }

    private void runTimer(String instance, String activity) {
        String timers = "/job?maxResults=10&timers=true&processInstanceId=" + instance + "&activityId=" + activity;
        await(() -> Http.read(admin.get("/engine-rest" + timers)).size() > 0, activity);
        String job =
                Http.read(admin.get("/engine-rest" + timers)).get(0).path("id").asText();
        admin.post("/engine-rest/job/" + job + "/execute", Map.of());
    }

    private boolean open(String pledge, String taskKey) {
        return count("/task/count?processInstanceBusinessKey=" + pledge + "&taskDefinitionKey=" + taskKey) > 0;
    }

    private long count(String path) {
        return Http.read(admin.get("/engine-rest" + path)).path("count").asLong();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
