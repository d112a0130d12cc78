package se.medborgarlofte.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import se.medborgarlofte.casefile.Commitment;

/** Names shared by the {@code atgard} BPMN model, its forms and the code that drives it. */
public final class MeasureProcess {

    public static final String KEY = "atgard";
    public static final String RESPONSIBLE_GROUP_DECISION = "measure-responsible-group";
    /** The message that withdraws a running measure (a revision of the pledge withdrew its commitment). */
    public static final String MEASURE_WITHDRAWN_MESSAGE = "measure-withdrawn";

    /** Element ids in {@code bpmn/atgard.bpmn}. */
    public static final class Element {
        public static final String DETERMINE_RESPONSIBLE_GROUP = "determine-responsible-group";
        public static final String PLAN_MEASURE = "plan-measure";
        public static final String CARRY_OUT = "carry-out";
        public static final String REPORT_OCCURRENCE = "report-occurrence";
        public static final String CLOSE_MEASURE = "close-measure";
        public static final String MEASURE_OVERDUE = "measure-overdue";
        public static final String HANDLE_OVERDUE_MEASURE = "handle-overdue-measure";
        public static final String MEASURE_COMPLETED = "measure-completed";
        /** The event sub-process that ends a measure whose commitment a revision withdrew. */
        public static final String WITHDRAW_MEASURE = "withdraw-measure";

        public static final String MEASURE_WITHDRAWN = "measure-withdrawn";

        private Element() {}
    }

    /** Process variables of a measure. */
    public static final class Variable {
        /** The commitment (one row of the pledge's commitments list) this measure carries out, as JSON. */
        public static final String COMMITMENT = "commitment";
        /** Written by code: the case file's id of the commitment, absent for a measure run without a pledge. */
        public static final String COMMITMENT_ID = "commitmentId";

        public static final String PARTY = "party";
        public static final String PROMISE = "promise";
        public static final String MEASURE_TYPE = "measureType";
        public static final String TARGET_QUANTITY = "targetQuantity";
        public static final String TARGET_UNIT = "targetUnit";
        public static final String DUE_DATE = "dueDate";
        public static final String INDICATOR = "indicator";
        /** Written by code: the instant the measure is overdue (the day after its due date). */
        public static final String MEASURE_DUE_AT = "measureDueAt";
        /**
         * Written by code: the group of the organisation the commitment names, to which the decision routes the measure;
         * absent for a commitment drafted before organisations were records.
         */
        public static final String ORGANISATION_GROUP = "organisationGroup";
        /** Written by the DMN decision. */
        public static final String RESPONSIBLE_GROUP = "responsibleGroup";

        public static final String OCCURRENCE_ACTION = "occurrenceAction";
        public static final String OCCURRENCE_DATE = "occurrenceDate";
        public static final String OCCURRENCE_PARTICIPANTS = "occurrenceParticipants";
        public static final String OCCURRENCE_HOURS = "occurrenceHours";
        public static final String OCCURRENCE_QUANTITY = "occurrenceQuantity";
        public static final String OCCURRENCE_OBSERVATIONS = "occurrenceObservations";
        /** Written by code: every reported occurrence, as a JSON list. */
        public static final String OCCURRENCES = "occurrences";
        /** Written by code: how many occurrences were reported. */
        public static final String OCCURRENCE_COUNT = "occurrenceCount";
        /** Written by code: the sum of the quantities reported against the target. */
        public static final String REPORTED_QUANTITY = "reportedQuantity";

        public static final String MEASURE_OUTCOME = "measureOutcome";
        public static final String OUTCOME_REASON = "outcomeReason";

        private Variable() {}
    }

    private MeasureProcess() {}

    /** A commitment as its measure's process variables, which the measure's forms show. */
    public static Map<String, Object> variablesOf(Commitment commitment) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(Variable.PARTY, commitment.party());
        variables.put(Variable.PROMISE, commitment.promise());
        variables.put(Variable.MEASURE_TYPE, commitment.measureType());
        variables.put(Variable.TARGET_QUANTITY, commitment.targetQuantity());
        variables.put(Variable.TARGET_UNIT, commitment.targetUnit());
        variables.put(Variable.DUE_DATE, commitment.dueDate().toString());
        variables.put(Variable.INDICATOR, commitment.indicator());
        return variables;
    }
}
