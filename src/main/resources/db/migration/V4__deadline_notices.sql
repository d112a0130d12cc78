-- Which deadline notices (reminder before the due date, escalation after it) have been sent for which task, so that
-- each is sent once.
CREATE TABLE deadline_notice (
    task_id   VARCHAR(64) NOT NULL,
    kind      VARCHAR(20) NOT NULL CHECK (kind IN ('reminder', 'escalation')),
    due_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, kind, due_at)
);
