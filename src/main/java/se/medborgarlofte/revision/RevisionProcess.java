package se.medborgarlofte.revision;

/** Names of the revision's part of the {@code medborgarlofte} model, its forms and the code that drives it. */
public final class RevisionProcess {

    /** Element ids in {@code bpmn/medborgarlofte.bpmn}. */
    public static final class Element {
        /** The non-interrupting event sub-process inside {@code implement} that runs a revision. */
        public static final String REVISE_COMMITMENTS = "revise-commitments";
        /** Its start: the steering group decided to revise. */
        public static final String REVISION_DECIDED = "revision-decided";

        public static final String DRAFT_REVISION = "draft-revision";
        public static final String APPROVE_REVISION_POLICE = "approve-revision-police";
        public static final String APPROVE_REVISION_MUNICIPALITY = "approve-revision-municipality";
        /** One task per co-signing organisation whose commitments the revision changes or adds, in its own group. */
        public static final String APPROVE_REVISION_CO_SIGNER = "approve-revision-co-signer";

        public static final String APPLY_REVISION = "apply-revision";
        /** The measures of the commitments a revision added. */
        public static final String IMPLEMENT_ADDED_MEASURE = "implement-added-measure";

        private Element() {}
    }

    /** Variables local to one revision (declared when it starts, so that two revisions never share them). */
    public static final class Variable {
        /** The running commitments, one fixed row each, with the coordinator's action and new wording. */
        public static final String REVISION_COMMITMENTS = "revisionCommitments";
        /** Commitments the revision adds; after it is applied, the same rows with their case-file ids. */
        public static final String ADDED_COMMITMENTS = "addedCommitments";
        /** Written by code: the revision's id in the case file. */
        public static final String REVISION_ID = "revisionId";
        /** Written by code: the changes in words, shown to the signatories. */
        public static final String REVISION_SUMMARY = "revisionSummary";
        /** Written by code: whether anything must be signed (a change or an addition). */
        public static final String REVISION_NEEDS_SIGNING = "revisionNeedsSigning";

        public static final String POLICE_APPROVAL = "revisionPoliceApproval";
        public static final String POLICE_SIGNATORY = "revisionPoliceSignatory";
        public static final String POLICE_COMMENT = "revisionPoliceComment";
        public static final String MUNICIPALITY_APPROVAL = "revisionMunicipalityApproval";
        public static final String MUNICIPALITY_SIGNATORY = "revisionMunicipalitySignatory";
        public static final String MUNICIPALITY_COMMENT = "revisionMunicipalityComment";
        /**
         * Written by code: the groups of the co-signing organisations whose commitments the revision changes or adds
         * (a JSON list; empty when none is concerned, and then no co-signer task is created).
         */
        public static final String CO_SIGNER_GROUPS = "revisionCoSignerGroups";
        /** Written by code: "request-changes" once a co-signer asks for changes, else "approve". */
        public static final String CO_SIGNERS_APPROVAL = "revisionCoSignersApproval";
        /**
         * Written by code: each co-signer's request for changes on the current draft, "organisation: comment" a line,
         * shown to the coordinator beside the police's and the municipality's comments.
         */
        public static final String CO_SIGNER_COMMENTS = "revisionCoSignerComments";
        /** Written by code, local to one co-signer's task: only that organisation's changed and new commitments. */
        public static final String CO_SIGNER_SUMMARY = "coSignerRevisionSummary";

        /** Every variable a revision keeps local to its own scope. */
        public static final java.util.List<String> LOCAL = java.util.List.of(
                REVISION_COMMITMENTS,
                ADDED_COMMITMENTS,
                REVISION_ID,
                REVISION_SUMMARY,
                REVISION_NEEDS_SIGNING,
                POLICE_APPROVAL,
                POLICE_SIGNATORY,
                POLICE_COMMENT,
                MUNICIPALITY_APPROVAL,
                MUNICIPALITY_SIGNATORY,
                MUNICIPALITY_COMMENT,
                CO_SIGNER_GROUPS,
                CO_SIGNERS_APPROVAL,
                CO_SIGNER_COMMENTS);

        private Variable() {}
    }

    /** Fields of a row of {@link Variable#REVISION_COMMITMENTS}. */
    public static final class Row {
        public static final String ID = "id";
        public static final String ACTION = "revisionAction";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";

        private Row() {}
    }

    /** What the coordinator does with a running commitment. */
    public static final class Action {
        public static final String KEEP = "keep";
        public static final String CHANGE = "change";
        public static final String WITHDRAW = "withdraw";

        private Action() {}
    }

    private RevisionProcess() {}
}
