-- The follow-up days of a running pledge, from the configured cadence; planned again whenever implementation
-- (re)starts, e.g. after a revision. The council's agenda lists the coming ones.
CREATE TABLE planned_follow_up (
    pledge_id  BIGINT NOT NULL REFERENCES pledge (id),
    due_on     DATE   NOT NULL,
    PRIMARY KEY (pledge_id, due_on)
);
CREATE INDEX planned_follow_up_due_idx ON planned_follow_up (due_on);
