-- Which follow-up took a citizen's input into account: set when the coordinator completes the follow-up that listed
-- it, so the input is shown in exactly one follow-up and then leaves the council's agenda.
ALTER TABLE citizen_input ADD COLUMN follow_up_id BIGINT REFERENCES follow_up (id);

-- Input handled before this column existed belongs to the first follow-up compiled after it was handled.
UPDATE citizen_input SET follow_up_id = (
    SELECT f.id FROM follow_up f
    WHERE f.pledge_id = citizen_input.pledge_id AND f.compiled_at > citizen_input.handled_at
    ORDER BY f.compiled_at, f.id
    LIMIT 1)
WHERE status = 'next-follow-up';
