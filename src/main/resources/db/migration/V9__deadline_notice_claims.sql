-- A deadline notice is claimed (claimed_at) before its message is sent, and counts as sent (sent_at) only once the
-- mail server has taken it. A claim without sent_at is being sent, or was left behind by a node that died meanwhile.
ALTER TABLE deadline_notice ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
UPDATE deadline_notice SET claimed_at = sent_at;
ALTER TABLE deadline_notice ALTER COLUMN claimed_at SET NOT NULL;
ALTER TABLE deadline_notice ALTER COLUMN sent_at DROP NOT NULL;
