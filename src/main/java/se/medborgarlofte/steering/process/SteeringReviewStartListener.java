package se.medborgarlofte.steering.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import se.medborgarlofte.identity.OrganisationGroup;
import se.medborgarlofte.notification.DeadlineProperties;
import se.medborgarlofte.steering.Member;
import se.medborgarlofte.steering.SteeringProcess;
import se.medborgarlofte.steering.SteeringProperties;
import se.medborgarlofte.steering.SteeringReviews;
import se.medborgarlofte.system.CaseCalendar;
import se.medborgarlofte.system.EngineContext;
import se.medborgarlofte.system.JsonVariables;

/**
 * Runs when a steering review starts (of a follow-up, the focus areas or the renewal): takes the steering group's members as they are now, each of whom gets a review
 * task of their own, the quorum for that many members and the deadline of the review, and opens the review in the
 * case file. All of it is local to the review, so that two reviews running at once do not mix.
 */
@Component
@RequiredArgsConstructor
public class SteeringReviewStartListener implements ExecutionListener {

    private final SteeringProperties properties;

    /** More members than a steering group has; the engine refuses unbounded queries. */
    static final int MAX_MEMBERS = 100;

    private final DeadlineProperties deadlines;
    private final SteeringReviews reviews;
    private final CaseCalendar calendar;

    @Override
    public void notify(DelegateExecution execution) {
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        // the coordinator who completes the follow-up may not read the user list; the review must still find its
        // members
        List<Member> members = Context.getCommandContext()
                .runWithoutAuthorization(() -> identity.createUserQuery()
                        .memberOfGroup(OrganisationGroup.STYRGRUPP.id())
                        .orderByUserId()
                        .asc()
                        .listPage(0, MAX_MEMBERS))
                .stream()
                .map(SteeringReviewStartListener::member)
                .toList();
        if (members.isEmpty()) {
            throw new IllegalStateException(
                    "Styrgruppen har inga ledamöter. Lägg till dem i gruppen 'styrgrupp' i Camunda Admin"
                            + " innan ärendet skickas till styrgruppen för beslut.");
        }
        SteeringReviewKind kind = SteeringReviewKind.ofSubProcess(execution.getCurrentActivityId());
        Instant now = EngineContext.now();
        Date deadline = deadlines.deadline(kind.memberTask(), now, calendar);
        int quorum = properties.quorumOf(members.size());
        long reviewId = reviews.open(
                execution.getProcessBusinessKey(), kind.subject(), members, quorum, deadline.toInstant(), now);
        execution.setVariableLocal(
                SteeringProcess.REVIEWERS,
                JsonVariables.json(members.stream().map(Member::id).toList()));
        execution.setVariableLocal(SteeringProcess.REVIEW_QUORUM, quorum);
        execution.setVariableLocal(SteeringProcess.REVIEW_DEADLINE, deadline);
        execution.setVariableLocal(SteeringProcess.REVIEW_ID, reviewId);
    }

    private static Member member(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return new Member(user.getId(), name.isEmpty() ? user.getId() : name);
    }
}
