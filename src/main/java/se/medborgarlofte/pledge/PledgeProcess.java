package se.medborgarlofte.pledge;

import se.medborgarlofte.casefile.CaseVariables;
import se.medborgarlofte.casefile.SteeringDecision;

/** Names shared by the {@code medborgarlofte} BPMN model, its forms and the code that drives it. */
public final class PledgeProcess {

    public static final String KEY = "medborgarlofte";

    /** Element ids in {@code bpmn/medborgarlofte.bpmn}. */
    public static final class Element {
        public static final String IDENTIFY_NEED = "identify-need";
        public static final String COMPILE_POLICE_SITUATION_PICTURE = "compile-police-situation-picture";
        public static final String COMPILE_MUNICIPAL_SITUATION_PICTURE = "compile-municipal-situation-picture";
        public static final String HOLD_CITIZEN_DIALOGUE = "hold-citizen-dialogue";
        public static final String COMPILE_JOINT_SITUATION_PICTURE = "compile-joint-situation-picture";
        /** The steering group's collective decision on the focus areas: a task per member, then the decision. */
        public static final String FOCUS_AREAS_REVIEW = "focus-areas-review";
        /** One member's answer on the focus areas (the form of the same id). */
        public static final String CONFIRM_FOCUS_AREAS = "confirm-focus-areas";

        public static final String FOCUS_AREAS_DEADLINE_PASSED = "focus-areas-deadline-passed";
        public static final String TAKE_FOCUS_AREAS_DECISION = "take-focus-areas-decision";
        public static final String AGREE_WITH_POLICE = "agree-with-police";
        public static final String DRAFT_PLEDGE = "draft-pledge";
        public static final String APPROVE_PLEDGE_POLICE = "approve-pledge-police";
        public static final String APPROVE_PLEDGE_MUNICIPALITY = "approve-pledge-municipality";
        /** One co-signing organisation's approval (multi-instance, one per organisation, in its own group). */
        public static final String APPROVE_PLEDGE_CO_SIGNER = "approve-pledge-co-signer";

        public static final String RECORD_SIGNATURES = "record-signatures";
        public static final String COMMUNICATE_PLEDGE = "communicate-pledge";
        public static final String IMPLEMENT = "implement";
        public static final String IMPLEMENT_MEASURE = "implement-measure";
        public static final String AWAIT_PERIOD_END = "await-period-end";
        public static final String FOLLOW_UP_CALENDAR = "follow-up-calendar";
        public static final String AWAIT_FOLLOW_UP_DATE = "await-follow-up-date";
        public static final String FOLLOW_UP_DUE = "follow-up-due";
        public static final String FOLLOW_UP = "follow-up";
        public static final String COMPILE_FOLLOW_UP = "compile-follow-up";
        public static final String STEERING_REVIEW = "steering-review";
        public static final String REVIEW_FOLLOW_UP = "review-follow-up";
        public static final String REVIEW_DEADLINE_PASSED = "review-deadline-passed";
        public static final String DECIDE_STEERING_REVIEW = "decide-steering-review";
        /** The split after a periodic review's decision: the pledge goes on, the feedback to the citizens beside it. */
        public static final String FOLLOW_UP_DECIDED = "follow-up-decided";

        public static final String PERIODIC_REVIEW_DONE = "periodic-review-done";
        public static final String PUBLISH_FOLLOW_UP_FEEDBACK = "publish-follow-up-feedback";
        public static final String FOLLOW_UP_FEEDBACK_PUBLISHED = "follow-up-feedback-published";
        public static final String FINAL_FOLLOW_UP = "final-follow-up";
        public static final String COMPILE_FINAL_FOLLOW_UP = "compile-final-follow-up";
        public static final String FINAL_STEERING_REVIEW = "final-steering-review";
        public static final String REVIEW_FINAL_FOLLOW_UP = "review-final-follow-up";
        public static final String FINAL_REVIEW_DEADLINE_PASSED = "final-review-deadline-passed";
        public static final String CONCLUDE = "conclude";
        public static final String GIVE_FEEDBACK_TO_CITIZENS = "give-feedback-to-citizens";
        /** The steering group's collective decision on renewal: a task per member, then the decision. */
        public static final String RENEWAL_REVIEW = "renewal-review";
        /** One member's answer on renewal (the form of the same id). */
        public static final String DECIDE_RENEWAL = "decide-renewal";

