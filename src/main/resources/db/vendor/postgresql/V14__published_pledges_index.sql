-- The public pages list only published pledges (signed and communicated), usually a few among many: a partial index
-- on exactly that condition, in the public list's order, lets the list and its count read those rows alone.
CREATE INDEX pledge_published_idx ON pledge ((CASE WHEN status = 'active' THEN 0 ELSE 1 END), period_start DESC,
    registration_number DESC)
    WHERE signed_on IS NOT NULL AND communicated_on IS NOT NULL;
