-- The steering group decides the focus areas and the renewal of a pledge as it reviews a follow-up: collectively, in a
-- review of its own with each member's position and the consolidated decision. A review and its decision name their
-- subject; the decisions each subject allows are checked in the application (SteeringSubject).
ALTER TABLE steering_review ADD COLUMN subject VARCHAR(20) DEFAULT 'follow-up' NOT NULL;
ALTER TABLE steering_review ADD CONSTRAINT steering_review_subject_check
    CHECK (subject IN ('follow-up', 'focus-areas', 'renewal'));
ALTER TABLE steering_decision ADD COLUMN subject VARCHAR(20) DEFAULT 'follow-up' NOT NULL;
ALTER TABLE steering_decision ADD CONSTRAINT steering_decision_subject_check
    CHECK (subject IN ('follow-up', 'focus-areas', 'renewal'));

-- The decision columns take the decisions of every subject. Their checks were declared without a name (V1, V6), so
-- that each database named them its own way: the columns are replaced, with named checks.
ALTER TABLE steering_position ADD COLUMN position_decision VARCHAR(20);
UPDATE steering_position SET position_decision = decision;
ALTER TABLE steering_position DROP COLUMN decision;
ALTER TABLE steering_position RENAME COLUMN position_decision TO decision;
ALTER TABLE steering_position ADD CONSTRAINT steering_position_decision_check
    CHECK (decision IN ('continue', 'revise', 'close', 'confirm', 'send-back', 'renew'));

ALTER TABLE steering_decision ADD COLUMN taken_decision VARCHAR(20);
UPDATE steering_decision SET taken_decision = decision;
ALTER TABLE steering_decision DROP COLUMN decision;
ALTER TABLE steering_decision RENAME COLUMN taken_decision TO decision;
ALTER TABLE steering_decision ALTER COLUMN decision SET NOT NULL;
ALTER TABLE steering_decision ADD CONSTRAINT steering_decision_decision_check
    CHECK (decision IN ('continue', 'revise', 'close', 'confirm', 'send-back', 'renew'));