        public static final String RENEWAL_DEADLINE_PASSED = "renewal-deadline-passed";
        public static final String TAKE_RENEWAL_DECISION = "take-renewal-decision";
        public static final String PLEDGE_RENEWED = "pledge-renewed";
        public static final String PLEDGE_CLOSED = "pledge-closed";

        private Element() {}
    }

    /** Process variables. Most are written by the forms in {@code forms/}; those marked are written by code. */
    public static final class Variable {
        public static final String PLEDGE_TITLE = CaseVariables.PLEDGE_TITLE;
        public static final String AREA = CaseVariables.AREA;
        public static final String AREA_DESCRIPTION = "areaDescription";
        /** The group of people the pledge targets, if it targets one (beside or instead of a place). */
        public static final String TARGET_GROUP = "targetGroup";
        /** The place as GeoJSON, at the start only: the case file keeps it (place/PledgePlaces). */
        public static final String PLACE_GEOMETRY = "placeGeometry";

        public static final String PERIOD_START = "periodStart";
        public static final String PERIOD_END = "periodEnd";
        public static final String PARTIES = "parties";
        public static final String BACKGROUND = "background";
        /** Written by code: the pledge's registration number, also its business key. */
        public static final String REGISTRATION_NUMBER = CaseVariables.REGISTRATION_NUMBER;
        /** Written by code: the instants (ISO 8601) of the follow-ups of the running period, from the configured cadence. */
        public static final String FOLLOW_UP_DATES = "followUpDates";
        /** Written by code: the instant the pledge period is over (the day after {@link #PERIOD_END}). */
        public static final String PERIOD_ENDS_AT = "periodEndsAt";

        /** Written by code: the steering group's consolidated decision on the focus areas (confirm or send back). */
        public static final String FOCUS_AREAS_DECISION = "focusAreasDecision";
        /** Written by code: how the steering group came to its decision on the focus areas, with the members' comments. */
        public static final String FOCUS_AREAS_COMMENT = "focusAreasComment";

        public static final String JOINT_SITUATION_PICTURE = "jointSituationPicture";
        public static final String PRIORITISED_PROBLEMS = "prioritisedProblems";
        public static final String PLEDGE_TEXT = "pledgeText";
        public static final String COMMITMENTS = "commitments";
        /** The draft's effect goals (a list; the case file's ids written back by code when it is recorded). */
        public static final String EFFECT_GOALS = "effectGoals";
        /**
         * Written by code, local to a follow-up's task when it is created: a row per effect goal with its standing,
         * where the coordinator enters a new value, its day and source when there is one.
         */
        public static final String EFFECT_GOAL_VALUES = "effectGoalValues";
        /** Written by code, local to a steering member's review task: per effect goal its standing, shown read-only. */
        public static final String EFFECT_GOAL_STANDING = "effectGoalStanding";

        public static final String POLICE_APPROVAL = "policeApproval";
        public static final String POLICE_SIGNATORY = "policeSignatory";
        public static final String MUNICIPALITY_APPROVAL = "municipalityApproval";
        public static final String MUNICIPALITY_SIGNATORY = "municipalitySignatory";
        /** Written by code, local to the draft task: the organisations a commitment may name, as a select's options. */
        public static final String ORGANISATION_CHOICES = "organisationChoices";
        /** Written by code, local to the draft task: the configured indicators, as the effect goals' select options. */
        public static final String INDICATOR_CHOICES = "indicatorChoices";
        /** Written by code from a recorded draft: the groups of the organisations that co-sign it, as a JSON list. */
        public static final String CO_SIGNER_GROUPS = "coSignerGroups";
        /** The element variable of the co-signers' approvals: one organisation's group. */
        public static final String CO_SIGNER_GROUP = "coSignerGroup";
        /** Written by code, local to a co-signer's task: the organisation that signs in it, its id and name. */
        public static final String CO_SIGNING_ORGANISATION_ID = "coSigningOrganisationId";

        public static final String CO_SIGNING_ORGANISATION = "coSigningOrganisation";
        /** A co-signer's answer, local to its task: approve or request-changes, the signatory, the comment. */
        public static final String CO_SIGNER_DECISION = "coSignerDecision";

        public static final String CO_SIGNER_SIGNATORY = "coSignerSignatory";
        public static final String CO_SIGNER_COMMENT = "coSignerComment";
        /** Written by code: approve, until one co-signer of the draft round requests changes. */
        public static final String CO_SIGNERS_APPROVAL = "coSignersApproval";
        /** The municipality's own decision, if a body took one: which body, when, its registry number. */
        public static final String MUNICIPAL_DECISION_BODY = "municipalDecisionBody";

        public static final String MUNICIPAL_DECISION_ON = "municipalDecisionOn";
        public static final String MUNICIPAL_REGISTRY_NUMBER = "municipalRegistryNumber";
        /** Written by code when both parties have approved. */
        public static final String SIGNED_ON = "signedOn";
        /** Written by code when both parties have approved. */
        public static final String SIGNATORIES = "signatories";
        /** Written by code: the steering group's consolidated decision on a follow-up. */
        public static final String STEERING_DECISION = "steeringDecision";
        /** Written by code: how the steering group came to its decision, with the members' comments. */
        public static final String STEERING_COMMENT = "steeringComment";
        /**
         * Written by code, local to a follow-up's task when it is created, shown read-only: per commitment what was
         * planned and what the measures' reports say was done.
         */
        public static final String COMMITMENT_PROGRESS = "commitmentProgress";
        /** Written by code when a review task is created, then completed by the steering group. */
        public static final String COMMITMENT_ASSESSMENTS = "commitmentAssessments";

        /** Written by code, local to a follow-up's feedback task: the follow-up (its id in the case file). */
        public static final String FEEDBACK_FOLLOW_UP_ID = "feedbackFollowUpId";
        /** Written by code, local to a follow-up's feedback task: the follow-up's number, shown read-only. */
        public static final String FEEDBACK_FOLLOW_UP_NUMBER = "feedbackFollowUpNumber";
        /** Written by code, local to a follow-up's feedback task: the steering group's decision, shown read-only. */
        public static final String FEEDBACK_STEERING_DECISION = "feedbackSteeringDecision";
        /** A follow-up's feedback: what was done since the last time. */
        public static final String FEEDBACK_DONE = "feedbackDone";
        /** A follow-up's feedback: what changes; suggested by code from the decision. */
        public static final String FEEDBACK_CHANGES = "feedbackChanges";
        /** A follow-up's feedback: the decision in public words; suggested by code from the decision. */
        public static final String FEEDBACK_DECISION = "feedbackDecision";

        /** Written by code: the steering group's consolidated decision on renewal (renew or close). */
        public static final String RENEWAL_DECISION = "renewalDecision";
        /** Written by code: how the steering group came to its decision on renewal, with the members' comments. */
        public static final String RENEWAL_COMMENT = "renewalComment";
        /** Written by code: the registration number of the pledge this one was renewed from. */
        public static final String RENEWED_FROM = "renewedFrom";
        /** Written by code: the registration number of the pledge that renews this one. */
        public static final String RENEWED_AS = "renewedAs";

        private Variable() {}
    }

    /** Values of the choice variables, as the forms submit them. */
    public static final class Choice {
        public static final String APPROVE = "approve";
        public static final String REQUEST_CHANGES = "request-changes";
        public static final String CONFIRM = "confirm";
        public static final String SEND_BACK = "send-back";
        public static final String CONTINUE = SteeringDecision.CONTINUE.id();
        public static final String REVISE = SteeringDecision.REVISE.id();
        public static final String CLOSE = SteeringDecision.CLOSE.id();
        public static final String RENEW = "renew";

        private Choice() {}
    }

    private PledgeProcess() {}
}
